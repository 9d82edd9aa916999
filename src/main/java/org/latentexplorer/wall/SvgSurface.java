package org.latentexplorer.wall;

import javax.imageio.ImageIO;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * A {@link Surface} that records the drawing as an SVG document, so the wall can be exported as a vector
 * picture: points, lines, rings and text become SVG elements; pixel pictures (a terrain) are embedded as
 * PNG images. Asks the painter for points as circles ({@link #prefersVectorPoints()}). No display needed.
 */
public final class SvgSurface implements Surface {
    private static final FontRenderContext FONTS = new FontRenderContext(null, true, true);
    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(1 << 16);
    private int elements;

    public SvgSurface(double width, double height) {
        if (!(width > 0) || !(height > 0)) throw new IllegalArgumentException("SVG size must be positive, was " + width + "×" + height);
        this.width = width;
        this.height = height;
    }

    @Override public boolean prefersVectorPoints() {
        return true;
    }

    @Override public void fillRect(double x, double y, double w, double h, int argb) {
        element("rect").num("x", x).num("y", y).num("width", w).num("height", h).fill(argb).end();
    }

    @Override public void strokeRect(double x, double y, double w, double h, double lineWidth, int argb) {
        element("rect").num("x", x).num("y", y).num("width", w).num("height", h).attr("fill", "none")
                .stroke(argb, lineWidth).end();
    }

    @Override public void strokeLine(double x1, double y1, double x2, double y2, double lineWidth, int argb) {
        element("line").num("x1", x1).num("y1", y1).num("x2", x2).num("y2", y2).stroke(argb, lineWidth).end();
    }

    @Override public void fillCircle(double cx, double cy, double r, int argb) {
        element("circle").num("cx", cx).num("cy", cy).num("r", r).fill(argb).end();
    }

    @Override public void strokeCircle(double cx, double cy, double r, double lineWidth, int argb) {
        element("circle").num("cx", cx).num("cy", cy).num("r", r).attr("fill", "none").stroke(argb, lineWidth).end();
    }

    @Override public void strokeEllipse(double cx, double cy, double rx, double ry, double lineWidth, int argb) {
        element("ellipse").num("cx", cx).num("cy", cy).num("rx", rx).num("ry", ry).attr("fill", "none").stroke(argb, lineWidth).end();
    }

    @Override public void text(String text, double x, double y, double size, boolean bold, int argb, Align align) {
        element("text").num("x", x).num("y", y).attr("font-family", "sans-serif").num("font-size", size);
        if (bold) attr("font-weight", "bold");
        if (align != Align.LEFT) attr("text-anchor", align == Align.CENTER ? "middle" : "end");
        fill(argb);
        body.append('>').append(escape(text)).append("</text>\n");
    }

    @Override public double textWidth(String text, double size, boolean bold) {
        Font font = new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(size));
        return font.getStringBounds(text, FONTS).getWidth();
    }

    @Override public void drawPixels(int[] argb, int width, int height, double x, double y) {
        drawPixelsScaled(argb, width, height, x, y, width, height);
    }

    @Override public void drawPixelsScaled(int[] argb, int width, int height, double x, double y, double w, double h) {
        String png;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (!ImageIO.write(Images.argbImage(argb, width, height), "png", bytes)) throw new IOException("no PNG writer available");
            png = Base64.getEncoder().encodeToString(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        element("image").num("x", x).num("y", y).num("width", w).num("height", h)
                .attr("preserveAspectRatio", "none").attr("image-rendering", "pixelated")
                .attr("style", "image-rendering:pixelated")
                .attr("xlink:href", "data:image/png;base64," + png).end();
    }

    /** How many elements were drawn (for tests and a sanity check of the output size). */
    public int elementCount() {
        return elements;
    }

    /** The whole document. */
    public String toSvg() {
        String w = fmt(width), h = fmt(height);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\""
                + " width=\"" + w + "\" height=\"" + h + "\" viewBox=\"0 0 " + w + " " + h + "\">\n"
                // The root viewport clips to the picture. stroke="none" is the default; saying it helps simple renderers.
                + "<g stroke=\"none\">\n" + body + "</g>\n</svg>\n";
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(toSvg().getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------- writing

    private SvgSurface element(String name) {
        elements++;
        body.append('<').append(name);
        return this;
    }

    private SvgSurface attr(String name, String value) {
        body.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    private SvgSurface num(String name, double value) {
        body.append(' ').append(name).append("=\"").append(fmt(value)).append('"');
        return this;
    }

    private SvgSurface fill(int argb) {
        attr("fill", rgb(argb));
        int a = (argb >>> 24) & 0xff;
        if (a != 255) body.append(" fill-opacity=\"").append(fmt(a / 255.0)).append('"');
        return this;
    }

    private SvgSurface stroke(int argb, double lineWidth) {
        attr("stroke", rgb(argb)).num("stroke-width", lineWidth);
        int a = (argb >>> 24) & 0xff;
        if (a != 255) body.append(" stroke-opacity=\"").append(fmt(a / 255.0)).append('"');
        return this;
    }

    private void end() {
        body.append("/>\n");
    }

    private static String rgb(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xFFFFFF);
    }

    /** At most 2 decimals, no trailing zeros: "12", "3.5", "-0.25". */
    static String fmt(double v) {
        if (!Double.isFinite(v)) return "0";
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.indexOf('.') >= 0) {
            int end = s.length();
            while (s.charAt(end - 1) == '0') end--;
            if (s.charAt(end - 1) == '.') end--;
            s = s.substring(0, end);
        }
        return s.equals("-0") ? "0" : s;
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    // Control characters other than tab and newline are not allowed in XML 1.0.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') sb.append(' ');
                    else sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
