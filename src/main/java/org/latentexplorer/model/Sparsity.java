package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;

import java.util.Locale;

/**
 * A penalty that keeps most code units quiet (a sparse autoencoder): {@code weight}·Σ|code| (L1, averaged over
 * the batch), or {@code weight}·Σ KL(ρ ‖ ρ̂ⱼ) between a target mean activation ρ and each unit's mean
 * activation over the batch (needs codes in (0, 1): use a sigmoid code).
 */
public record Sparsity(Type type, double weight, double target) {
    public enum Type {
        NONE, L1, KL;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Sparsity NONE = new Sparsity(Type.NONE, 0, 0);

    public Sparsity {
        if (type == null) type = Type.NONE;
        if (!(weight >= 0)) throw new IllegalArgumentException("sparsity weight must be ≥ 0, was " + weight);
        if (type == Type.KL && !(target > 0 && target < 1)) {
            throw new IllegalArgumentException("sparsity target must lie in (0, 1), was " + target);
        }
    }

    public static Sparsity l1(double weight) {
        return new Sparsity(Type.L1, weight, 0);
    }

    public static Sparsity kl(double weight, double target) {
        return new Sparsity(Type.KL, weight, target);
    }

    /** The penalty on the codes of a batch (a scalar); not for {@link Type#NONE}. */
    public NDArray penalty(NDArray codes) {
        float batch = codes.getShape().get(0);
        if (type == Type.L1) return codes.abs().sum().mul((float) weight / batch);
        float rho = (float) target;
        // ρ̂ clipped away from 0 and 1 so the logs stay finite when a unit saturates.
        NDArray mean = codes.mean(new int[] {0}).clip(1e-6f, 1 - 1e-6f);
        NDArray kl = mean.pow(-1).mul(rho).log().mul(rho)
                .add(mean.neg().add(1f).pow(-1).mul(1 - rho).log().mul(1 - rho));
        return kl.sum().mul((float) weight);
    }
}
