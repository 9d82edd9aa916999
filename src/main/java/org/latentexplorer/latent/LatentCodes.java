package org.latentexplorer.latent;

/**
 * The codes of a set of images (row i is image i's code) with their labels and reconstruction errors
 * (mean squared error per pixel). Plain arrays, so the UI and analysis never touch NDArrays.
 */
public record LatentCodes(float[][] codes, int[] labels, float[] errors) {
    public int count() {
        return codes.length;
    }

    public int dimension() {
        return codes.length == 0 ? 0 : codes[0].length;
    }
}
