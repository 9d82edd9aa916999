package org.latentexplorer.latent;

/** A UMAP map of the codes as the wall's axes; clicks lift as {@link EmbeddedProjection} says. */
public final class UmapProjection extends EmbeddedProjection {
    private final int neighbours;
    private final double minDist;

    public UmapProjection(float[][] codes, double[][] embedding, int neighbours, double minDist) {
        super(codes, embedding);
        this.neighbours = neighbours;
        this.minDist = minDist;
    }

    public int neighbours() {
        return neighbours;
    }

    public double minDist() {
        return minDist;
    }

    @Override
    public String label() {
        return String.format(java.util.Locale.ROOT, "UMAP (%d neighbours, min dist %.2f)", neighbours, minDist);
    }

    @Override
    public String xAxisLabel() {
        return "UMAP 1";
    }

    @Override
    public String yAxisLabel() {
        return "UMAP 2";
    }
}
