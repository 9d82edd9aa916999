package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsTest {
    /** The vector up to sign, normalised so its largest-magnitude entry is positive. */
    private static double[] canonical(double[] v) {
        int k = 0;
        for (int i = 1; i < v.length; i++) if (Math.abs(v[i]) > Math.abs(v[k])) k = i;
        double sign = Math.signum(v[k]);
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * sign;
        return out;
    }

    @Test
    void eigenOfAKnownMatrixHasDescendingValuesAndUnitVectors() {
        // The lower block [[3, 4], [4, 9]] has trace 12 and determinant 11: eigenvalues 6 ± 5.
        double[][] m = {{2, 0, 0}, {0, 3, 4}, {0, 4, 9}};
        Statistics.Eigen eigen = Statistics.symmetricEigen(m);
        double s5 = Math.sqrt(5);
        assertArrayEquals(new double[] {11, 2, 1}, eigen.values(), 1e-12);
        assertArrayEquals(new double[] {0, 1 / s5, 2 / s5}, canonical(eigen.vectors()[0]), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0}, canonical(eigen.vectors()[1]), 1e-12);
        assertArrayEquals(new double[] {0, 2 / s5, -1 / s5}, canonical(eigen.vectors()[2]), 1e-12);
        assertArrayEquals(new double[][] {{2, 0, 0}, {0, 3, 4}, {0, 4, 9}}, m, "input left unchanged");
    }

    @Test
    void eigenOfARandomSymmetricMatrixSatisfiesAvEqualsLambdaV() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 8;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = i; j < n; j++) m[i][j] = m[j][i] = random.nextGaussian();
        Statistics.Eigen eigen = Statistics.symmetricEigen(m);
        double trace = 0, sum = 0;
        for (int r = 0; r < n; r++) {
            double[] v = eigen.vectors()[r];
            for (int i = 0; i < n; i++) {
                double av = 0;
                for (int j = 0; j < n; j++) av += m[i][j] * v[j];
                assertEquals(eigen.values()[r] * v[i], av, 1e-9, "row " + r);
            }
            for (int s = 0; s < n; s++) {
                double d = 0;
                for (int i = 0; i < n; i++) d += v[i] * eigen.vectors()[s][i];
                assertEquals(r == s ? 1 : 0, d, 1e-9, "orthonormal " + r + "·" + s);
            }
            if (r > 0) assertTrue(eigen.values()[r] <= eigen.values()[r - 1], "descending");
            trace += m[r][r];
            sum += eigen.values()[r];
        }
        assertEquals(trace, sum, 1e-9);
    }

    @Test
    void covarianceDividesByNMinusOne() {
        float[][] rows = {{1, 2}, {3, 2}, {5, 8}};
        assertArrayEquals(new float[] {3, 4}, Statistics.mean(rows, 2));
        double[][] cov = Statistics.covariance(rows, 2);
        assertArrayEquals(new double[] {4, 6}, cov[0], 1e-12);
        assertArrayEquals(new double[] {6, 12}, cov[1], 1e-12);
    }
}
