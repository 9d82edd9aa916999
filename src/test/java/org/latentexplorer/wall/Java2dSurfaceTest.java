package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class Java2dSurfaceTest {
    @Test
    void drawnPixelsLandAtTheirOffsetAndBlendOverTheBackground() {
        int[] argb = {0xFFFF0000, 0xFF00FF00, 0x00000000, 0x800000FF};
        BufferedImage image = new BufferedImage(5, 5, BufferedImage.TYPE_INT_ARGB);
        Java2dSurface surface = new Java2dSurface(image);
        surface.fillRect(0, 0, 5, 5, 0xFFFFFFFF);
        surface.drawPixels(argb, 2, 2, 1, 2);
        surface.dispose();
        assertEquals(0xFFFFFFFF, image.getRGB(0, 0));
        assertEquals(0xFFFF0000, image.getRGB(1, 2));
        assertEquals(0xFF00FF00, image.getRGB(2, 2));
        assertEquals(0xFFFFFFFF, image.getRGB(1, 3), "a transparent pixel leaves the background");
        int blended = image.getRGB(2, 3);
        assertEquals(0xFF, blended & 0xFF);
        assertEquals(127, (blended >> 16) & 0xFF, 2, "half-opaque blue over white is half white");
    }

    @Test
    void wrappedPixelsAreSharedNotCopied() {
        int[] argb = new int[6];
        BufferedImage image = Images.wrapArgb(argb, 3, 2);
        argb[4] = 0xFF123456;
        assertEquals(0xFF123456, image.getRGB(1, 1));
        assertThrows(IllegalArgumentException.class, () -> Images.wrapArgb(new int[5], 3, 2));
    }
}
