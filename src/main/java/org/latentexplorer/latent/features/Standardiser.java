package org.latentexplorer.latent.features;

/**
 * Shifts and scales every feature to mean 0 and spread 1, with the statistics of the rows it was fitted on
 * (all training rows, labelled or not: no label is needed to measure a feature's spread). A feature that never
 * varies is only centred.
 */
public final class Standardiser {
    private final float[] mean;
    private final float[] scale;

    private Standardiser(float[] mean, float[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    public static Standardiser fit(float[][] rows) {
        int d = rows[0].length;
        double[] sum = new double[d], squares = new double[d];
        for (float[] r : rows) {
            for (int j = 0; j < d; j++) {
                sum[j] += r[j];
                squares[j] += (double) r[j] * r[j];
            }
        }
        float[] mean = new float[d], scale = new float[d];
        for (int j = 0; j < d; j++) {
            double m = sum[j] / rows.length;
            double variance = Math.max(0, squares[j] / rows.length - m * m);
            mean[j] = (float) m;
            scale[j] = variance < 1e-12 ? 1f : (float) (1 / Math.sqrt(variance));
        }
        return new Standardiser(mean, scale);
    }

    public float[][] apply(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            float[] r = new float[mean.length];
            for (int j = 0; j < r.length; j++) r[j] = (rows[i][j] - mean[j]) * scale[j];
            out[i] = r;
        }
        return out;
    }
}
