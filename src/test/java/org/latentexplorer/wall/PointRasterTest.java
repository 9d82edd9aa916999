package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointRasterTest {
    private static int at(PointRaster r, int x, int y) {
        return r.pixels()[y * r.width() + x];
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
        assertEquals(rgb, edge & 0xFFFFFF, "antialiasing changes alpha, not colour");
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
        for (int p : raster.pixels()) assertEquals(0, p);
        raster.disc(5, 5, 3, 0x00FF00, 1);
        raster.clear();
        for (int p : raster.pixels()) assertEquals(0, p);
    }
}
