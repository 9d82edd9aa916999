package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;

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

    /** {@code x} corrupted afresh (training only); {@link Type#NONE} returns it as it is. */
    public NDArray corrupt(NDArray x) {
        return switch (type) {
            case NONE -> x;
            case GAUSSIAN -> x.add(x.getManager().randomNormal(0f, (float) amount, x.getShape(), x.getDataType()));
            case DROPOUT -> {
                float keep = (float) (1 - amount);
                NDArray mask = x.getManager().randomUniform(0f, 1f, x.getShape()).lt(keep).toType(x.getDataType(), false);
                yield x.mul(mask).div(keep);
            }
        };
    }
}
