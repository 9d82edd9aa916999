package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;
import org.latentexplorer.data.ColourShapes;
import org.latentexplorer.data.ImageSet;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Colour images (three channel-first planes) are drawn in colour wherever images are drawn. */
class ColourPicturesTest {
    private static final int SIDE = 16;
    private static final ImageSet SHAPES = ColourShapes.images(9, SIDE, 7);

    private static float[][] tiles() {
        float[][] tiles = new float[SHAPES.count()][];
        for (int i = 0; i < tiles.length; i++) tiles[i] = SHAPES.image(i);
        return tiles;
    }

    /** Which of R, G and B is clearly the largest in {@code argb}, or -1 when none is (gray, black). */
    private static int dominant(int argb) {
        int r = (argb >> 16) & 0xff, g = (argb >> 8) & 0xff, b = argb & 0xff;
        if (r > g + 100 && r > b + 100) return 0;
        if (g > r + 100 && g > b + 100) return 1;
        if (b > r + 100 && b > g + 100) return 2;
        return -1;
    }

    @Test
    void aMosaicOfColourTilesShowsEachShapeInItsColour() {
        int scale = 2, gap = 3;
        Mosaic.Picture p = Mosaic.render(tiles(), 3, SIDE, SIDE, scale, gap, Mosaic.BACKGROUND, null);
        assertEquals(3 * SIDE * scale + 4 * gap, p.width());
        for (int i = 0; i < SHAPES.count(); i++) {
            int left = gap + (i % 3) * (SIDE * scale + gap), top = gap + (i / 3) * (SIDE * scale + gap);
            int[] seen = new int[3];
            for (int y = 0; y < SIDE * scale; y++) {
                for (int x = 0; x < SIDE * scale; x++) {
                    int d = dominant(p.pixel(left + x, top + y));
                    if (d >= 0) seen[d]++;
                }
            }
            int hue = 2 - SHAPES.labels()[i]; // blue circles, green triangles, red squares
            assertTrue(seen[hue] > 20, "tile " + i + " should be mostly channel " + hue + ", saw R/G/B " + java.util.Arrays.toString(seen));
            assertEquals(0, seen[(hue + 1) % 3] + seen[(hue + 2) % 3], "tile " + i + " has only its own colour");
        }
    }

    @Test
    void grayTilesStayGrayAndColourOnesBesideThemStayColour() {
        float[] gray = new float[SIDE * SIDE];
        java.util.Arrays.fill(gray, 0.5f);
        Mosaic.Picture p = Mosaic.render(new float[][] {gray, SHAPES.image(2)}, 2, SIDE, SIDE, 1, 0, Mosaic.BACKGROUND, null);
        int g = p.pixel(3, 3);
        assertEquals((g >> 16) & 0xff, g & 0xff);
        assertEquals((g >> 8) & 0xff, g & 0xff);
        boolean red = false;
        for (int y = 0; y < SIDE; y++) for (int x = SIDE; x < 2 * SIDE; x++) red |= dominant(p.pixel(x, y)) == 0;
        assertTrue(red, "image 2 is a red square");
    }

    @Test
    void aTileOfNeitherOneNorThreePlanesIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Mosaic.render(new float[][] {new float[2 * SIDE * SIDE]}, 1, SIDE, SIDE, 1, 0, Mosaic.BACKGROUND, null));
        assertTrue(e.getMessage().startsWith("tile 0"), e.getMessage());
    }

    @Test
    void aTerrainOfColourDecodesKeepsTheirColourUnderItsOpacity() {
        float[][] tiles = java.util.Arrays.copyOf(tiles(), 4);
        Terrain even = TerrainPictures.decoded(tiles, 2, SIDE, SIDE, 0, 1, 0, 1, 0.5);
        Terrain uneven = TerrainPictures.uneven(tiles, new double[] {0, 1}, new double[] {0, 1}, SIDE, SIDE, 0.5);
        for (Terrain t : new Terrain[] {even, uneven}) {
            int[] seen = new int[3];
            for (int px : t.argb()) {
                assertEquals(128, px >>> 24, "the terrain's opacity is in alpha");
                int d = dominant(px);
                if (d >= 0) seen[d]++;
            }
            assertTrue(seen[0] > 0 && seen[1] > 0 && seen[2] > 0, "red, green and blue shapes: " + java.util.Arrays.toString(seen));
        }
    }

    @Test
    void anEnlargedColourImageIsRgbAndAGrayOneStaysGray() {
        BufferedImage colour = Images.enlarged(SHAPES.image(2), SIDE, SIDE, 3);
        assertEquals(BufferedImage.TYPE_INT_RGB, colour.getType());
        assertEquals(SIDE * 3, colour.getWidth());
        boolean red = false;
        for (int y = 0; y < colour.getHeight(); y++) for (int x = 0; x < colour.getWidth(); x++) red |= dominant(colour.getRGB(x, y)) == 0;
        assertTrue(red);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, Images.enlarged(new float[SIDE * SIDE], SIDE, SIDE, 2).getType());
    }

    @Test
    void aDrawnGrayInputIsReplicatedIntoEveryChannelForAColourModel() {
        float[] gray = {0.1f, 0.9f};
        assertEquals(gray, InputImages.replicated(gray, 1));
        float[] rgb = InputImages.replicated(gray, 3);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] {0.1f, 0.9f, 0.1f, 0.9f, 0.1f, 0.9f}, rgb);
        int[] argb = Images.argb(rgb, 1, 2);
        assertEquals(-1, dominant(argb[1]), "equal channels draw gray");
    }
}
