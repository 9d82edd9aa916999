package org.latentexplorer.wall;

/**
 * A small greyscale canvas (values in [0, 1], white ink on black like MNIST) drawn with a round, soft brush.
 * Coordinates are in image pixels, x right and y down; pixel (i, j) covers [i, i+1) × [j, j+1).
 */
public final class Sketch {
    private final int height;
    private final int width;
    private final double radius;
    private final float[] ink;

    /** A blank {@code height × width} canvas with a brush of {@code radius} pixels (its soft edge adds ½ pixel). */
    public Sketch(int height, int width, double radius) {
        if (height < 1 || width < 1) throw new IllegalArgumentException("sketch size must be positive, was " + height + "×" + width);
        if (!(radius > 0)) throw new IllegalArgumentException("brush radius must be > 0, was " + radius);
        this.height = height;
        this.width = width;
        this.radius = radius;
        this.ink = new float[height * width];
    }

    public int height() { return height; }
    public int width() { return width; }
    public double radius() { return radius; }

    /**
     * Inks the segment from (x0, y0) to (x1, y1): each pixel gets max(its ink, clamp(r + ½ − d, 0, 1)) with d
     * the distance from its centre to the segment, so strokes are r pixels thick each side with a soft rim.
     */
    public void stroke(double x0, double y0, double x1, double y1) {
        double reach = radius + 0.5;
        int c0 = (int) Math.floor(Math.min(x0, x1) - reach), c1 = (int) Math.ceil(Math.max(x0, x1) + reach);
        int r0 = (int) Math.floor(Math.min(y0, y1) - reach), r1 = (int) Math.ceil(Math.max(y0, y1) + reach);
        double dx = x1 - x0, dy = y1 - y0, len2 = dx * dx + dy * dy;
        for (int r = Math.max(0, r0); r <= Math.min(height - 1, r1); r++) {
            for (int c = Math.max(0, c0); c <= Math.min(width - 1, c1); c++) {
                double px = c + 0.5, py = r + 0.5;
                double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
                double ex = px - (x0 + t * dx), ey = py - (y0 + t * dy);
                double value = Math.max(0, Math.min(1, reach - Math.sqrt(ex * ex + ey * ey)));
                int i = r * width + c;
                if (value > ink[i]) ink[i] = (float) value;
            }
        }
    }

    /** A single dab of the brush. */
    public void dot(double x, double y) {
        stroke(x, y, x, y);
    }

    public void clear() {
        java.util.Arrays.fill(ink, 0f);
    }

    public boolean isEmpty() {
        for (float v : ink) if (v > 0) return false;
        return true;
    }

    /** A copy of the pixels, row-major. */
    public float[] pixels() {
        return ink.clone();
    }

    /** Replaces the drawing (a loaded image). */
    public void set(float[] pixels) {
        if (pixels.length != ink.length) throw new IllegalArgumentException("expected " + ink.length + " pixels, got " + pixels.length);
        for (int i = 0; i < ink.length; i++) ink[i] = Math.max(0f, Math.min(1f, pixels[i]));
    }
}
