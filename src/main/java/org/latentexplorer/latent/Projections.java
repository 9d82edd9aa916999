package org.latentexplorer.latent;

/** The projection the wall starts with: the code itself up to 3-D (first two axes), PCA beyond. */
public final class Projections {
    private Projections() {}

    public static Projection defaultFor(float[][] codes, int dimension) {
        return dimension <= 3 ? AxisProjection.firstTwo(codes, dimension) : new PcaProjection(codes, dimension);
    }
}
