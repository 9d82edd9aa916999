package org.latentexplorer.wall;

/**
 * Draws thousands of scatter points into an ARGB pixel buffer by stamping a pre-antialiased disc: one pass,
 * no per-point objects, identical in the app and in exported images.
 */
public final class PointRaster {
    private final int width;
    private final int height;
    private final int[] argb;

    public PointRaster(int width, int height) {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        this.argb = new int[this.width * this.height];
    }

    public int width() { return width; }
    public int height() { return height; }
    public int[] pixels() { return argb; }

    public void clear() {
        java.util.Arrays.fill(argb, 0);
    }

    /** A disc of {@code radius} pixels in colour {@code rgb} at opacity {@code alpha} (0..1), "over" blending. */
    public void disc(double cx, double cy, double radius, int rgb, double alpha) {
        int x0 = (int) Math.floor(cx - radius - 1), x1 = (int) Math.ceil(cx + radius + 1);
        int y0 = (int) Math.floor(cy - radius - 1), y1 = (int) Math.ceil(cy + radius + 1);
        if (x1 < 0 || y1 < 0 || x0 >= width || y0 >= height) return;
        x0 = Math.max(0, x0); y0 = Math.max(0, y0);
        x1 = Math.min(width - 1, x1); y1 = Math.min(height - 1, y1);
        int sr = (rgb >> 16) & 0xff, sg = (rgb >> 8) & 0xff, sb = rgb & 0xff;
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            int row = y * width;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double coverage = radius + 0.5 - Math.sqrt(dx * dx + dy * dy);
                if (coverage <= 0) continue;
                double a = alpha * Math.min(1, coverage);
                blend(row + x, sr, sg, sb, a);
            }
        }
    }

    private void blend(int i, int sr, int sg, int sb, double a) {
        int dst = argb[i];
        double da = ((dst >>> 24) & 0xff) / 255.0;
        double oa = a + da * (1 - a);
        if (oa <= 0) return;
        double dr = (dst >> 16) & 0xff, dg = (dst >> 8) & 0xff, db = dst & 0xff;
        int r = (int) Math.round((sr * a + dr * da * (1 - a)) / oa);
        int g = (int) Math.round((sg * a + dg * da * (1 - a)) / oa);
        int b = (int) Math.round((sb * a + db * da * (1 - a)) / oa);
        argb[i] = ((int) Math.round(oa * 255) << 24) | (r << 16) | (g << 8) | b;
    }
}
