package org.latentexplorer.wall;

/**
 * Maps latent coordinates to pixels with one scale for both axes (a circle stays a circle, so asymmetry
 * on the wall is real), y up. Immutable: zoom and pan return new viewports.
 */
public record Viewport(double centerX, double centerY, double pixelsPerUnit, double width, double height) {
    public double toPixelX(double x) {
        return width / 2 + (x - centerX) * pixelsPerUnit;
    }

    public double toPixelY(double y) {
        return height / 2 - (y - centerY) * pixelsPerUnit;
    }

    public double toLatentX(double px) {
        return centerX + (px - width / 2) / pixelsPerUnit;
    }

    public double toLatentY(double py) {
        return centerY - (py - height / 2) / pixelsPerUnit;
    }

    /** A viewport showing all of [x0, x1] × [y0, y1] with a margin of {@code margin} pixels. */
    public static Viewport fit(double x0, double x1, double y0, double y1, double width, double height, double margin) {
        double spanX = Math.max(1e-9, x1 - x0), spanY = Math.max(1e-9, y1 - y0);
        double scale = Math.min(Math.max(1, width - 2 * margin) / spanX, Math.max(1, height - 2 * margin) / spanY);
        return new Viewport((x0 + x1) / 2, (y0 + y1) / 2, scale, width, height);
    }

    /**
     * A viewport showing all of [x0, x1] × [y0, y1] inside the part of the wall that its insets (pixels at
     * the top, right, bottom and left) leave free: the title box and the legend cover those.
     */
    public static Viewport fitInside(double x0, double x1, double y0, double y1, double width, double height,
                                     double top, double right, double bottom, double left) {
        double spanX = Math.max(1e-9, x1 - x0), spanY = Math.max(1e-9, y1 - y0);
        double freeW = Math.max(1, width - left - right), freeH = Math.max(1, height - top - bottom);
        double scale = Math.min(freeW / spanX, freeH / spanY);
        // The centre of the free area, in latent units, lands on the data's centre.
        double cx = (x0 + x1) / 2 - ((left - right) / 2) / scale;
        double cy = (y0 + y1) / 2 + ((top - bottom) / 2) / scale;
        return new Viewport(cx, cy, scale, width, height);
    }

    /** The same view in device pixels of a screen with {@code scale} of them per point (2 on a HiDPI screen). */
    public Viewport scaledBy(double scale) {
        return new Viewport(centerX, centerY, pixelsPerUnit * scale, width * scale, height * scale);
    }

    /** The viewport {@code t} of the way from this one to {@code to} (0 this, 1 that), for smooth moves. */
    public Viewport towards(Viewport to, double t) {
        double logScale = Math.log(pixelsPerUnit) + t * (Math.log(to.pixelsPerUnit) - Math.log(pixelsPerUnit));
        return new Viewport(centerX + t * (to.centerX - centerX), centerY + t * (to.centerY - centerY),
                Math.exp(logScale), to.width, to.height);
    }

    /** Zoom by {@code factor} keeping the latent point under pixel (px, py) where it is. */
    public Viewport zoomAt(double px, double py, double factor) {
        double lx = toLatentX(px), ly = toLatentY(py);
        double scale = Math.max(1e-6, Math.min(1e9, pixelsPerUnit * factor));
        double cx = lx - (px - width / 2) / scale;
        double cy = ly + (py - height / 2) / scale;
        return new Viewport(cx, cy, scale, width, height);
    }

    public Viewport panByPixels(double dx, double dy) {
        return new Viewport(centerX - dx / pixelsPerUnit, centerY + dy / pixelsPerUnit, pixelsPerUnit, width, height);
    }

    public Viewport resized(double newWidth, double newHeight) {
        return new Viewport(centerX, centerY, pixelsPerUnit, newWidth, newHeight);
    }

    public double minX() { return toLatentX(0); }
    public double maxX() { return toLatentX(width); }
    public double minY() { return toLatentY(height); }
    public double maxY() { return toLatentY(0); }
}
