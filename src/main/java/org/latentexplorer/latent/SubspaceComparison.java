package org.latentexplorer.latent;

import java.util.SplittableRandom;

/**
 * A linear autoencoder trained with squared error learns the same subspace as PCA. This measures how close:
 * the data's top-k principal subspace (by subspace iteration), the principal angles between it and another
 * subspace (a linear decoder's columns), and the reconstruction error of projecting onto the PCA subspace.
 */
public final class SubspaceComparison {
    private SubspaceComparison() {}

    /** The top-{@code k} principal directions of the rows of {@code data}, as orthonormal columns (d × k). */
    public static double[][] principalSubspace(float[][] data, int k, int iterations, long seed) {
        int n = data.length, d = data[0].length;
        float[] mean = Statistics.mean(data, d);
        double[][] q = new double[d][k];
        SplittableRandom random = new SplittableRandom(seed);
        for (double[] row : q) for (int j = 0; j < k; j++) row[j] = random.nextGaussian();
        orthonormalize(q);
        double[][] xq = new double[n][k];
        for (int it = 0; it < iterations; it++) {
            // q ← orth(Xcᵀ (Xc q)), never forming the d × d covariance.
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < k; j++) {
                    double s = 0;
                    for (int c = 0; c < d; c++) s += (data[i][c] - mean[c]) * q[c][j];
                    xq[i][j] = s;
                }
            }
            double[][] next = new double[d][k];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < d; c++) {
                    double v = data[i][c] - mean[c];
                    for (int j = 0; j < k; j++) next[c][j] += v * xq[i][j];
                }
            }
            orthonormalize(next);
            q = next;
        }
        return q;
    }

    /** Gram–Schmidt on the columns, in place. */
    public static void orthonormalize(double[][] m) {
        int d = m.length, k = m[0].length;
        for (int j = 0; j < k; j++) {
            for (int p = 0; p < j; p++) {
                double dot = 0;
                for (int i = 0; i < d; i++) dot += m[i][j] * m[i][p];
                for (int i = 0; i < d; i++) m[i][j] -= dot * m[i][p];
            }
            double norm = 0;
            for (int i = 0; i < d; i++) norm += m[i][j] * m[i][j];
            norm = Math.sqrt(norm);
            if (norm == 0) throw new IllegalArgumentException("columns are linearly dependent");
            for (int i = 0; i < d; i++) m[i][j] /= norm;
        }
    }

    /** Principal angles in degrees (smallest first) between the column spaces of a and b (both d × k). */
    public static double[] principalAnglesDegrees(double[][] a, double[][] b) {
        double[][] qa = copy(a), qb = copy(b);
        orthonormalize(qa);
        orthonormalize(qb);
        int k = qa[0].length;
        double[][] m = new double[k][k];
        for (int i = 0; i < qa.length; i++) {
            for (int r = 0; r < k; r++) for (int c = 0; c < k; c++) m[r][c] += qa[i][r] * qb[i][c];
        }
        double[][] mtm = new double[k][k];
        for (int r = 0; r < k; r++) for (int c = 0; c < k; c++) for (int t = 0; t < k; t++) mtm[r][c] += m[t][r] * m[t][c];
        double[] cosSquared = Statistics.symmetricEigen(mtm).values();
        double[] angles = new double[k];
        for (int j = 0; j < k; j++) angles[j] = Math.toDegrees(Math.acos(Math.sqrt(Math.max(0, Math.min(1, cosSquared[j])))));
        return angles;
    }

    /** Mean squared error per value of projecting the centred rows onto the orthonormal columns q and back. */
    public static double projectionError(float[][] data, double[][] q) {
        int d = data[0].length, k = q[0].length;
        float[] mean = Statistics.mean(data, d);
        double sum = 0;
        for (float[] row : data) {
            double[] coeff = new double[k];
            for (int c = 0; c < d; c++) for (int j = 0; j < k; j++) coeff[j] += (row[c] - mean[c]) * q[c][j];
            for (int c = 0; c < d; c++) {
                double back = mean[c];
                for (int j = 0; j < k; j++) back += coeff[j] * q[c][j];
                sum += (row[c] - back) * (row[c] - back);
            }
        }
        return sum / ((double) data.length * d);
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) out[i] = m[i].clone();
        return out;
    }
}
