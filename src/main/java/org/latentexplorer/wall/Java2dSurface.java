package org.latentexplorer.wall;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A {@link Surface} over a Java2D image: exports and the command line's {@code render}, no display needed. */
public final class Java2dSurface implements Surface {
    private final Graphics2D g;
    private final boolean vectorPoints;

    public Java2dSurface(BufferedImage image) {
        this(image, 1);
    }

    /**
     * Draws everything {@code scale} times larger (the painter works in units of 1/scale of the image's
     * pixels): an export at a higher resolution that looks like the screen, only sharper. Points are then
     * drawn as circles, so they stay round and smooth.
     */
    public Java2dSurface(BufferedImage image, double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("scale must be > 0, was " + scale);
        this.g = image.createGraphics();
        this.vectorPoints = scale != 1;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        if (scale != 1) g.scale(scale, scale);
    }

    @Override public boolean prefersVectorPoints() {
        return vectorPoints;
    }

    private static Color color(int argb) {
        return new Color(argb, true);
    }

    @Override public void fillRect(double x, double y, double w, double h, int argb) {
        g.setColor(color(argb));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void strokeRect(double x, double y, double w, double h, double lineWidth, int argb) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override public void strokeLine(double x1, double y1, double x2, double y2, double lineWidth, int argb) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override public void fillCircle(double cx, double cy, double r, int argb) {
        g.setColor(color(argb));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override public void strokeCircle(double cx, double cy, double r, double lineWidth, int argb) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    @Override public void strokeEllipse(double cx, double cy, double rx, double ry, double lineWidth, int argb) {
        g.setColor(color(argb));
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
    }

    private Font font(double size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size));
    }

    @Override public void text(String text, double x, double y, double size, boolean bold, int argb, Align align) {
        g.setFont(font(size, bold));
        g.setColor(color(argb));
        double w = g.getFontMetrics().stringWidth(text);
        double left = align == Align.LEFT ? x : align == Align.CENTER ? x - w / 2 : x - w;
        g.drawString(text, (float) left, (float) y);
    }

    @Override public double textWidth(String text, double size, boolean bold) {
        return g.getFontMetrics(font(size, bold)).stringWidth(text);
    }

    @Override public void drawPixels(int[] argb, int width, int height, double x, double y) {
        g.drawImage(Images.wrapArgb(argb, width, height), (int) Math.round(x), (int) Math.round(y), null);
    }

    @Override public void drawPremultipliedPixels(int[] argbPre, int width, int height, double x, double y) {
        g.drawImage(Images.wrapArgbPremultiplied(argbPre, width, height), (int) Math.round(x), (int) Math.round(y), null);
    }

    @Override public void drawPixelsScaled(int[] argb, int width, int height, double x, double y, double w, double h) {
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(Images.wrapArgb(argb, width, height), (int) Math.round(x), (int) Math.round(y),
                (int) Math.round(w), (int) Math.round(h), null);
        if (old != null) g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
    }

    public void dispose() {
        g.dispose();
    }
}
