package org.latentexplorer.wall;

/**
 * Draws tens of thousands of scatter points into one premultiplied ARGB pixel layer by stamping a
 * pre-antialiased dot ({@link Dot}) in a pre-computed tint: no per-point objects, no per-pixel square roots or
 * divisions, identical in the app and in exported images.
 */
public final class PointRaster {
    private final int width;
    private final int height;
    private final int[] pre;

    public PointRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.pre = new int[this.width * this.height];
    }

    public int width() { return width; }
    public int height() { return height; }

    /** The layer's pixels, ARGB premultiplied by alpha (what JavaFX and Java2D composite fastest). */
    public int[] premultiplied() { return pre; }

    /** The pixel at (x, y) as plain (non-premultiplied) ARGB. */
    public int argb(int x, int y) {
        return unpremultiply(pre[y * width + x]);
    }

    public void clear() {
        java.util.Arrays.fill(pre, 0);
    }

    /** A disc of {@code radius} pixels in colour {@code rgb} at opacity {@code alpha} (0..1), "over" blending. */
    public void disc(double cx, double cy, double radius, int rgb, double alpha) {
        stamp(cx, cy, Dot.of(radius), tint(rgb, alpha));
    }

    /**
     * The premultiplied pixel for each coverage 0..255 of a dot in colour {@code rgb} at opacity
     * {@code alpha}: a point's colour is looked up, not computed, per pixel.
     */
    public static int[] tint(int rgb, double alpha) {
        double a = Math.max(0, Math.min(1, alpha));
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        int[] table = new int[256];
        for (int c = 1; c < 256; c++) {
            double pa = a * c / 255.0;
            table[c] = ((int) Math.round(pa * 255) << 24) | ((int) Math.round(r * pa) << 16)
                    | ((int) Math.round(g * pa) << 8) | (int) Math.round(b * pa);
        }
        return table;
    }

    /** Cells of the counting sort that orders the dots: a cell's dots share the CPU's cached layer rows. */
    private static final int CELL_ROWS = 4, CELL_COLUMNS = 32;
    private int[] cellOf = new int[0], baseOf = new int[0], kindOf = new int[0], sortedBase = new int[0], sortedKind = new int[0];

    /**
     * Stamps point i at pixel (ox + xs[i]·scale, oy − ys[i]·scale) in {@code tints[tintOf[i]]}. Dots are stamped
     * cell by cell of the layer (a stable counting sort), not in array order: blending reads the pixel under a
     * dot, and in array order each of 70,000 dots lands far from the last one's and waits for memory, which
     * made the frame several times slower. Overlapping dots of different cells may so swap which lies on top.
     */
    public void stampAll(double[] xs, double[] ys, double scale, double ox, double oy, int[] tintOf, int[][] tints, Dot dot) {
        int n = xs.length;
        if (cellOf.length < n) {
            cellOf = new int[n];
            baseOf = new int[n];
            kindOf = new int[n];
            sortedBase = new int[n];
            sortedKind = new int[n];
        }
        int columns = width / CELL_COLUMNS + 1, cells = columns * (height / CELL_ROWS + 1);
        int[] start = new int[cells + 1];
        int reach = dot.reach, shift = reach + 2; // (int) (v + shift) − shift is floor(v) for v > −reach
        for (int i = 0; i < n; i++) {
            double x = ox + xs[i] * scale, y = oy - ys[i] * scale;
            cellOf[i] = -1;
            if (!(x > -reach && x < width + reach && y > -reach && y < height + reach)) continue; // off the layer, or NaN
            int fx = (int) (x + shift) - shift, fy = (int) (y + shift) - shift;
            if (fx - reach < 0 || fy - reach < 0 || fx + reach >= width || fy + reach >= height) {
                stamp(x, y, dot, tints[tintOf[i]]); // clipped at the layer's edge: the few, the slow way
                continue;
            }
            int cell = (fy / CELL_ROWS) * columns + fx / CELL_COLUMNS;
            cellOf[i] = cell;
            baseOf[i] = fy * width + fx;
            kindOf[i] = tintOf[i] * Dot.SUB * Dot.SUB + (int) ((y - fy) * Dot.SUB) * Dot.SUB + (int) ((x - fx) * Dot.SUB);
            start[cell + 1]++;
        }
        for (int c = 0; c < cells; c++) start[c + 1] += start[c];
        int drawn = start[cells];
        // Two halves of the layer are stamped at once when there are many dots: the dots of the rows whose
        // reach crosses the middle come after, alone, so no pixel is written by both threads.
        int middle = (height / 2 / CELL_ROWS) * CELL_ROWS;
        int lastTopRow = Math.floorDiv(middle - reach - CELL_ROWS, CELL_ROWS), firstBottomRow = Math.floorDiv(middle + reach + CELL_ROWS - 1, CELL_ROWS);
        int topEnd = start[Math.max(0, Math.min(cells, (lastTopRow + 1) * columns))];
        int bottomStart = start[Math.max(0, Math.min(cells, firstBottomRow * columns))];
        for (int i = 0; i < n; i++) {
            int cell = cellOf[i];
            if (cell < 0) continue;
            int at = start[cell]++;
            sortedBase[at] = baseOf[i];
            sortedKind[at] = kindOf[i];
        }
        // Per tint and sub-pixel shape, the dot's pixels already coloured; per shape, their offsets in the layer.
        int[][] offsets = offsets(dot);
        int[][] coloured = new int[tints.length * Dot.SUB * Dot.SUB][];
        for (int t = 0; t < tints.length; t++) {
            int[][] shapes = dot.coloured(tints[t]);
            System.arraycopy(shapes, 0, coloured, t * shapes.length, shapes.length);
        }
        if (drawn >= PARALLEL_DOTS && topEnd <= bottomStart && Runtime.getRuntime().availableProcessors() > 1) {
            java.util.concurrent.CompletableFuture<Void> bottom = java.util.concurrent.CompletableFuture.runAsync(
                    () -> stampSorted(bottomStart, drawn, offsets, coloured));
            stampSorted(0, topEnd, offsets, coloured);
            bottom.join();
            stampSorted(topEnd, bottomStart, offsets, coloured);
        } else {
            stampSorted(0, drawn, offsets, coloured);
        }
    }

    /** From this many dots a frame stamps the layer's two halves on two threads. */
    private static final int PARALLEL_DOTS = 20_000;

    private void stampSorted(int from, int to, int[][] offsets, int[][] coloured) {
        int shapeMask = Dot.SUB * Dot.SUB - 1;
        for (int k = from; k < to; k++) {
            int base = sortedBase[k], kind = sortedKind[k];
            int[] off = offsets[kind & shapeMask], colour = coloured[kind];
            for (int t = 0; t < off.length; t++) {
                int at = base + off[t], src = colour[t], dst = pre[at];
                pre[at] = dst == 0 || src >>> 24 == 255 ? src : over(src, dst);
            }
        }
    }

    private Dot offsetsDot;
    private int[][] offsets;

    /** Per sub-pixel shape of {@code dot}, each of its pixels' offset from the centre pixel in this layer. */
    private int[][] offsets(Dot dot) {
        if (offsetsDot != dot) {
            offsets = new int[dot.shapes.length][];
            for (int s = 0; s < dot.shapes.length; s++) {
                Dot.Shape shape = dot.shapes[s];
                int[] off = new int[shape.coverage().length];
                int k = 0;
                for (int row = 0; row < shape.rowDy().length; row++) {
                    for (int t = 0; t < shape.rowLen()[row]; t++) off[k++] = shape.rowDy()[row] * width + shape.rowDx()[row] + t;
                }
                offsets[s] = off;
            }
            offsetsDot = dot;
        }
        return offsets;
    }

    /** Stamps {@code dot} centred at (cx, cy) in {@code tint} (from {@link #tint}). */
    public void stamp(double cx, double cy, Dot dot, int[] tint) {
        if (!(Math.abs(cx) < 1e7) || !(Math.abs(cy) < 1e7)) return; // NaN, or far off the layer
        int fx = (int) Math.floor(cx), fy = (int) Math.floor(cy);
        int sx = (int) ((cx - fx) * Dot.SUB), sy = (int) ((cy - fy) * Dot.SUB);
        int reach = dot.reach;
        if (fx + reach < 0 || fy + reach < 0 || fx - reach >= width || fy - reach >= height) return;
        Dot.Shape shape = dot.shapes[sy * Dot.SUB + sx];
        int[] rowDy = shape.rowDy, rowDx = shape.rowDx, rowLen = shape.rowLen;
        byte[] cov = shape.coverage;
        int k = 0;
        for (int row = 0; row < rowDy.length; row++) {
            int y = fy + rowDy[row], len = rowLen[row];
            if (y < 0 || y >= height) {
                k += len;
                continue;
            }
            int x0 = fx + rowDx[row], base = y * width;
            int from = Math.max(0, -x0), to = Math.min(len, width - x0);
            for (int t = from; t < to; t++) {
                int src = tint[cov[k + t] & 0xff];
                int i = base + x0 + t;
                int dst = pre[i];
                pre[i] = dst == 0 || src >>> 24 == 255 ? src : over(src, dst);
            }
            k += len;
        }
    }

    /** Premultiplied "source over destination", two channels per multiply. */
    private static int over(int src, int dst) {
        int keep = 255 - (src >>> 24);
        int rb = (dst & 0x00FF00FF) * keep + 0x00800080;
        rb = ((rb + ((rb >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
        int ag = ((dst >>> 8) & 0x00FF00FF) * keep + 0x00800080;
        ag = (ag + ((ag >>> 8) & 0x00FF00FF)) & 0xFF00FF00;
        return src + (rb | ag);
    }

    static int unpremultiply(int p) {
        int a = p >>> 24;
        if (a == 0) return 0;
        if (a == 255) return p;
        int r = Math.min(255, (((p >> 16) & 0xff) * 255 + a / 2) / a);
        int g = Math.min(255, (((p >> 8) & 0xff) * 255 + a / 2) / a);
        int b = Math.min(255, ((p & 0xff) * 255 + a / 2) / a);
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    /** Premultiplied pixels as plain ARGB (for surfaces that take only that). */
    public static int[] unpremultiplied(int[] pre) {
        int[] out = new int[pre.length];
        for (int i = 0; i < pre.length; i++) out[i] = unpremultiply(pre[i]);
        return out;
    }

    /**
     * An antialiased disc pre-rendered at {@code SUB}×{@code SUB} sub-pixel offsets of its centre, as runs of
     * coverage per row: coverage = clamp(radius + ½ − distance of the pixel's centre, 0, 1).
     */
    public static final class Dot {
        static final int SUB = 4;
        private static volatile Dot last;
        final double radius;
        final int reach;
        final Shape[] shapes = new Shape[SUB * SUB];

        record Shape(int[] rowDy, int[] rowDx, int[] rowLen, byte[] coverage) {}

        private Dot(double radius) {
            this.radius = radius;
            double outer = radius + 0.5;
            this.reach = (int) Math.ceil(outer) + 1;
            for (int sy = 0; sy < SUB; sy++) {
                for (int sx = 0; sx < SUB; sx++) shapes[sy * SUB + sx] = shape((sx + 0.5) / SUB, (sy + 0.5) / SUB, outer);
            }
        }

        /** A dot of {@code radius} pixels (the last one asked for is kept: a frame asks for one size). */
        public static Dot of(double radius) {
            Dot d = last;
            if (d != null && d.radius == radius) return d;
            d = new Dot(Math.max(0, radius));
            last = d;
            return d;
        }

        /** Per sub-pixel shape, its pixels in {@code tint} (in the order of their coverage). */
        int[][] coloured(int[] tint) {
            int[][] out = new int[shapes.length][];
            for (int s = 0; s < shapes.length; s++) {
                byte[] cov = shapes[s].coverage;
                out[s] = new int[cov.length];
                for (int k = 0; k < cov.length; k++) out[s][k] = tint[cov[k] & 0xff];
            }
            return out;
        }

        /** The runs for a centre at (ox, oy) inside pixel (0, 0). */
        private Shape shape(double ox, double oy, double outer) {
            java.util.List<int[]> rows = new java.util.ArrayList<>();
            java.io.ByteArrayOutputStream cov = new java.io.ByteArrayOutputStream();
            for (int dy = -reach; dy <= reach; dy++) {
                int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
                int[] values = new int[2 * reach + 1];
                for (int dx = -reach; dx <= reach; dx++) {
                    double ex = dx + 0.5 - ox, ey = dy + 0.5 - oy;
                    double c = Math.max(0, Math.min(1, outer - Math.sqrt(ex * ex + ey * ey)));
                    int v = (int) Math.round(c * 255);
                    values[dx + reach] = v;
                    if (v > 0) {
                        first = Math.min(first, dx);
                        last = Math.max(last, dx);
                    }
                }
                if (first > last) continue;
                rows.add(new int[] {dy, first, last - first + 1});
                for (int dx = first; dx <= last; dx++) cov.write(values[dx + reach]);
            }
            int[] rowDy = new int[rows.size()], rowDx = new int[rows.size()], rowLen = new int[rows.size()];
            for (int r = 0; r < rows.size(); r++) {
                rowDy[r] = rows.get(r)[0];
                rowDx[r] = rows.get(r)[1];
                rowLen[r] = rows.get(r)[2];
            }
            return new Shape(rowDy, rowDx, rowLen, cov.toByteArray());
        }
    }
}
