package org.latentexplorer.latent;

import java.util.SplittableRandom;

/** What a VAE's posteriors q(z|x) = N(μ, σ²) say about its latent dimensions. */
public final class PosteriorStats {
    /** Below this many nats on average a dimension carries (almost) no information: it has collapsed to the prior. */
    public static final double COLLAPSE_NATS = 0.01;

    private PosteriorStats() {}

    /** Mean over images of KL(N(μⱼ, σⱼ²) ‖ N(0, 1)) = ½(μⱼ² + σⱼ² − 1 − log σⱼ²), per dimension j. */
    public static double[] klPerDimension(float[][] mu, float[][] logVar) {
        int d = mu.length == 0 ? 0 : mu[0].length;
        double[] kl = new double[d];
        for (int i = 0; i < mu.length; i++) {
            for (int j = 0; j < d; j++) {
                double m = mu[i][j], lv = logVar[i][j];
                kl[j] += 0.5 * (m * m + Math.exp(lv) - 1 - lv);
            }
        }
        for (int j = 0; j < d; j++) kl[j] /= Math.max(1, mu.length);
        return kl;
    }

    /** Indices of the dimensions whose mean KL is below {@link #COLLAPSE_NATS}. */
    public static int[] collapsed(double[] klPerDimension) {
        return java.util.stream.IntStream.range(0, klPerDimension.length)
                .filter(j -> klPerDimension[j] < COLLAPSE_NATS).toArray();
    }

    /** {@code k} draws z = μ + σ·ε from one posterior: the reparameterisation trick. */
    public static float[][] sample(float[] mu, float[] logVar, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] out = new float[k][mu.length];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < mu.length; j++) {
                out[s][j] = (float) (mu[j] + Math.exp(0.5 * logVar[j]) * random.nextGaussian());
            }
        }
        return out;
    }
}
