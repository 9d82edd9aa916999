package org.latentexplorer.model;

import java.util.Locale;

/**
 * Reconstruction loss and its reduction. SUM adds over pixels and averages over images (nats per image
 * for BCE, as in the VAE papers); MEAN averages over pixels too (Keras' and PyTorch's default).
 */
public enum ReconstructionLoss {
    BCE, MSE;

    public enum Reduction {
        SUM, MEAN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Reduction parse(String text) {
            return Choices.parse(Reduction.class, text, "reduction");
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReconstructionLoss parse(String text) {
        return Choices.parse(ReconstructionLoss.class, text, "loss");
    }
}
