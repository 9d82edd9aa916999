package org.latentexplorer.model;

import java.util.Locale;

/**
 * Corruption of the input during training only (a denoising autoencoder): Gaussian noise of standard deviation
 * {@code amount}, or dropout of a fraction {@code amount} of the pixels (survivors scaled by 1/(1−rate), as
 * Keras does). The reconstruction target stays the clean image.
 */
public record InputNoise(Type type, double amount) {
    public enum Type {
        NONE, GAUSSIAN, DROPOUT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final InputNoise NONE = new InputNoise(Type.NONE, 0);

    public InputNoise {
        if (type == null) type = Type.NONE;
        if (!(amount >= 0) || (type == Type.DROPOUT && amount >= 1)) {
            throw new IllegalArgumentException("noise amount out of range: " + amount);
        }
    }

    public static InputNoise gaussian(double sigma) {
        return new InputNoise(Type.GAUSSIAN, sigma);
    }

    public static InputNoise dropout(double rate) {
        return new InputNoise(Type.DROPOUT, rate);
    }
}
