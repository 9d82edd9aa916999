package org.latentexplorer.latent.features;

import org.latentexplorer.latent.Statistics;

import java.util.SplittableRandom;

/**
 * The top k principal directions of many-dimensional rows (pixels): the PCA baseline with as many dimensions
 * as a model's code. The covariance is built from each row's non-zero values (digits are mostly background),
 * then block power iteration with a few extra directions and a Rayleigh–Ritz step finds the top k; Jacobi on
 * the whole 784×784 matrix ({@link Statistics#symmetricEigen}) would take minutes.
 */
public final class PrincipalComponents {
    private static final int EXTRA = 8;
    private static final int ITERATIONS = 60;
    private final float[] mean;
    /** k rows of length d, unit length, by falling variance. */
    private final double[][] directions;
    private final double[] variances;

    private PrincipalComponents(float[] mean, double[][] directions, double[] variances) {
        this.mean = mean;
        this.directions = directions;
        this.variances = variances;
    }

    public static PrincipalComponents fit(float[][] rows, int k, long seed) {
        int d = rows[0].length;
        if (k < 1 || k > d) throw new IllegalArgumentException("PCA needs 1.." + d + " components, was " + k);
        double[][] cov = covariance(rows, d);
        float[] mean = Statistics.mean(rows, d);
        int p = Math.min(d, k + EXTRA);
        SplittableRandom random = new SplittableRandom(seed);
        double[][] basis = new double[p][d];
        for (double[] b : basis) for (int j = 0; j < d; j++) b[j] = random.nextDouble() - 0.5;
        orthonormalise(basis);
        for (int it = 0; it < ITERATIONS; it++) {
            if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("PCA cancelled");
            basis = multiply(cov, basis);
            orthonormalise(basis);
        }
        // Rayleigh–Ritz: the small matrix Bᵀ C B orders and separates the directions inside the subspace.
        double[][] cb = multiply(cov, basis);
        double[][] small = new double[p][p];
        for (int a = 0; a < p; a++) for (int b = 0; b < p; b++) small[a][b] = dot(basis[a], cb[b]);
        Statistics.Eigen eigen = Statistics.symmetricEigen(small);
        double[][] directions = new double[k][d];
        double[] variances = new double[k];
        for (int c = 0; c < k; c++) {
            double[] w = eigen.vectors()[c];
            for (int a = 0; a < p; a++) for (int j = 0; j < d; j++) directions[c][j] += w[a] * basis[a][j];
            variances[c] = eigen.values()[c];
        }
        return new PrincipalComponents(mean, directions, variances);
    }

    public int components() {
        return directions.length;
    }

    /** Variance along each direction, falling. */
    public double[] variances() {
        return variances.clone();
    }

    /** Direction c as a unit vector. */
    public double[] direction(int c) {
        return directions[c].clone();
    }

    /** Each row's coordinates along the k directions. */
    public float[][] project(float[][] rows) {
        float[][] out = new float[rows.length][directions.length];
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < directions.length; c++) {
                double s = 0;
                double[] dir = directions[c];
                for (int j = 0; j < mean.length; j++) s += (rows[i][j] - mean[j]) * dir[j];
                out[i][c] = (float) s;
            }
        }
        return out;
    }

    /** Covariance from the non-zero entries of each row: Σ x xᵀ / n − μ μᵀ. */
    private static double[][] covariance(float[][] rows, int d) {
        double[][] moments = new double[d][d];
        double[] sum = new double[d];
        int[] nonZero = new int[d];
        for (float[] r : rows) {
            int m = 0;
            for (int j = 0; j < d; j++) if (r[j] != 0) nonZero[m++] = j;
            for (int a = 0; a < m; a++) {
                int i = nonZero[a];
                double xi = r[i];
                sum[i] += xi;
                double[] row = moments[i];
                for (int b = a; b < m; b++) row[nonZero[b]] += xi * r[nonZero[b]];
            }
        }
        int n = rows.length;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                double c = moments[i][j] / n - (sum[i] / n) * (sum[j] / n);
                moments[i][j] = c;
                moments[j][i] = c;
            }
        }
        return moments;
    }

    private static double[][] multiply(double[][] matrix, double[][] basis) {
        int d = matrix.length;
        double[][] out = new double[basis.length][d];
        for (int b = 0; b < basis.length; b++) {
            double[] v = basis[b], o = out[b];
            for (int i = 0; i < d; i++) o[i] = dot(matrix[i], v);
        }
        return out;
    }

    /** Modified Gram–Schmidt on the rows. */
    private static void orthonormalise(double[][] basis) {
        for (int a = 0; a < basis.length; a++) {
            for (int b = 0; b < a; b++) {
                double s = dot(basis[a], basis[b]);
                for (int j = 0; j < basis[a].length; j++) basis[a][j] -= s * basis[b][j];
            }
            double norm = Math.sqrt(dot(basis[a], basis[a]));
            for (int j = 0; j < basis[a].length; j++) basis[a][j] = norm == 0 ? 0 : basis[a][j] / norm;
        }
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) s += a[j] * b[j];
        return s;
    }
}
