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
        rgb &= 0xFFFFFF;
        // This loop is most of a 10,000-point frame: float maths, a square root only on the antialiased rim, and a
        // plain store where nothing has been drawn yet.
        float outer = (float) (radius + 0.5), inner = Math.max(0f, outer - 1);
        float outer2 = outer * outer, inner2 = inner * inner, a = (float) Math.max(0, Math.min(1, alpha));
        int solid = (Math.round(a * 255) << 24) | rgb;
        float fcx = (float) cx, fcy = (float) cy;
        for (int y = y0; y <= y1; y++) {
            float dy = y + 0.5f - fcy, dy2 = dy * dy;
            if (dy2 >= outer2) continue;
            int row = y * width;
            for (int x = x0; x <= x1; x++) {
                float dx = x + 0.5f - fcx, d2 = dx * dx + dy2;
                if (d2 >= outer2) continue;
                float pa = d2 <= inner2 ? a : a * (outer - (float) Math.sqrt(d2));
                if (pa <= 0) continue;
                int i = row + x;
                if (argb[i] == 0) argb[i] = pa == a ? solid : (Math.round(pa * 255) << 24) | rgb;
                else blend(i, rgb, pa);
            }
        }
    }

    private void blend(int i, int rgb, float a) {
        int dst = argb[i];
        float da = (dst >>> 24) / 255f;
        float keep = da * (1 - a);
        float oa = a + keep;
        if (oa <= 0) return;
        float inv = 1 / oa;
        int r = Math.round((((rgb >> 16) & 0xff) * a + ((dst >> 16) & 0xff) * keep) * inv);
        int g = Math.round((((rgb >> 8) & 0xff) * a + ((dst >> 8) & 0xff) * keep) * inv);
        int b = Math.round(((rgb & 0xff) * a + (dst & 0xff) * keep) * inv);
        argb[i] = (Math.round(oa * 255) << 24) | (r << 16) | (g << 8) | b;
    }
}
