package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TsneTest {
    /** {@code clusters} Gaussian blobs of unit spread in {@code d} dimensions, centres about 12 apart. */
    static float[][] blobs(int clusters, int perCluster, int d, long seed, int[] labels) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] centres = new double[clusters][d];
        for (double[] c : centres) for (int j = 0; j < d; j++) c[j] = r.nextGaussian() * 9;
        float[][] data = new float[clusters * perCluster][d];
        for (int i = 0; i < data.length; i++) {
            int c = i % clusters;
            labels[i] = c;
            for (int j = 0; j < d; j++) data[i][j] = (float) (centres[c][j] + r.nextGaussian());
        }
        return data;
    }

    /** Share of points whose nearest neighbour on the map has their label. */
    static double neighbourAgreement(double[][] y, int[] labels) {
        int same = 0;
        for (int i = 0; i < y.length; i++) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < y.length; j++) {
                if (j == i) continue;
                double d = Math.hypot(y[i][0] - y[j][0], y[i][1] - y[j][1]);
                if (d < bestD) { bestD = d; best = j; }
            }
            if (labels[best] == labels[i]) same++;
        }
        return (double) same / y.length;
    }

    /** Smallest distance between cluster centres on the map over the largest RMS radius of a cluster. */
    static double separation(double[][] y, int[] labels, int clusters) {
        double[][] centre = new double[clusters][2];
        int[] count = new int[clusters];
        for (int i = 0; i < y.length; i++) {
            centre[labels[i]][0] += y[i][0];
            centre[labels[i]][1] += y[i][1];
            count[labels[i]]++;
        }
        for (int c = 0; c < clusters; c++) { centre[c][0] /= count[c]; centre[c][1] /= count[c]; }
        double[] radius = new double[clusters];
        for (int i = 0; i < y.length; i++) {
            double[] m = centre[labels[i]];
            radius[labels[i]] += (y[i][0] - m[0]) * (y[i][0] - m[0]) + (y[i][1] - m[1]) * (y[i][1] - m[1]);
        }
        double maxRadius = 0;
        for (int c = 0; c < clusters; c++) maxRadius = Math.max(maxRadius, Math.sqrt(radius[c] / count[c]));
        double minGap = Double.POSITIVE_INFINITY;
        for (int a = 0; a < clusters; a++) {
            for (int b = a + 1; b < clusters; b++) minGap = Math.min(minGap, Math.hypot(centre[a][0] - centre[b][0], centre[a][1] - centre[b][1]));
        }
        return minGap / maxRadius;
    }

    @Test
    void exactTsneKeepsClustersApart() {
        int[] labels = new int[300];
        float[][] data = blobs(3, 100, 10, 1, labels);
        double[][] y = Tsne.embed(data, Tsne.Options.defaults());
        assertEquals(300, y.length);
        assertTrue(neighbourAgreement(y, labels) > 0.99, "neighbours on the map share the cluster");
        double sep = separation(y, labels, 3);
        assertTrue(sep > 3, "clusters apart: gap / radius = " + sep);
    }

    @Test
    void barnesHutTsneKeepsClustersApartAndIsAsGoodAsExact() {
        int[] labels = new int[400];
        float[][] data = blobs(4, 100, 8, 3, labels);
        double[][] exact = Tsne.embed(data, Tsne.Options.defaults().withIterations(600));
        double[][] bh = Tsne.embed(data, Tsne.Options.defaults().withIterations(600).withExactBelow(0));
        assertTrue(neighbourAgreement(bh, labels) > 0.99);
        assertTrue(separation(bh, labels, 4) > 3, "gap / radius = " + separation(bh, labels, 4));
        double klExact = Tsne.klDivergence(data, exact, 30), klBh = Tsne.klDivergence(data, bh, 30);
        assertTrue(klBh < klExact * 1.15 + 0.02, "KL exact " + klExact + ", Barnes-Hut " + klBh);
        // Both are far better than the starting point.
        double[][] start = new double[data.length][];
        double[] init = Tsne.initialise(data, 42);
        for (int i = 0; i < data.length; i++) start[i] = new double[] {init[2 * i] * 1e4, init[2 * i + 1] * 1e4};
        assertTrue(klBh < 0.5 * Tsne.klDivergence(data, start, 30), "optimised");
    }

    @Test
    void barnesHutScalesToThousandsOfPoints() {
        int n = 3000;
        int[] labels = new int[n];
        float[][] data = blobs(6, n / 6, 16, 5, labels);
        long t0 = System.nanoTime();
        AtomicInteger reports = new AtomicInteger();
        int[] last = {0};
        double[][] y = Tsne.embed(data, Tsne.Options.defaults().withIterations(500), (done, total, kl) -> {
            assertTrue(done >= last[0] && done <= total, done + " of " + total);
            last[0] = done;
            reports.incrementAndGet();
        }, () -> false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("t-SNE (Barnes-Hut) of %d points in 16-D, 500 iterations: %.1f s%n", n, seconds);
        assertTrue(reports.get() > 5, "progress reported");
        assertTrue(neighbourAgreement(y, labels) > 0.98);
        assertTrue(separation(y, labels, 6) > 2.5, "gap / radius = " + separation(y, labels, 6));
        assertTrue(seconds < 60, "took " + seconds + " s");
    }

    @Test
    void barnesHutWithThetaZeroIsTheExactRepulsion() {
        int[] labels = new int[80];
        float[][] data = blobs(2, 40, 5, 9, labels);
        TsneAffinities p = TsneAffinities.of(data, 79, 20, (a, b, c) -> {}, 1, () -> false);
        SplittableRandom r = new SplittableRandom(2);
        double[] y = new double[160];
        for (int e = 0; e < y.length; e++) y[e] = r.nextGaussian() * 3;
        double[] exact = new double[160], bh = new double[160];
        double z1 = TsneGradient.exact(p, y, 80, 1, exact);
        double z2 = TsneGradient.barnesHut(p, y, 80, 1, bh, new TsneQuadTree(80), 0);
        assertEquals(z1, z2, 1e-9 * z1);
        assertArrayEquals(exact, bh, 1e-9);
        // θ = 0.5 stays close.
        double[] approx = new double[160];
        TsneGradient.barnesHut(p, y, 80, 1, approx, new TsneQuadTree(80), 0.5);
        double err = 0, norm = 0;
        for (int e = 0; e < 160; e++) { err += (approx[e] - exact[e]) * (approx[e] - exact[e]); norm += exact[e] * exact[e]; }
        assertTrue(Math.sqrt(err / norm) < 0.05, "relative error " + Math.sqrt(err / norm));
    }

    @Test
    void bandwidthGivesTheWantedPerplexity() {
        SplittableRandom r = new SplittableRandom(4);
        double[] d2 = new double[90];
        for (int a = 0; a < d2.length; a++) d2[a] = 50 + r.nextDouble() * 400;
        double[] p = TsneAffinities.conditional(d2, Math.log(30));
        double h = 0, sum = 0;
        for (double v : p) { sum += v; if (v > 0) h -= v * Math.log(v); }
        assertEquals(1, sum, 1e-12);
        assertEquals(30, Math.exp(h), 0.01);
    }

    @Test
    void identicalCodesAndTinySetsAreHandled() {
        float[][] same = new float[50][4];
        double[][] y = Tsne.embed(same, Tsne.Options.defaults().withIterations(100).withExactBelow(0));
        for (double[] p : y) assertTrue(Double.isFinite(p[0]) && Double.isFinite(p[1]));
        assertEquals(0, Tsne.embed(new float[0][], Tsne.Options.defaults()).length);
        assertEquals(1, Tsne.embed(new float[][] {{1, 2}}, Tsne.Options.defaults()).length);
        double[][] three = Tsne.embed(new float[][] {{0, 0}, {1, 0}, {5, 5}}, Tsne.Options.defaults().withIterations(50));
        assertEquals(3, three.length);
    }

    @Test
    void cancellingStopsTheRun() {
        int[] labels = new int[500];
        float[][] data = blobs(2, 250, 6, 8, labels);
        AtomicInteger calls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> Tsne.embed(data, Tsne.Options.defaults(), (a, b, c) -> {},
                () -> calls.incrementAndGet() > 20));
    }

    @Test
    void neighbourKlScoresAnEmbeddingAsTheExactKlDoesWhenTheNeighboursAreEveryPoint() {
        int[] labels = new int[60];
        float[][] data = blobs(3, 20, 5, 11, labels);
        double[][] y = Tsne.embed(data, Tsne.Options.defaults().withIterations(300));
        // 60 points: perplexity 30 is clamped to 59 / 3, so its 3·perplexity neighbours are all 59 others.
        assertEquals(Tsne.klDivergence(data, y, 30), Tsne.neighbourKl(data, y, 30), 1e-9);
        java.util.SplittableRandom random = new java.util.SplittableRandom(4);
        double[][] scattered = new double[60][];
        for (int i = 0; i < 60; i++) scattered[i] = new double[] {random.nextGaussian() * 5, random.nextGaussian() * 5};
        assertTrue(Tsne.neighbourKl(data, y, 30) < 0.5 * Tsne.neighbourKl(data, scattered, 30), "an optimised map scores better");
    }
}
