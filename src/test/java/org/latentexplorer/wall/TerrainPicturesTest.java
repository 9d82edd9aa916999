package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.Density;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerrainPicturesTest {
    /** A 2×2 tile whose every pixel is {@code v}. */
    private static float[] flat(float v) {
        return new float[] {v, v, v, v};
    }

    @Test
    void decodedTilesKeepTheirGreyAndCarryTheOpacity() {
        float[][] tiles = {flat(0), flat(1), flat(0.5f), flat(0.2f)};
        Terrain t = TerrainPictures.decoded(tiles, 2, 2, 2, -1, 1, -2, 2, 0.5);
        assertEquals(4, t.width());
        assertEquals(0xFF, t.argb()[2] & 0xFF, "tile 1 is top right");
        assertEquals(128, t.argb()[2] >>> 24);
        assertEquals(Images.grey(0.5f), t.argb()[2 * 4] & 0xFF, "tile 2 is bottom left");
        assertEquals(-2, t.y0());
    }

    @Test
    void unevenTilesFillTheCellsBetweenMidpoints() {
        // Centres at −2, 0, 1: edges −3, −1, 0.5, 1.5. One row of tiles (the same ys for rows).
        double[] xs = {-2, 0, 1}, ys = {0};
        float[][] tiles = {flat(0), flat(0.5f), flat(1)};
        assertArrayEquals(new double[] {-3, -1, 0.5, 1.5}, TerrainPictures.bounds(xs), 1e-12);
        Terrain t = TerrainPictures.uneven(tiles, xs, ys, 2, 2, 1);
        assertEquals(-3, t.x0(), 1e-12);
        assertEquals(1.5, t.x1(), 1e-12);
        // Sample the picture at latent x: the tile of that cell.
        for (double x : new double[] {-2.9, -1.2, -0.9, 0.4, 0.6, 1.4}) {
            int px = (int) ((x - t.x0()) / (t.x1() - t.x0()) * t.width());
            int grey = t.argb()[px] & 0xFF;
            int expected = x < -1 ? 0 : x < 0.5 ? Images.grey(0.5f) : 255;
            assertEquals(expected, grey, "at x = " + x);
        }
        // The smallest cell (width 1) gets at least the tile's 2 pixels.
        assertTrue(t.width() >= 2 * 4.5 - 1);
    }

    @Test
    void heatmapIsClearWhereTheDensityIsZeroAndOpaqueAtTheTop() {
        Density.Grid g = new Density.Grid(new double[] {0, 0.25, 1, 2}, 2, 2, 0, 1, 0, 1);
        Terrain t = TerrainPictures.heatmap(g, 1, 0.9);
        assertEquals(0, t.argb()[0] >>> 24);
        assertEquals(Math.round(255 * 0.9), t.argb()[2] >>> 24);
        assertEquals(t.argb()[2], t.argb()[3], "above the top is drawn as the top");
        assertTrue((t.argb()[1] >>> 24) > 0 && (t.argb()[1] >>> 24) <= (t.argb()[2] >>> 24));
    }

    @Test
    void animatedGifHasEveryFrame(@TempDir Path dir) throws Exception {
        BufferedImage a = Images.enlarged(new float[] {0, 1, 1, 0}, 2, 2, 4), b = Images.enlarged(new float[] {1, 0, 0, 1}, 2, 2, 4);
        Path gif = dir.resolve("x.gif");
        AnimatedGif.write(gif, List.of(a, b, a), 100);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            BufferedImage second = reader.read(1);
            assertEquals(8, second.getWidth());
            assertEquals(0xFFFFFF, second.getRGB(0, 0) & 0xFFFFFF);
            assertEquals(0, second.getRGB(5, 0) & 0xFFFFFF);
        }
    }
}
