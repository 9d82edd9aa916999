package org.latentexplorer.model;

/** The family of a model: what the encoder outputs and what the loss adds to reconstruction. */
public enum ModelKind {
    /** Plain autoencoder: the encoder outputs the code itself. */
    AE,
    /** Variational autoencoder: the encoder outputs μ and log σ²; loss = reconstruction + β·KL. */
    VAE;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ModelKind parse(String text) {
        return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
