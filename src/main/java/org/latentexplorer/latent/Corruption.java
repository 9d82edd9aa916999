package org.latentexplorer.latent;

import java.util.SplittableRandom;

/**
 * Damage done to an image (values in [0, 1]) to see what an autoencoder recovers: Gaussian noise and
 * covering part of it. Deterministic for a seed, so moving a slider scales the same noise pattern.
 */
public final class Corruption {
    private Corruption() {}

    /** x + σ·N(0, 1) per pixel, clipped to [0, 1]; σ = 0 returns a copy. */
    public static float[] noisy(float[] image, double sigma, long seed) {
        if (!(sigma >= 0)) throw new IllegalArgumentException("noise level must be ≥ 0, was " + sigma);
        float[] out = image.clone();
        if (sigma == 0) return out;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < out.length; i++) {
            double u1 = random.nextDouble(), u2 = random.nextDouble();
            double g = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
            out[i] = (float) Math.max(0, Math.min(1, image[i] + sigma * g));
        }
        return out;
    }

    /**
     * The lowest ⌊fraction·height + ½⌋ rows blanked (set to 0, the background) in every channel of a gray or
     * colour (channel-first) image, the rest copied.
     */
    public static float[] coveredBottom(float[] image, int height, int width, double fraction) {
        int plane = height * width;
        if (plane < 1 || image.length % plane != 0) throw new IllegalArgumentException("expected a multiple of " + plane + " pixels, got " + image.length);
        if (!(fraction >= 0 && fraction <= 1)) throw new IllegalArgumentException("covered fraction must be in [0, 1], was " + fraction);
        float[] out = image.clone();
        int rows = coveredRows(height, fraction);
        for (int start = 0; start < image.length; start += plane) java.util.Arrays.fill(out, start + (height - rows) * width, start + plane, 0f);
        return out;
    }

    /** How many rows {@link #coveredBottom} blanks. */
    public static int coveredRows(int height, double fraction) {
        return (int) Math.min(height, Math.floor(fraction * height + 0.5));
    }
}
