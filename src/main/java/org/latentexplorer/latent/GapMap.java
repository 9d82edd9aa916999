package org.latentexplorer.latent;

/**
 * Where the gaps of the scorecard are, for 2-d codes: the same sample points as
 * {@link DefectsScorecard#gaps} (cell centres of a grid × grid grid over the region's bounding box), each
 * marked outside the region, covered (a code within the threshold) or a gap. Its {@link #fraction()} is the
 * scorecard's gap fraction; {@link #argb} turns it into a picture to lay under the wall.
 */
public final class GapMap {
    public static final byte OUTSIDE = 0;
    public static final byte COVERED = 1;
    public static final byte GAP = 2;

    private final int grid;
    private final double x0, x1, y0, y1;
    private final double threshold;
    /** Row-major, row 0 at the lowest z1. */
    private final byte[] cells;
    private final int inside;
    private final int gaps;

    private GapMap(int grid, double x0, double x1, double y0, double y1, double threshold, byte[] cells) {
        this.grid = grid;
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
        this.threshold = threshold;
        this.cells = cells;
        int in = 0, g = 0;
        for (byte c : cells) {
            if (c != OUTSIDE) in++;
            if (c == GAP) g++;
        }
        this.inside = in;
        this.gaps = g;
    }

    /** The map of 2-d {@code codes} over a 2-d {@code region}, with the gap {@code threshold} (a distance). */
    public static GapMap of(float[][] codes, LatentRegion region, int grid, double threshold) {
        if (region.dimension() != 2) throw new IllegalArgumentException("a gap map needs a 2-d region, this one has " + region.dimension());
        if (grid < 2) throw new IllegalArgumentException("grid must have at least 2 cells per axis, was " + grid);
        if (!(threshold >= 0)) throw new IllegalArgumentException("threshold must be ≥ 0, was " + threshold);
        double[] xs = new double[codes.length], ys = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].length != 2) throw new IllegalArgumentException("a gap map needs 2-d codes, code " + i + " has " + codes[i].length);
            xs[i] = codes[i][0];
            ys[i] = codes[i][1];
        }
        PointIndex index = new PointIndex(xs, ys);
        byte[] cells = new byte[grid * grid];
        double[] p = new double[2];
        for (int r = 0; r < grid; r++) {
            for (int c = 0; c < grid; c++) {
                p[0] = DefectsScorecard.cellCentre(region.lo(0), region.hi(0), grid, c);
                p[1] = DefectsScorecard.cellCentre(region.lo(1), region.hi(1), grid, r);
                byte state;
                if (!region.contains(p)) state = OUTSIDE;
                else state = codes.length > 0 && index.nearest(p[0], p[1], threshold) >= 0 ? COVERED : GAP;
                cells[r * grid + c] = state;
            }
        }
        return new GapMap(grid, region.lo(0), region.hi(0), region.lo(1), region.hi(1), threshold, cells);
    }

    public int grid() { return grid; }
    public double x0() { return x0; }
    public double x1() { return x1; }
    public double y0() { return y0; }
    public double y1() { return y1; }
    public double threshold() { return threshold; }
    /** Sample points inside the region. */
    public int inside() { return inside; }
    /** Sample points inside the region with no code within the threshold. */
    public int gaps() { return gaps; }

    /** State of cell (column {@code c} along z0, row {@code r} along z1, both from the low end). */
    public byte cell(int c, int r) {
        return cells[r * grid + c];
    }

    /** Gaps over points inside the region (0 if none is inside). */
    public double fraction() {
        return inside == 0 ? 0 : (double) gaps / inside;
    }

    /** The map as grid × grid ARGB pixels, top row = highest z1, in the three given colours. */
    public int[] argb(int gapColour, int coveredColour, int outsideColour) {
        int[] out = new int[grid * grid];
        for (int r = 0; r < grid; r++) {
            int row = (grid - 1 - r) * grid;
            for (int c = 0; c < grid; c++) {
                byte s = cells[r * grid + c];
                out[row + c] = s == GAP ? gapColour : s == COVERED ? coveredColour : outsideColour;
            }
        }
        return out;
    }
}
