package org.latentexplorer.ui.wall;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.latentexplorer.wall.Surface;

/** A {@link Surface} over a JavaFX canvas, so the app draws the wall with the same painter as exports. */
final class FxSurface implements Surface {
    private final GraphicsContext g;
    private final Text measure = new Text();
    private WritableImage buffer;
    private WritableImage scaledBuffer;
    private WritableImage preBuffer;

    FxSurface(GraphicsContext g) {
        this.g = g;
        g.setTextBaseline(VPos.BASELINE);
    }

    private static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
    }

    private static Font font(double size, boolean bold) {
        return Font.font(Font.getDefault().getFamily(), bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    @Override public void fillRect(double x, double y, double w, double h, int argb) {
        g.setFill(color(argb));
        g.fillRect(x, y, w, h);
    }

    @Override public void strokeRect(double x, double y, double w, double h, double lineWidth, int argb) {
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        g.strokeRect(x, y, w, h);
    }

    @Override public void strokeLine(double x1, double y1, double x2, double y2, double lineWidth, int argb) {
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override public void fillCircle(double cx, double cy, double r, int argb) {
        g.setFill(color(argb));
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override public void strokeCircle(double cx, double cy, double r, double lineWidth, int argb) {
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override public void strokeEllipse(double cx, double cy, double rx, double ry, double lineWidth, int argb) {
        g.setStroke(color(argb));
        g.setLineWidth(lineWidth);
        g.strokeOval(cx - rx, cy - ry, 2 * rx, 2 * ry);
    }

    @Override public void text(String text, double x, double y, double size, boolean bold, int argb, Align align) {
        g.setFont(font(size, bold));
        g.setFill(color(argb));
        g.setTextAlign(align == Align.LEFT ? TextAlignment.LEFT : align == Align.CENTER ? TextAlignment.CENTER : TextAlignment.RIGHT);
        g.fillText(text, x, y);
    }

    @Override public double textWidth(String text, double size, boolean bold) {
        measure.setFont(font(size, bold));
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }

    @Override public void drawPixels(int[] argb, int width, int height, double x, double y) {
        buffer = fill(buffer, argb, width, height);
        g.drawImage(buffer, x, y);
    }

    @Override public void drawPremultipliedPixels(int[] argbPre, int width, int height, double x, double y) {
        if (preBuffer == null || preBuffer.getWidth() != width || preBuffer.getHeight() != height) preBuffer = new WritableImage(width, height);
        preBuffer.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), argbPre, 0, width);
        g.drawImage(preBuffer, x, y);
    }

    @Override public void drawPixelsScaled(int[] argb, int width, int height, double x, double y, double w, double h) {
        scaledBuffer = fill(scaledBuffer, argb, width, height);
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false);
        g.drawImage(scaledBuffer, x, y, w, h);
        g.setImageSmoothing(smooth);
    }

    private static WritableImage fill(WritableImage image, int[] argb, int width, int height) {
        WritableImage target = image != null && image.getWidth() == width && image.getHeight() == height
                ? image : new WritableImage(width, height);
        target.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return target;
    }
}
