package org.latentexplorer.model;

/**
 * The family of a model by its id in model.json ({@code kind}) and on the command line ({@code --model}); what
 * the family is and does lives in its {@link ModelFamily}.
 */
public enum ModelKind {
    /** Plain autoencoder: the encoder outputs the code itself. */
    AE(new PlainFamily()),
    /** Variational autoencoder: the encoder outputs μ and log σ²; loss = reconstruction + β·KL. */
    VAE(new VariationalFamily()),
    /** Adversarial autoencoder: a plain encoder whose codes a discriminator pushes toward the prior N(0, I). */
    AAE(new AdversarialFamily());

    private final ModelFamily family;

    ModelKind(ModelFamily family) {
        this.family = family;
    }

    public ModelFamily family() {
        return family;
    }

    /** Whether the encoder outputs a distribution to sample from (μ, log σ²) rather than the code itself. */
    public boolean samplesCode() {
        return family.samplesCode();
    }

    /** Whether training pulls the codes toward the prior N(0, I), so the prior's region and quantiles mean something. */
    public boolean hasPrior() {
        return family.hasPrior();
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ModelKind parse(String text) {
        return Choices.parse(ModelKind.class, text, "model kind");
    }
}
