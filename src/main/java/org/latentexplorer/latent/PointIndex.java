package org.latentexplorer.latent;

/**
 * Finds the point nearest to a position among many 2-D points, in a uniform grid of buckets, so hovering
 * over 70,000 points looks at a handful instead of all of them. The grid grows with the points (about one
 * per cell on average beyond 9,216), so a full wall's dense clusters do not fill a few cells with thousands.
 */
public final class PointIndex {
    private final int cells;
    private final double[] xs;
    private final double[] ys;
    private final double minX, minY, cellW, cellH;
    private final int[] cellStart;
    private final int[] cellPoints;

    public PointIndex(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        cells = (int) Math.max(96, Math.min(1024, Math.round(Math.sqrt(xs.length))));
        double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
        for (int i = 0; i < xs.length; i++) {
            x0 = Math.min(x0, xs[i]); x1 = Math.max(x1, xs[i]);
            y0 = Math.min(y0, ys[i]); y1 = Math.max(y1, ys[i]);
        }
        if (xs.length == 0) { x0 = y0 = 0; x1 = y1 = 1; }
        minX = x0;
        minY = y0;
        cellW = Math.max(1e-12, (x1 - x0) / cells);
        cellH = Math.max(1e-12, (y1 - y0) / cells);
        int[] counts = new int[cells * cells + 1];
        int[] cellOf = new int[xs.length];
        for (int i = 0; i < xs.length; i++) {
            cellOf[i] = cell(xs[i], ys[i]);
            counts[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cells * cells; c++) counts[c + 1] += counts[c];
        cellStart = counts.clone();
        cellPoints = new int[xs.length];
        int[] fill = counts;
        for (int i = 0; i < xs.length; i++) cellPoints[fill[cellOf[i]]++] = i;
    }

    private int column(double x) {
        return (int) Math.max(0, Math.min(cells - 1, Math.floor((x - minX) / cellW)));
    }

    private int row(double y) {
        return (int) Math.max(0, Math.min(cells - 1, Math.floor((y - minY) / cellH)));
    }

    private int cell(double x, double y) {
        return row(y) * cells + column(x);
    }

    /** Index of the nearest point within {@code radius} (in the points' units), or −1. */
    public int nearest(double x, double y, double radius) {
        int c0 = column(x - radius), c1 = column(x + radius), r0 = row(y - radius), r1 = row(y + radius);
        int best = -1;
        double bestD = radius * radius;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = r * cells + c;
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = cellPoints[k];
                    double dx = xs[i] - x, dy = ys[i] - y, d = dx * dx + dy * dy;
                    if (d <= bestD) { bestD = d; best = i; }
                }
            }
        }
        return best;
    }

    public int size() {
        return xs.length;
    }
}
