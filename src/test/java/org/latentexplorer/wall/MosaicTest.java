package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MosaicTest {
    private static float[] tile(float v) {
        float[] t = new float[6];
        java.util.Arrays.fill(t, v);
        return t;
    }

    @Test
    void tilesAreLaidOutInRowsWithGapsAndScale() {
        // Tiles of 2 rows × 3 columns, scale 2, gap 1: each tile 6×4 px.
        Mosaic.Picture p = Mosaic.render(new float[][] {tile(0), tile(1), tile(0.5f)}, 2, 2, 3, 2, 1, Mosaic.BACKGROUND, null);
        assertEquals(2 * 6 + 3, p.width());
        assertEquals(2 * 4 + 3, p.height());
        assertEquals(Mosaic.BACKGROUND, p.pixel(0, 0));
        assertEquals(0xFF000000, p.pixel(1, 1), "first tile black");
        assertEquals(0xFFFFFFFF, p.pixel(8, 1), "second tile white, after 1 + 6 + 1 px");
        assertEquals(0xFF808080, p.pixel(1, 6), "third tile starts the second row");
        assertEquals(Mosaic.BACKGROUND, p.pixel(8, 6), "empty slot stays background");
    }

    @Test
    void gridWithoutGapIsATerrainCoveringTheBox() {
        float[][] tiles = new float[9][];
        for (int i = 0; i < 9; i++) tiles[i] = tile(i / 8f);
        Terrain t = Mosaic.terrain(tiles, 3, 2, 3, -1, 1, -2, 2);
        assertEquals(9, t.width());
        assertEquals(6, t.height());
        assertEquals(-2, t.y0());
        assertEquals(0xFFFFFFFF, t.argb()[t.argb().length - 1], "last tile bottom-right");
    }

    @Test
    void filmstripPutsTheCrossFadeBeneath() {
        float[][] decodes = {tile(0), tile(1)}, fade = {tile(1), tile(0)};
        Mosaic.Picture one = Mosaic.filmstrip(decodes, null, 2, 3, 1, 0);
        Mosaic.Picture two = Mosaic.filmstrip(decodes, fade, 2, 3, 1, 0);
        assertEquals(6, one.width());
        assertEquals(2, one.height());
        assertEquals(4, two.height());
        assertEquals(0xFFFFFFFF, two.pixel(0, 2));
    }

    @Test
    void pairedGalleryFramesEachPairInItsColour() {
        float[][] originals = {tile(1), tile(1), tile(1)}, recon = {tile(0), tile(0), tile(0)};
        int[] frames = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF};
        Mosaic.Picture p = Mosaic.pairedGallery(originals, recon, frames, 2, 2, 3, 1, 2);
        // 2 columns, 2 bands of (original, reconstruction): 4 rows of tiles.
        assertEquals(2 * 3 + 3 * 2, p.width());
        assertEquals(4 * 2 + 5 * 2, p.height());
        assertEquals(0xFFFF0000, p.pixel(1, 1), "frame ring of the first original");
        assertEquals(0xFFFFFFFF, p.pixel(2, 2), "first original");
        assertEquals(0xFF000000, p.pixel(2, 6), "its reconstruction beneath");
        assertEquals(0xFF0000FF, p.pixel(1, 9), "third pair starts the second band");
    }

    @Test
    void rejectsTilesOfTheWrongSize() {
        assertThrows(IllegalArgumentException.class, () -> Mosaic.render(new float[][] {new float[5]}, 1, 2, 3, 1, 0, 0, null));
    }
}
