package org.latentexplorer.latent;

/** Small numeric helpers over code matrices (rows = points). */
public final class Statistics {
    private Statistics() {}

    public static float[] mean(float[][] rows, int dimension) {
        double[] sum = new double[dimension];
        for (float[] r : rows) for (int j = 0; j < dimension; j++) sum[j] += r[j];
        float[] mean = new float[dimension];
        for (int j = 0; j < dimension; j++) mean[j] = rows.length == 0 ? 0 : (float) (sum[j] / rows.length);
        return mean;
    }

    /** Sample covariance matrix (divides by n − 1). */
    public static double[][] covariance(float[][] rows, int dimension) {
        float[] mean = mean(rows, dimension);
        double[][] cov = new double[dimension][dimension];
        for (float[] r : rows) {
            for (int i = 0; i < dimension; i++) {
                double di = r[i] - mean[i];
                for (int j = i; j < dimension; j++) cov[i][j] += di * (r[j] - mean[j]);
            }
        }
        double denom = Math.max(1, rows.length - 1);
        for (int i = 0; i < dimension; i++) {
            for (int j = i; j < dimension; j++) {
                cov[i][j] /= denom;
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }

    /**
     * Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations: exact enough for the small
     * matrices here (latent sizes up to a few hundred). Returns eigenvalues descending, vectors as rows.
     */
    public static Eigen symmetricEigen(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = matrix[i].clone();
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) v[i][i] = 1;
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < n; p++) for (int q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
            if (off < 1e-22) break;
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (Math.abs(a[p][q]) < 1e-300) continue;
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p], akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k], aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p], vkq = v[k][q];
                        v[k][p] = c * vkp - s * vkq;
                        v[k][q] = s * vkp + c * vkq;
                    }
                }
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int r = 0; r < n; r++) {
            values[r] = a[order[r]][order[r]];
            for (int k = 0; k < n; k++) vectors[r][k] = v[k][order[r]];
        }
        return new Eigen(values, vectors);
    }

    public record Eigen(double[] values, double[][] vectors) {}
}
