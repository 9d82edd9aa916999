package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class UmapProjectionTest {
    @Test
    void aClickInsideAUmapClusterLiftsToItsCodesConfidentlyAndBetweenClustersNot() {
        int[] labels = new int[300];
        float[][] data = TsneTest.blobs(3, 100, 10, 11, labels);
        double[][] map = Umap.embed(data, Umap.Options.defaults());
        UmapProjection projection = new UmapProjection(data, map, 15, 0.1);
        double[][] centre = new double[3][2];
        for (int i = 0; i < data.length; i++) {
            centre[labels[i]][0] += map[i][0] / 100;
            centre[labels[i]][1] += map[i][1] / 100;
        }
        // A click on the point nearest to cluster 0's centre.
        int inside = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.length; i++) {
            double d = labels[i] == 0 ? Math.hypot(map[i][0] - centre[0][0], map[i][1] - centre[0][1]) : Double.POSITIVE_INFINITY;
            if (d < best) { best = d; inside = i; }
        }
        EmbeddedProjection.Lift lift = projection.liftWithConfidence(map[inside][0], map[inside][1]);
        assertTrue(lift.confidence() > 0.5, "inside: " + lift.confidence());
        double toOwn = 0, toOther = 0;
        for (int j = 0; j < data[0].length; j++) {
            toOwn += Math.pow(lift.code()[j] - data[inside][j], 2);
            toOther += Math.pow(lift.code()[j] - data[(inside + 1) % data.length][j], 2);
        }
        assertTrue(toOwn < toOther / 4, "lifts near its cluster's codes");
        EmbeddedProjection.Lift between = projection.liftWithConfidence((centre[0][0] + centre[1][0]) / 2, (centre[0][1] + centre[1][1]) / 2);
        assertTrue(between.confidence() < 0.2, "between: " + between.confidence());
        assertTrue(projection.label().startsWith("UMAP"));
    }
}
