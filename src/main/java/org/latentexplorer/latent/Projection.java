package org.latentexplorer.latent;

/**
 * Maps codes of any size to the wall's two axes and back. {@link #lift} turns a wall coordinate into a full
 * code to decode, so clicking empty space always has an exact meaning.
 */
public interface Projection {
    double[] project(float[] code);

    float[] lift(double x, double y);

    /**
     * The standard deviations along the wall's two axes of a code whose coordinates have independent spreads
     * {@code sigma}, or null where the projection cannot say (t-SNE).
     */
    default double[] projectSpread(float[] sigma) {
        return null;
    }

    /** Short name shown on the wall ("z0, z1", "PCA"). */
    String label();

    String xAxisLabel();

    String yAxisLabel();
}
