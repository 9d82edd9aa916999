package org.latentexplorer.latent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsneProjectionTest {
    private static float[][] data;
    private static int[] labels;
    private static double[][] map;
    private static TsneProjection projection;

    @BeforeAll
    static void embed() {
        labels = new int[300];
        data = TsneTest.blobs(3, 100, 10, 11, labels);
        map = Tsne.embed(data, Tsne.Options.defaults().withIterations(600));
        projection = new TsneProjection(data, map, 30);
    }

    private static double[] centreOnMap(int label) {
        double x = 0, y = 0;
        int n = 0;
        for (int i = 0; i < data.length; i++) {
            if (labels[i] != label) continue;
            x += map[i][0];
            y += map[i][1];
            n++;
        }
        return new double[] {x / n, y / n};
    }

    private static float[] meanCode(int label) {
        float[] m = new float[data[0].length];
        int n = 0;
        for (int i = 0; i < data.length; i++) {
            if (labels[i] != label) continue;
            for (int j = 0; j < m.length; j++) m[j] += data[i][j];
            n++;
        }
        for (int j = 0; j < m.length; j++) m[j] /= n;
        return m;
    }

    private static double distance(float[] a, float[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += (a[j] - b[j]) * (a[j] - b[j]);
        return Math.sqrt(s);
    }

    @Test
    void embeddedCodesGoExactlyWhereTSnePutThem() {
        for (int i = 0; i < data.length; i += 37) assertArrayEquals(map[i], projection.project(data[i]), 0);
        // A copy of a code is found by distance, at zero distance.
        assertArrayEquals(map[5], projection.project(data[5].clone()), 1e-12);
    }

    @Test
    void aClickInsideAClusterLiftsToThatClustersCodesWithHighConfidence() {
        for (int c = 0; c < 3; c++) {
            double[] at = centreOnMap(c);
            TsneProjection.Lift lift = projection.liftWithConfidence(at[0], at[1]);
            double toOwn = distance(lift.code(), meanCode(c));
            for (int o = 0; o < 3; o++) {
                if (o != c) assertTrue(toOwn < distance(lift.code(), meanCode(o)) / 4, "cluster " + c + " lifts near its own codes");
            }
            assertTrue(lift.confidence() > 0.5, "confidence inside cluster " + c + ": " + lift);
            assertArrayEquals(lift.code(), projection.lift(at[0], at[1]));
        }
    }

    @Test
    void aClickBetweenClustersOrFarAwayHasLowConfidence() {
        double[] a = centreOnMap(0), b = centreOnMap(1);
        TsneProjection.Lift between = projection.liftWithConfidence((a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
        assertTrue(between.confidence() < 0.2, "between clusters: " + between.confidence() + " spacing " + between.spacing() + " spread " + between.spread());
        TsneProjection.Lift far = projection.liftWithConfidence(a[0] + 1e4, a[1]);
        assertTrue(far.confidence() < 1e-3, "far away: " + far.confidence());
        assertTrue(far.spacing() > 100);
    }

    @Test
    void aNewCodeNearAClusterIsPlacedAmongItsPoints() {
        float[] code = meanCode(2);
        double[] p = projection.project(code);
        double[] own = centreOnMap(2), other = centreOnMap(0);
        assertTrue(Math.hypot(p[0] - own[0], p[1] - own[1]) < Math.hypot(p[0] - other[0], p[1] - other[1]) / 3);
        assertEquals("t-SNE 1", projection.xAxisLabel());
        assertTrue(projection.label().startsWith("t-SNE"));
    }
}
