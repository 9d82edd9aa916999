package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UmapTest {
    @Test
    void umapKeepsWellSeparatedClustersApart() {
        int[] labels = new int[400];
        float[][] data = TsneTest.blobs(4, 100, 10, 1, labels);
        double[][] y = Umap.embed(data, Umap.Options.defaults());
        assertEquals(400, y.length);
        assertTrue(TsneTest.neighbourAgreement(y, labels) > 0.99, "neighbours on the map share the cluster");
        double sep = TsneTest.separation(y, labels, 4);
        assertTrue(sep > 3, "clusters apart: gap / radius = " + sep);
    }

    @Test
    void theSameCodesAndSeedGiveTheSameMap() {
        int[] labels = new int[150];
        float[][] data = TsneTest.blobs(3, 50, 6, 4, labels);
        Umap.Options options = Umap.Options.defaults().withEpochs(100);
        double[][] a = Umap.embed(data, options), b = Umap.embed(data, options);
        for (int i = 0; i < a.length; i++) assertArrayEquals(a[i], b[i], 0);
    }

    @Test
    void aSmallerMinimumDistancePacksClustersTighter() {
        int[] labels = new int[300];
        float[][] data = TsneTest.blobs(3, 100, 8, 7, labels);
        double tight = TsneTest.separation(Umap.embed(data, Umap.Options.defaults().withMinDist(0.0)), labels, 3);
        double loose = TsneTest.separation(Umap.embed(data, Umap.Options.defaults().withMinDist(0.9)), labels, 3);
        assertTrue(tight > loose, "gap / radius with min dist 0: " + tight + ", with 0.9: " + loose);
    }

    @Test
    void theCurveFitsTheMinimumDistance() {
        // The reference implementation's values for min dist 0.1 (spread 1) are a ≈ 1.58, b ≈ 0.90.
        double[] ab = Umap.curve(0.1);
        assertEquals(1.58, ab[0], 0.1);
        assertEquals(0.90, ab[1], 0.05);
    }

    @Test
    void eachPointsMembershipsSumToLogTwoOfK() {
        double[] dist = {0.5, 0.7, 1.1, 1.2, 2.0, 3.5, 4.0, 4.1};
        double[] w = Umap.memberships(dist);
        double sum = 0;
        for (double v : w) sum += v;
        assertEquals(3.0, sum, 1e-3);
        assertEquals(1.0, w[0], 1e-12, "the nearest neighbour is fully connected");
    }

    @Test
    void progressRisesToTheEndAndCancelStopsTheRun() {
        int[] labels = new int[200];
        float[][] data = TsneTest.blobs(2, 100, 5, 3, labels);
        AtomicInteger last = new AtomicInteger(-1), reports = new AtomicInteger();
        int[] totalSeen = {0};
        Umap.embed(data, Umap.Options.defaults().withEpochs(60), (done, total) -> {
            assertTrue(done >= last.get() && done <= total, done + " of " + total);
            last.set(done);
            totalSeen[0] = total;
            reports.incrementAndGet();
        }, () -> false);
        assertEquals(totalSeen[0], last.get());
        assertTrue(reports.get() > 10);
        AtomicInteger calls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Umap.embed(data, Umap.Options.defaults().withEpochs(60),
                (d, t) -> calls.incrementAndGet(), () -> calls.get() > 3));
    }
}
