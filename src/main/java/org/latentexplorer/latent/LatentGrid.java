package org.latentexplorer.latent;

/**
 * The codes of an n×n terrain grid over the first two latent axes (others held at 0), in reading order:
 * row 0 is the top of the picture (largest y), column 0 the left (smallest x).
 *
 * @param xs    the n x values, ascending
 * @param ys    the n y values, ascending (row r of the picture shows ys[n − 1 − r])
 * @param codes n·n codes of {@code dimension} values, row-major in picture order
 * @param x0    left edge of the area the tiles stand for
 * @param x1    right edge
 * @param y0    bottom edge
 * @param y1    top edge
 */
public record LatentGrid(double[] xs, double[] ys, float[][] codes, double x0, double x1, double y0, double y1) {
    public int n() {
        return xs.length;
    }

    /**
     * Tiles at the centres of n equal cells of [x0, x1] × [y0, y1], so the tiles exactly cover the box.
     */
    public static LatentGrid box(int n, double x0, double x1, double y0, double y1, int dimension) {
        checkN(n);
        if (!(x0 < x1) || !(y0 < y1)) {
            throw new IllegalArgumentException("range must have x0 < x1 and y0 < y1, was " + x0 + "," + x1 + "," + y0 + "," + y1);
        }
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = DefectsScorecard.cellCentre(x0, x1, n, i);
            ys[i] = DefectsScorecard.cellCentre(y0, y1, n, i);
        }
        return new LatentGrid(xs, ys, codes(xs, ys, dimension), x0, x1, y0, y1);
    }

    /**
     * Tiles spaced by the standard normal's quantiles: coordinate i is Φ⁻¹((i + ½)/n), the median of the
     * i-th of n equally probable slices of N(0, 1), so each tile stands for the same prior mass. The
     * box reported is the span of the outermost values.
     */
    public static LatentGrid quantiles(int n, int dimension) {
        checkN(n);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) xs[i] = NormalDistribution.inverseCdf((i + 0.5) / n);
        double[] ys = xs.clone();
        return new LatentGrid(xs, ys, codes(xs, ys, dimension), xs[0], xs[n - 1], ys[0], ys[n - 1]);
    }

    private static float[][] codes(double[] xs, double[] ys, int dimension) {
        if (dimension < 1) throw new IllegalArgumentException("dimension must be ≥ 1, was " + dimension);
        int n = xs.length;
        float[][] codes = new float[n * n][dimension];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                float[] code = codes[r * n + c];
                code[0] = (float) xs[c];
                if (dimension > 1) code[1] = (float) ys[n - 1 - r];
            }
        }
        return codes;
    }

    private static void checkN(int n) {
        if (n < 1) throw new IllegalArgumentException("grid size must be ≥ 1, was " + n);
    }
}
