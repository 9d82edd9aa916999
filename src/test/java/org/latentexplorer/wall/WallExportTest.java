package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PNG exports have the requested size and show the requested latent box. */
class WallExportTest {
    @Test
    void pngHasTheRequestedSizeAndPointsWhereTheBoxPutsThem() {
        WallScene scene = SvgSurfaceTest.scene();
        double[] box = {-2, 2, -2, 2};
        for (double scale : new double[] {1, 3}) {
            BufferedImage image = WallExport.png(scene, box, 900, 600, scale, WallTheme.DEFAULT, null);
            assertEquals(900, image.getWidth());
            assertEquals(600, image.getHeight());
            // Point 1 at (1, 1), class 1 (orange): the box is fitted to the 600-pixel height, 150 px per unit.
            Viewport vp = WallExport.viewport(box, 900, 600);
            int px = (int) Math.round(vp.toPixelX(1)), py = (int) Math.round(vp.toPixelY(1));
            int rgb = image.getRGB(px, py) & 0xFFFFFF;
            int expected = Palette.rgb(1);
            assertTrue(Math.abs(((rgb >> 16) & 0xff) - ((expected >> 16) & 0xff)) < 40
                    && Math.abs((rgb & 0xff) - (expected & 0xff)) < 60, String.format("scale %s: pixel %06x", scale, rgb));
        }
    }

    @Test
    void aLargerScaleDrawsLargerPoints() {
        WallScene scene = new WallScene(new double[] {0}, new double[] {0}, new int[] {0}, java.util.List.of(), "", "z0", "z1",
                -1, null, "");
        double[] box = {-1, 1, -1, 1};
        int small = inked(WallExport.png(scene, box, 400, 400, 1, WallTheme.DEFAULT, null));
        int large = inked(WallExport.png(scene, box, 400, 400, 4, WallTheme.DEFAULT, null));
        assertTrue(large > 10 * small, small + " vs " + large);
    }

    private static int inked(BufferedImage image) {
        int n = 0;
        for (int y = 150; y < 250; y++) {
            for (int x = 150; x < 250; x++) {
                int rgb = image.getRGB(x, y);
                if ((rgb & 0xff) > 120 && ((rgb >> 16) & 0xff) < 140) n++; // the blue of class 0
            }
        }
        return n;
    }

    @Test
    void sizesAreChecked() {
        WallScene scene = SvgSurfaceTest.scene();
        assertThrows(IllegalArgumentException.class, () -> WallExport.png(scene, new double[] {-1, 1, -1, 1}, 8, 600, 1, WallTheme.DEFAULT, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WallExport.png(scene, new double[] {-1, 1, -1, 1}, 20000, 20000, 1, WallTheme.DEFAULT, null));
        assertTrue(e.getMessage().contains("megapixels"), e.getMessage());
    }
}
