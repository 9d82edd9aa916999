package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PcaProjectionTest {
    private static final double[] MEAN = {1, -2, 0.5, 3, 0};
    private static final double[] U = unit(1, 2, 0, -1, 1);
    private static final double[] V = orthogonalUnit(U, 0, 1, 3, 1, -1);

    private static double[] unit(double... v) {
        double norm = Math.sqrt(dot(v, v));
        for (int i = 0; i < v.length; i++) v[i] /= norm;
        return v;
    }

    private static double[] orthogonalUnit(double[] u, double... v) {
        double d = dot(u, v);
        for (int i = 0; i < v.length; i++) v[i] -= d * u[i];
        return unit(v);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** Points mean + a·U + b·V (+ noise), with a spread 5 times wider than b. */
    private static float[][] points(int n, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] rows = new float[n][MEAN.length];
        for (float[] row : rows) {
            double a = random.nextGaussian() * 5, b = random.nextGaussian();
            for (int j = 0; j < MEAN.length; j++) row[j] = (float) (MEAN[j] + a * U[j] + b * V[j] + random.nextGaussian() * noise);
        }
        return rows;
    }

    /** The unit direction the projection's x axis lifts to. */
    private static double[] axis(Projection p, double x, double y) {
        float[] origin = p.lift(0, 0), end = p.lift(x, y);
        double[] d = new double[origin.length];
        for (int j = 0; j < d.length; j++) d[j] = end[j] - origin[j];
        return d;
    }

    @Test
    void firstAxisIsTheDirectionOfLargestSpread() {
        PcaProjection pca = new PcaProjection(points(2000, 0.05, 1), MEAN.length);
        double[] pc1 = axis(pca, 1, 0), pc2 = axis(pca, 0, 1);
        assertEquals(1, Math.abs(dot(pc1, U)), 1e-3, "PC1 should be ±U");
        assertEquals(1, Math.abs(dot(pc2, V)), 1e-2, "PC2 should be ±V");
        assertEquals(1, dot(pc1, pc1), 1e-6, "axes are unit vectors");
        assertEquals(0, dot(pc1, pc2), 1e-6, "axes are orthogonal");
        assertTrue(pca.explainedVariance() > 0.99 && pca.explainedVariance() <= 1, "explained " + pca.explainedVariance());
    }

    @Test
    void liftOfProjectIsExactForPointsOnThePlane() {
        float[][] plane = points(300, 0, 2);
        PcaProjection pca = new PcaProjection(plane, MEAN.length);
        for (float[] point : points(50, 0, 3)) {
            double[] xy = pca.project(point);
            assertArrayEquals(point, pca.lift(xy[0], xy[1]), 1e-4f);
            assertArrayEquals(xy, pca.project(pca.lift(xy[0], xy[1])), 1e-4);
        }
    }

    @Test
    void projectOfTheMeanIsTheOrigin() {
        float[][] data = points(500, 0.3, 4);
        PcaProjection pca = new PcaProjection(data, MEAN.length);
        assertArrayEquals(new double[] {0, 0}, pca.project(Statistics.mean(data, MEAN.length)), 1e-5);
    }
}
