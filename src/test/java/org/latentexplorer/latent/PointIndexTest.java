package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointIndexTest {
    private static int bruteForce(double[] xs, double[] ys, double x, double y, double radius) {
        int best = -1;
        double bestD = radius * radius;
        for (int i = 0; i < xs.length; i++) {
            double d = (xs[i] - x) * (xs[i] - x) + (ys[i] - y) * (ys[i] - y);
            if (d <= bestD) { bestD = d; best = i; }
        }
        return best;
    }

    private static double distance(double[] xs, double[] ys, int i, double x, double y) {
        return i < 0 ? -1 : Math.hypot(xs[i] - x, ys[i] - y);
    }

    /** Random queries within ±span of (cx, cy), with radii from span/10,000 to span. */
    private static void assertAgreesWithBruteForce(double[] xs, double[] ys, double cx, double cy, double span) {
        SplittableRandom random = new SplittableRandom(42);
        PointIndex index = new PointIndex(xs, ys);
        int found = 0;
        for (int q = 0; q < 3000; q++) {
            double x = cx + (random.nextDouble() * 2 - 1) * span, y = cy + (random.nextDouble() * 2 - 1) * span;
            double radius = Math.pow(10, random.nextDouble() * 4 - 4) * span;
            int expected = bruteForce(xs, ys, x, y, radius), actual = index.nearest(x, y, radius);
            assertEquals(expected < 0, actual < 0, "query " + q + " at (" + x + ", " + y + ") radius " + radius);
            // Ties may pick either point: compare distances.
            assertEquals(distance(xs, ys, expected, x, y), distance(xs, ys, actual, x, y), 1e-12, "query " + q);
            if (actual >= 0) found++;
        }
        assertTrue(found > 300, "too few queries hit a point to be a test: " + found);
    }

    @Test
    void nearestAgreesWithBruteForceOnUniformPoints() {
        SplittableRandom random = new SplittableRandom(1);
        double[] xs = new double[5000], ys = new double[5000];
        for (int i = 0; i < xs.length; i++) { xs[i] = random.nextDouble() * 10; ys[i] = random.nextDouble() * 10; }
        assertAgreesWithBruteForce(xs, ys, 5, 5, 6);
    }

    @Test
    void nearestAgreesWithBruteForceOnClusteredPointsWithOutliers() {
        SplittableRandom random = new SplittableRandom(2);
        double[] xs = new double[3000], ys = new double[3000];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = 2 + random.nextGaussian() * 0.05 * (1 + i % 3);
            ys[i] = -1 + random.nextGaussian() * 0.05;
        }
        xs[0] = 50; ys[0] = 40;   // stretches the grid so most points share a few cells
        assertAgreesWithBruteForce(xs, ys, 2, -1, 0.3);
    }

    @Test
    void nearestAgreesWithBruteForceAmongSeventyThousandClusteredPoints() {
        // A full Fashion-MNIST wall: ten dense clusters of 7,000 and a wide scatter, hovered at a 6 px radius.
        SplittableRandom random = new SplittableRandom(3);
        int n = 70_000;
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * (i % 10) / 10, spread = i % 50 == 0 ? 2.5 : 0.4;
            xs[i] = 3 * Math.cos(angle) + random.nextGaussian() * spread;
            ys[i] = 3 * Math.sin(angle) + random.nextGaussian() * spread;
        }
        assertAgreesWithBruteForce(xs, ys, 0, 0, 4);
        PointIndex index = new PointIndex(xs, ys);
        double sixPixels = 6 / 100.0; // at 100 px per unit
        for (int q = 0; q < 2000; q++) {
            double x = (random.nextDouble() * 2 - 1) * 4, y = (random.nextDouble() * 2 - 1) * 4;
            assertEquals(distance(xs, ys, bruteForce(xs, ys, x, y, sixPixels), x, y),
                    distance(xs, ys, index.nearest(x, y, sixPixels), x, y), 1e-12, "hover query " + q);
        }
    }

    @Test
    void nothingWithinTheRadiusGivesMinusOne() {
        PointIndex index = new PointIndex(new double[] {0, 1}, new double[] {0, 1});
        assertEquals(-1, index.nearest(0.5, 0.5, 0.5));
        assertEquals(1, index.nearest(0.9, 0.9, 0.5));
        assertEquals(-1, new PointIndex(new double[0], new double[0]).nearest(0, 0, 100));
    }
}
