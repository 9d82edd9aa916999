package org.latentexplorer.latent;

/** A t-SNE map of the codes as the wall's axes; clicks lift as {@link EmbeddedProjection} says. */
public final class TsneProjection extends EmbeddedProjection {
    private final double perplexity;

    public TsneProjection(float[][] codes, double[][] embedding, double perplexity) {
        super(codes, embedding);
        this.perplexity = perplexity;
    }

    public double perplexity() {
        return perplexity;
    }

    @Override
    public String label() {
        return String.format(java.util.Locale.ROOT, "t-SNE (perplexity %.0f)", perplexity);
    }

    @Override
    public String xAxisLabel() {
        return "t-SNE 1";
    }

    @Override
    public String yAxisLabel() {
        return "t-SNE 2";
    }
}
