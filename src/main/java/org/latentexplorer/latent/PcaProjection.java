package org.latentexplorer.latent;

/**
 * The codes' two principal components as the wall's axes. Lifting maps back through the mean plus the two
 * components, so a click decodes an exact code on that plane.
 */
public final class PcaProjection implements Projection {
    private final float[] mean;
    private final double[] pc1;
    private final double[] pc2;
    private final double explained;

    public PcaProjection(float[][] codes, int dimension) {
        if (dimension < 2) throw new IllegalArgumentException("PCA needs at least 2 dimensions");
        mean = Statistics.mean(codes, dimension);
        Statistics.Eigen eigen = Statistics.symmetricEigen(Statistics.covariance(codes, dimension));
        pc1 = eigen.vectors()[0];
        pc2 = eigen.vectors()[1];
        double total = 0;
        for (double v : eigen.values()) total += Math.max(0, v);
        explained = total == 0 ? 0 : (Math.max(0, eigen.values()[0]) + Math.max(0, eigen.values()[1])) / total;
    }

    /** Share of the codes' variance the two axes show (0..1). */
    public double explainedVariance() {
        return explained;
    }

    @Override
    public double[] project(float[] code) {
        double x = 0, y = 0;
        for (int j = 0; j < mean.length; j++) {
            double c = code[j] - mean[j];
            x += c * pc1[j];
            y += c * pc2[j];
        }
        return new double[] {x, y};
    }

    /** σ along a unit axis u of independent coordinates with spreads σⱼ is √(Σ uⱼ² σⱼ²). */
    @Override
    public double[] projectSpread(float[] sigma) {
        double vx = 0, vy = 0;
        for (int j = 0; j < sigma.length; j++) {
            vx += pc1[j] * pc1[j] * sigma[j] * sigma[j];
            vy += pc2[j] * pc2[j] * sigma[j] * sigma[j];
        }
        return new double[] {Math.sqrt(vx), Math.sqrt(vy)};
    }

    @Override
    public float[] lift(double x, double y) {
        float[] code = new float[mean.length];
        for (int j = 0; j < mean.length; j++) code[j] = (float) (mean[j] + x * pc1[j] + y * pc2[j]);
        return code;
    }

    @Override
    public String label() {
        return String.format(java.util.Locale.ROOT, "PCA (%.0f%% of variance)", explained * 100);
    }

    @Override
    public String xAxisLabel() {
        return "PC1";
    }

    @Override
    public String yAxisLabel() {
        return "PC2";
    }
}
