package org.latentexplorer.latent;

/**
 * Densities on the wall's plane, evaluated on a grid: a Gaussian kernel density estimate of the encoded
 * points, and a normal density (a VAE's prior N(0, I) as it falls on the plane). Values are probability per
 * unit area, so a grid covering the mass sums, times the cell area, to about 1.
 */
public final class Density {
    /** Kernels are cut off beyond this many bandwidths (the tail left out is below 4e-4 of the mass). */
    private static final double CUTOFF = 4;

    private Density() {}

    /**
     * Values at the centres of a {@code cols × rows} grid of equal cells over [x0, x1] × [y0, y1], row-major,
     * row 0 at the top (largest y), as pictures are stored.
     */
    public record Grid(double[] values, int cols, int rows, double x0, double x1, double y0, double y1) {
        public Grid {
            if (values.length != cols * rows) throw new IllegalArgumentException(values.length + " values for " + cols + "×" + rows);
        }

        public double value(int col, int row) {
            return values[row * cols + col];
        }

        public double cellArea() {
            return (x1 - x0) / cols * ((y1 - y0) / rows);
        }

        /** Sum of value × cell area: the mass inside the box. */
        public double integral() {
            double s = 0;
            for (double v : values) s += v;
            return s * cellArea();
        }

        public double max() {
            double m = 0;
            for (double v : values) m = Math.max(m, v);
            return m;
        }

        /** x of column {@code c}'s centre. */
        public double x(int c) {
            return x0 + (c + 0.5) * (x1 - x0) / cols;
        }

        /** y of row {@code r}'s centre (row 0 at the top). */
        public double y(int r) {
            return y1 - (r + 0.5) * (y1 - y0) / rows;
        }
    }

    /**
     * Scott's rule for an isotropic two-dimensional Gaussian kernel: h = σ n^(−1/6), with σ the mean of the
     * two axes' robust spreads (the smaller of standard deviation and IQR / 1.349, so a few outliers do not
     * blur the map). Returns a small positive value for degenerate input.
     */
    public static double scottBandwidth(double[] xs, double[] ys) {
        if (xs.length != ys.length) throw new IllegalArgumentException("xs and ys differ in length");
        int n = xs.length;
        if (n < 2) return 1;
        double sigma = 0.5 * (robustSpread(xs) + robustSpread(ys));
        if (!(sigma > 0)) sigma = 1e-3;
        return sigma * Math.pow(n, -1.0 / 6);
    }

    private static double robustSpread(double[] v) {
        double mean = 0;
        for (double x : v) mean += x;
        mean /= v.length;
        double var = 0;
        for (double x : v) var += (x - mean) * (x - mean);
        double sd = Math.sqrt(var / (v.length - 1));
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        double iqr = (quantile(s, 0.75) - quantile(s, 0.25)) / 1.349;
        return iqr > 0 ? Math.min(sd, iqr) : sd;
    }

    private static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos), hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * Gaussian kernel density estimate (1 / n) Σ N(p; (x_i, y_i), h² I) at the grid's cell centres. Each
     * point adds the outer product of its two one-dimensional kernels over the cells within 4h of it, so the
     * cost is the number of points times the cells each one touches.
     */
    public static Grid kde(double[] xs, double[] ys, double h, double x0, double x1, double y0, double y1, int cols, int rows) {
        checkGrid(x0, x1, y0, y1, cols, rows);
        if (xs.length != ys.length) throw new IllegalArgumentException("xs and ys differ in length");
        if (!(h > 0)) throw new IllegalArgumentException("bandwidth must be positive, was " + h);
        double[] out = new double[cols * rows];
        int n = xs.length;
        if (n == 0) return new Grid(out, cols, rows, x0, x1, y0, y1);
        double dx = (x1 - x0) / cols, dy = (y1 - y0) / rows;
        double[] kx = new double[cols], ky = new double[rows];
        double inv2h2 = 1 / (2 * h * h);
        for (int i = 0; i < n; i++) {
            double px = xs[i], py = ys[i];
            if (!Double.isFinite(px) || !Double.isFinite(py)) continue;
            int c0 = (int) Math.max(0, Math.ceil((px - CUTOFF * h - x0) / dx - 0.5));
            int c1 = (int) Math.min(cols - 1, Math.floor((px + CUTOFF * h - x0) / dx - 0.5));
            // Rows count down from the top.
            int r0 = (int) Math.max(0, Math.ceil((y1 - (py + CUTOFF * h)) / dy - 0.5));
            int r1 = (int) Math.min(rows - 1, Math.floor((y1 - (py - CUTOFF * h)) / dy - 0.5));
            if (c0 > c1 || r0 > r1) continue;
            for (int c = c0; c <= c1; c++) {
                double d = x0 + (c + 0.5) * dx - px;
                kx[c] = Math.exp(-d * d * inv2h2);
            }
            for (int r = r0; r <= r1; r++) {
                double d = y1 - (r + 0.5) * dy - py;
                ky[r] = Math.exp(-d * d * inv2h2);
            }
            for (int r = r0; r <= r1; r++) {
                double wy = ky[r];
                int row = r * cols;
                for (int c = c0; c <= c1; c++) out[row + c] += wy * kx[c];
            }
        }
        double norm = 1 / (n * 2 * Math.PI * h * h);
        for (int k = 0; k < out.length; k++) out[k] *= norm;
        return new Grid(out, cols, rows, x0, x1, y0, y1);
    }

    /** The density of N((cx, cy), σ² I) at the grid's cell centres. */
    public static Grid normal(double cx, double cy, double sigma, double x0, double x1, double y0, double y1, int cols, int rows) {
        checkGrid(x0, x1, y0, y1, cols, rows);
        if (!(sigma > 0)) throw new IllegalArgumentException("sigma must be positive, was " + sigma);
        double[] out = new double[cols * rows];
        double norm = 1 / (2 * Math.PI * sigma * sigma), inv = 1 / (2 * sigma * sigma);
        double dx = (x1 - x0) / cols, dy = (y1 - y0) / rows;
        for (int r = 0; r < rows; r++) {
            double y = y1 - (r + 0.5) * dy - cy;
            for (int c = 0; c < cols; c++) {
                double x = x0 + (c + 0.5) * dx - cx;
                out[r * cols + c] = norm * Math.exp(-(x * x + y * y) * inv);
            }
        }
        return new Grid(out, cols, rows, x0, x1, y0, y1);
    }

    private static void checkGrid(double x0, double x1, double y0, double y1, int cols, int rows) {
        if (cols < 1 || rows < 1) throw new IllegalArgumentException("grid must have at least one cell, was " + cols + "×" + rows);
        if (!(x0 < x1) || !(y0 < y1)) throw new IllegalArgumentException("box must have x0 < x1 and y0 < y1");
    }
}
