package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointRasterTest {
    private static int at(PointRaster r, int x, int y) {
        return r.argb(x, y);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    @Test
    void opaqueDiscColoursItsCentreWithTheClassColourAndLeavesFarPixelsTransparent() {
        PointRaster raster = new PointRaster(100, 80);
        int rgb = Palette.rgb(3);
        raster.disc(50.5, 40.5, 4, rgb, 1.0);

        assertEquals(0xFF000000 | rgb, at(raster, 50, 40));
        assertEquals(0xFF000000 | rgb, at(raster, 53, 40), "inside the radius");
        assertEquals(0, at(raster, 0, 0));
        assertEquals(0, at(raster, 60, 40));
        assertEquals(0, at(raster, 50, 50));
        int edge = at(raster, 54, 40);
        assertTrue(alpha(edge) > 0 && alpha(edge) < 255, "edge pixel is antialiased, alpha " + alpha(edge));
        // The layer is premultiplied: a faint pixel's colour is known to about 255 / alpha per channel.
        double within = 255.0 / alpha(edge) + 0.5;
        for (int shift = 0; shift <= 16; shift += 8) {
            assertEquals((rgb >> shift) & 0xff, (edge >> shift) & 0xff, within, "antialiasing changes alpha, not colour");
        }
    }

    @Test
    void translucentDiscsBlendOver() {
        PointRaster raster = new PointRaster(20, 20);
        raster.disc(10, 10, 3, 0xFF0000, 0.5);
        assertEquals(0x80FF0000, at(raster, 9, 9));
        raster.disc(10, 10, 3, 0x0000FF, 0.5);
        int both = at(raster, 9, 9);
        assertEquals(0.75 * 255, alpha(both), 1, "0.5 over 0.5 covers 0.75");
        assertEquals(255 / 3.0, (both >> 16) & 0xff, 1, "a third red");
        assertEquals(0, (both >> 8) & 0xff, "no green");
        assertEquals(255 * 2 / 3.0, both & 0xff, 1, "two thirds blue");
    }

    @Test
    void discOutsideTheRasterDrawsNothingAndClearEmpties() {
        PointRaster raster = new PointRaster(10, 10);
        raster.disc(-20, 5, 3, 0x00FF00, 1);
        raster.disc(5, 30, 3, 0x00FF00, 1);
        for (int p : raster.premultiplied()) assertEquals(0, p);
        raster.disc(5, 5, 3, 0x00FF00, 1);
        raster.clear();
        for (int p : raster.premultiplied()) assertEquals(0, p);
    }

    @Test
    void stampingManyPointsMatchesStampingEachInTurnWhereDotsDoNotOverlap() {
        // 400 points on a jittered grid 12 px apart (dots of radius 2.6 never touch), some clipped at the edges.
        int n = 400;
        double[] xs = new double[n], up = new double[n], down = new double[n];
        int[] tintOf = new int[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            xs[i] = (i % 20) * 12 - 3 + random.nextDouble() * 2;
            down[i] = (i / 20) * 12 - 3 + random.nextDouble() * 2;
            up[i] = -down[i]; // stampAll's y axis points up: pixel y = oy − y · scale
            tintOf[i] = i % 3;
        }
        int[][] tints = {PointRaster.tint(Palette.rgb(0), 0.75), PointRaster.tint(Palette.rgb(1), 0.75), PointRaster.tint(Palette.rgb(2), 0.75)};
        PointRaster all = new PointRaster(230, 225), each = new PointRaster(230, 225);
        PointRaster.Dot dot = PointRaster.Dot.of(2.6);
        all.stampAll(xs, up, 1, 0, 0, tintOf, tints, dot);
        for (int i = 0; i < n; i++) each.stamp(xs[i], down[i], dot, tints[tintOf[i]]);
        int[] a = all.premultiplied(), b = each.premultiplied();
        int differing = 0, inked = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) differing++;
            if (a[i] != 0) inked++;
        }
        assertEquals(0, differing);
        assertTrue(inked > n * 15, "dots were drawn: " + inked + " pixels");
    }

    @Test
    void thirtyThousandDotsStampedOnTwoThreadsMatchStampingEachInTurn() {
        // 200 × 150 dots of radius 1.5, 6 px apart: enough for the two-thread path, none touching another.
        int n = 30_000;
        double[] xs = new double[n], up = new double[n], down = new double[n];
        int[] tintOf = new int[n];
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        for (int i = 0; i < n; i++) {
            xs[i] = 3 + (i % 200) * 6 + random.nextDouble() * 0.9;
            down[i] = 3 + (i / 200) * 6 + random.nextDouble() * 0.9;
            up[i] = -down[i];
            tintOf[i] = i % 2;
        }
        int[][] tints = {PointRaster.tint(Palette.rgb(4), 0.75), PointRaster.tint(Palette.rgb(7), 0.75)};
        PointRaster all = new PointRaster(1203, 903), each = new PointRaster(1203, 903);
        PointRaster.Dot dot = PointRaster.Dot.of(1.5);
        all.stampAll(xs, up, 1, 0, 0, tintOf, tints, dot);
        for (int i = 0; i < n; i++) each.stamp(xs[i], down[i], dot, tints[tintOf[i]]);
        assertTrue(java.util.Arrays.equals(all.premultiplied(), each.premultiplied()), "same pixels");
        int inked = 0;
        for (int p : all.premultiplied()) if (p != 0) inked++;
        assertTrue(inked > n * 6, "dots were drawn: " + inked);
    }

    @Test
    void blendingOverlappingDotsKeepsPremultipliedChannelsWithinAlpha() {
        PointRaster raster = new PointRaster(16, 16);
        for (int k = 0; k < 50; k++) raster.disc(8 + (k % 3) * 0.3, 8, 4, Palette.rgb(k % 10), 0.75);
        for (int p : raster.premultiplied()) {
            int a = p >>> 24;
            assertTrue(((p >> 16) & 0xff) <= a && ((p >> 8) & 0xff) <= a && (p & 0xff) <= a, Integer.toHexString(p));
        }
        assertEquals(255, raster.argb(8, 8) >>> 24, "fifty dots of 0.75 cover the centre fully");
    }
}
