package org.latentexplorer.wall;

/**
 * The few drawing operations the wall needs, so the same {@link WallPainter} draws on a JavaFX canvas in the
 * app and into a PNG on the command line. Colours are ARGB ints.
 */
public interface Surface {
    enum Align { LEFT, CENTER, RIGHT }

    void fillRect(double x, double y, double w, double h, int argb);

    void strokeRect(double x, double y, double w, double h, double lineWidth, int argb);

    void strokeLine(double x1, double y1, double x2, double y2, double lineWidth, int argb);

    void fillCircle(double cx, double cy, double r, int argb);

    void strokeCircle(double cx, double cy, double r, double lineWidth, int argb);

    /** An axis-aligned ellipse outline with radii rx (horizontal) and ry (vertical). */
    void strokeEllipse(double cx, double cy, double rx, double ry, double lineWidth, int argb);

    /** Text with its baseline at y. */
    void text(String text, double x, double y, double size, boolean bold, int argb, Align align);

    double textWidth(String text, double size, boolean bold);

    /** ARGB pixels (non-premultiplied), drawn 1:1 at (x, y). */
    void drawPixels(int[] argb, int width, int height, double x, double y);

    /**
     * ARGB pixels premultiplied by alpha (the point layer), drawn 1:1 at (x, y). Surfaces that composite
     * premultiplied pixels natively (JavaFX, Java2D) take them as they are.
     */
    default void drawPremultipliedPixels(int[] argbPre, int width, int height, double x, double y) {
        drawPixels(PointRaster.unpremultiplied(argbPre), width, height, x, y);
    }

    /** ARGB pixels scaled to the given box without smoothing. */
    void drawPixelsScaled(int[] argb, int width, int height, double x, double y, double w, double h);

    /**
     * True if scatter points should be drawn one circle each (an SVG, a scaled export) rather than stamped
     * into one pixel layer at this surface's resolution.
     */
    default boolean prefersVectorPoints() {
        return false;
    }
}
