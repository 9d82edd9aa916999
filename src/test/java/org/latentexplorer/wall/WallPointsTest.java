package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wall's point layer: where points land, how they look next to vector circles, and its cache. */
class WallPointsTest {
    private static final int W = 400, H = 300;

    private static WallScene scene(double[] xs, double[] ys, int[] labels) {
        return new WallScene(xs, ys, labels, List.of(), "", "x", "y", -1, null, "");
    }

    /** Scattered points far enough apart that no two dots touch (so drawing order cannot matter). */
    private static WallScene scattered(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] xs = new double[n], ys = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -4.5 + (i % 10) + random.nextDouble() * 0.3;
            ys[i] = -2.5 + (i / 10) + random.nextDouble() * 0.3;
            labels[i] = i % 10;
        }
        return scene(xs, ys, labels);
    }

    private static BufferedImage paint(WallPainter painter, WallScene scene, Viewport vp, boolean vectorPoints) {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
        // A surface at scale 1 that asks for vector points: Java2D's antialiased circles, the export's way.
        Java2dSurface surface = new Java2dSurface(image);
        painter.paint(vectorPoints ? new Over(surface) {
            @Override public boolean prefersVectorPoints() { return true; }
        } : surface, scene, vp, WallTheme.DEFAULT, null);
        surface.dispose();
        return image;
    }

    @Test
    void aPointsDotIsCentredWhereTheViewportPutsIt() {
        Viewport vp = new Viewport(0.3, -0.2, 37, W, H);
        double[][] at = {{0.3, -0.2}, {2.17, 1.05}, {-3.4, -2.9}};
        for (double[] p : at) {
            WallScene one = scene(new double[] {p[0]}, new double[] {p[1]}, new int[] {0});
            PointRaster layer = new PointRaster(W, H);
            new WallPainter().paint(new Over(new Java2dSurface(new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB))) {
                @Override public void drawPremultipliedPixels(int[] argbPre, int width, int height, double x, double y) {
                    System.arraycopy(argbPre, 0, layer.premultiplied(), 0, argbPre.length);
                }
            }, one, vp, WallTheme.DEFAULT, null);
            double sum = 0, cx = 0, cy = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    double a = layer.argb(x, y) >>> 24;
                    sum += a;
                    cx += a * (x + 0.5);
                    cy += a * (y + 0.5);
                }
            }
            assertTrue(sum > 0, "the point was drawn");
            // Sub-pixel positions are rounded to quarters of a pixel: within 1/8 px, plus the rim's rounding.
            assertEquals(vp.toPixelX(p[0]), cx / sum, 0.2, "x of " + java.util.Arrays.toString(p));
            assertEquals(vp.toPixelY(p[1]), cy / sum, 0.2, "y of " + java.util.Arrays.toString(p));
        }
    }

    @Test
    void thePointLayerLooksLikeAntialiasedVectorCircles() {
        WallScene scene = scattered(60, 3);
        Viewport vp = new Viewport(0, 0, 38, W, H);
        BufferedImage raster = paint(new WallPainter(), scene, vp, false);
        BufferedImage vector = paint(new WallPainter(), scene, vp, true);
        long diff = 0;
        int worst = 0, inked = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int a = raster.getRGB(x, y), b = vector.getRGB(x, y);
                if (a != 0xFFFFFFFF) inked++;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int d = Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff));
                    diff += d;
                    worst = Math.max(worst, d);
                }
            }
        }
        assertTrue(inked > 60 * 15, "points were drawn: " + inked + " pixels");
        // Both draw a disc of the same radius at the same place; they differ only in how the rim is antialiased.
        assertTrue(diff / (3.0 * inked) < 12, "mean difference per inked channel " + diff / (3.0 * inked));
        assertTrue(worst < 140, "no pixel is wholly different (a point drawn elsewhere): worst " + worst);
    }

    @Test
    void marksOnlyChangesReuseTheLayerButNewLabelsOrAMovedViewRedrawIt() {
        WallScene scene = scattered(40, 5);
        Viewport vp = new Viewport(0, 0, 38, W, H);
        WallPainter painter = new WallPainter();
        BufferedImage first = paint(painter, scene, vp, false);
        BufferedImage selected = paint(painter, scene.withSelected(3), vp, false);
        int px = (int) vp.toPixelX(scene.xs()[0]), py = (int) vp.toPixelY(scene.ys()[0]);
        assertEquals(first.getRGB(px, py), selected.getRGB(px, py), "point 0 is drawn the same after selecting point 3");

        int[] relabelled = new int[scene.count()];
        java.util.Arrays.fill(relabelled, 3);
        BufferedImage recoloured = paint(painter, scene(scene.xs(), scene.ys(), relabelled), vp, false);
        assertNotEquals(first.getRGB(px, py), recoloured.getRGB(px, py), "new labels, new colours");

        BufferedImage moved = paint(painter, scene, vp.panByPixels(40, 0), false);
        assertEquals(first.getRGB(px, py), moved.getRGB(px + 40, py), "the point moved with the view");
    }

    @Test
    void seventyThousandPointsAreDrawnSmallerThanTenThousand() {
        assertEquals(WallTheme.DEFAULT.pointRadius(), WallPainter.pointRadius(WallTheme.DEFAULT, 10_000));
        double full = WallPainter.pointRadius(WallTheme.DEFAULT, 70_000);
        assertTrue(full < WallTheme.DEFAULT.pointRadius() * 0.7 && full >= WallTheme.DEFAULT.pointRadius() * 0.55, "radius " + full);
    }

    /** A surface passing everything to another, for a test to change one answer. */
    private static class Over implements Surface {
        private final Surface s;

        Over(Surface s) { this.s = s; }

        @Override public void fillRect(double x, double y, double w, double h, int argb) { s.fillRect(x, y, w, h, argb); }
        @Override public void strokeRect(double x, double y, double w, double h, double lw, int argb) { s.strokeRect(x, y, w, h, lw, argb); }
        @Override public void strokeLine(double x1, double y1, double x2, double y2, double lw, int argb) { s.strokeLine(x1, y1, x2, y2, lw, argb); }
        @Override public void fillCircle(double cx, double cy, double r, int argb) { s.fillCircle(cx, cy, r, argb); }
        @Override public void strokeCircle(double cx, double cy, double r, double lw, int argb) { s.strokeCircle(cx, cy, r, lw, argb); }
        @Override public void strokeEllipse(double cx, double cy, double rx, double ry, double lw, int argb) { s.strokeEllipse(cx, cy, rx, ry, lw, argb); }
        @Override public void text(String t, double x, double y, double size, boolean bold, int argb, Align align) { s.text(t, x, y, size, bold, argb, align); }
        @Override public double textWidth(String t, double size, boolean bold) { return s.textWidth(t, size, bold); }
        @Override public void drawPixels(int[] argb, int w, int h, double x, double y) { s.drawPixels(argb, w, h, x, y); }
        @Override public void drawPremultipliedPixels(int[] pre, int w, int h, double x, double y) { s.drawPremultipliedPixels(pre, w, h, x, y); }
        @Override public void drawPixelsScaled(int[] argb, int w, int h, double x, double y, double dw, double dh) { s.drawPixelsScaled(argb, w, h, x, y, dw, dh); }
    }
}
