package org.latentexplorer.model;

/** The family of a model: what the encoder outputs and what the loss adds to reconstruction. */
public enum ModelKind {
    /** Plain autoencoder: the encoder outputs the code itself. */
    AE,
    /** Variational autoencoder: the encoder outputs μ and log σ²; loss = reconstruction + β·KL. */
    VAE,
    /** Adversarial autoencoder: a plain encoder whose codes a discriminator pushes toward the prior N(0, I). */
    AAE;

    /** Whether the encoder outputs a distribution to sample from (μ, log σ²) rather than the code itself. */
    public boolean samplesCode() {
        return this == VAE;
    }

    /** Whether training pulls the codes toward the prior N(0, I), so the prior's region and quantiles mean something. */
    public boolean hasPrior() {
        return this == VAE || this == AAE;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ModelKind parse(String text) {
        return Choices.parse(ModelKind.class, text, "model kind");
    }
}
