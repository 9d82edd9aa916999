package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DensityTest {
    private static double[][] gaussianSample(int n, double cx, double cy, double sigma, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = cx + sigma * r.nextGaussian();
            ys[i] = cy + sigma * r.nextGaussian();
        }
        return new double[][] {xs, ys};
    }

    @Test
    void kernelEstimateIntegratesToOneOverABoxHoldingTheMass() {
        double[][] p = gaussianSample(3000, 1, -2, 0.7, 1);
        double h = Density.scottBandwidth(p[0], p[1]);
        Density.Grid g = Density.kde(p[0], p[1], h, -4, 6, -7, 3, 200, 200);
        assertEquals(1.0, g.integral(), 0.01);
        // Half the box holds about half the mass (split through the centre of the cloud).
        Density.Grid left = Density.kde(p[0], p[1], h, -4, 1, -7, 3, 100, 200);
        assertEquals(0.5, left.integral(), 0.04);
    }

    @Test
    void oneKernelIsTheNormalDensityWithTheBandwidthAsSigma() {
        Density.Grid kde = Density.kde(new double[] {0.3}, new double[] {-0.2}, 0.5, -3, 3, -3, 3, 60, 60);
        Density.Grid normal = Density.normal(0.3, -0.2, 0.5, -3, 3, -3, 3, 60, 60);
        for (int k = 0; k < kde.values().length; k++) assertEquals(normal.values()[k], kde.values()[k], 1e-3 * normal.max() + 1e-12);
        // The peak is the normal's peak, 1 / (2π σ²), at the cell nearest to the centre.
        assertEquals(1 / (2 * Math.PI * 0.25), normal.max(), 0.03);
    }

    @Test
    void rowsCountDownFromTheTop() {
        Density.Grid g = Density.kde(new double[] {0}, new double[] {2}, 0.3, -3, 3, -3, 3, 30, 30);
        int best = 0;
        for (int k = 1; k < g.values().length; k++) if (g.values()[k] > g.values()[best]) best = k;
        int row = best / 30;
        assertEquals(2, g.y(row), 0.11);
        assertTrue(row < 15, "a point at y = 2 is in the top half");
    }

    @Test
    void priorDensityIntegratesToOneAndHoldsTheOneSigmaMass() {
        Density.Grid g = Density.normal(0, 0, 1, -6, 6, -6, 6, 240, 240);
        assertEquals(1.0, g.integral(), 1e-3);
        Density.Grid box = Density.normal(0, 0, 1, -1, 1, -1, 1, 100, 100);
        double oneSigma = 2 * NormalDistribution.cdf(1) - 1;
        assertEquals(oneSigma * oneSigma, box.integral(), 1e-3);
    }

    @Test
    void estimateOfPriorSamplesApproachesThePrior() {
        double[][] p = gaussianSample(20000, 0, 0, 1, 7);
        double h = Density.scottBandwidth(p[0], p[1]);
        assertEquals(Math.pow(20000, -1.0 / 6), h, 0.05 * h, "Scott's rule for unit spread");
        Density.Grid kde = Density.kde(p[0], p[1], h, -3, 3, -3, 3, 40, 40);
        Density.Grid prior = Density.normal(0, 0, 1, -3, 3, -3, 3, 40, 40);
        double worst = 0;
        for (int k = 0; k < kde.values().length; k++) worst = Math.max(worst, Math.abs(kde.values()[k] - prior.values()[k]));
        assertTrue(worst < 0.12 * prior.max(), "largest difference " + worst + " of peak " + prior.max());
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Density.kde(new double[1], new double[1], 0, 0, 1, 0, 1, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Density.kde(new double[1], new double[1], 1, 1, 0, 0, 1, 2, 2));
        assertThrows(IllegalArgumentException.class, () -> Density.normal(0, 0, 1, 0, 1, 0, 1, 0, 2));
        assertEquals(0, Density.kde(new double[0], new double[0], 1, 0, 1, 0, 1, 3, 3).max());
    }
}
