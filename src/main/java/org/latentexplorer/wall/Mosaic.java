package org.latentexplorer.wall;

import java.awt.image.BufferedImage;

/**
 * Decoded images laid out in a grid as one ARGB picture (gray ones white ink on black, colour ones in colour):
 * terrain grids, filmstrips, galleries. Pure pixels, so the app shows the same picture the command line writes.
 */
public final class Mosaic {
    /** Background between tiles: a dark blue-grey that tells the gaps from a black tile. */
    public static final int BACKGROUND = 0xFF2B2F36;

    private Mosaic() {}

    /** An ARGB picture, row-major. */
    public record Picture(int[] argb, int width, int height) {
        public BufferedImage toBufferedImage() {
            return Images.argbImage(argb, width, height);
        }

        public int pixel(int x, int y) {
            return argb[y * width + x];
        }
    }

    /**
     * Lays out {@code tiles} (each {@code tileHeight × tileWidth} values in [0, 1], or three planes of them for
     * colour; a null tile leaves its slot
     * empty) in rows of {@code columns}, each pixel enlarged {@code scale} times, with {@code gap} pixels of
     * {@code background} around and between tiles. {@code frames} (may be null; 0 = no frame) colours a ring
     * of ⌈gap/2⌉ pixels around each tile, e.g. in its class colour.
     */
    public static Picture render(float[][] tiles, int columns, int tileHeight, int tileWidth, int scale, int gap,
                                 int background, int[] frames) {
        if (tiles.length == 0) throw new IllegalArgumentException("no tiles");
        if (columns < 1) throw new IllegalArgumentException("columns must be ≥ 1, was " + columns);
        if (tileHeight < 1 || tileWidth < 1) throw new IllegalArgumentException("tile size must be positive");
        if (scale < 1 || gap < 0) throw new IllegalArgumentException("scale must be ≥ 1 and gap ≥ 0");
        if (frames != null && frames.length != tiles.length) throw new IllegalArgumentException(frames.length + " frames for " + tiles.length + " tiles");
        int rows = (tiles.length + columns - 1) / columns;
        int tw = tileWidth * scale, th = tileHeight * scale;
        long width = (long) columns * tw + (long) (columns + 1) * gap, height = (long) rows * th + (long) (rows + 1) * gap;
        if (width * height > 200_000_000L) throw new IllegalArgumentException("mosaic of " + width + "×" + height + " pixels is too large");
        int w = (int) width, h = (int) height;
        int[] argb = new int[w * h];
        java.util.Arrays.fill(argb, background);
        int ring = (gap + 1) / 2;
        for (int i = 0; i < tiles.length; i++) {
            int left = gap + (i % columns) * (tw + gap), top = gap + (i / columns) * (th + gap);
            if (frames != null && frames[i] != 0 && ring > 0) {
                fill(argb, w, left - ring, top - ring, tw + 2 * ring, th + 2 * ring, frames[i]);
            }
            float[] tile = tiles[i];
            if (tile == null) {
                if (frames != null && frames[i] != 0 && ring > 0) fill(argb, w, left, top, tw, th, background);
                continue;
            }
            int plane = tileHeight * tileWidth, channels;
            try {
                channels = Images.channels(tile.length, tileHeight, tileWidth);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tile " + i + ": " + e.getMessage(), e);
            }
            for (int y = 0; y < tileHeight; y++) {
                for (int x = 0; x < tileWidth; x++) {
                    int px = Images.rgb(tile, y * tileWidth + x, plane, channels);
                    for (int dy = 0; dy < scale; dy++) {
                        int row = (top + y * scale + dy) * w + left + x * scale;
                        for (int dx = 0; dx < scale; dx++) argb[row + dx] = px;
                    }
                }
            }
        }
        return new Picture(argb, w, h);
    }

    /** A square grid of n×n tiles in reading order, no gaps: a terrain picture. */
    public static Picture grid(float[][] tiles, int n, int tileHeight, int tileWidth, int scale, int gap) {
        if (tiles.length != n * n) throw new IllegalArgumentException(tiles.length + " tiles for a " + n + "×" + n + " grid");
        return render(tiles, n, tileHeight, tileWidth, scale, gap, BACKGROUND, null);
    }

    /**
     * The terrain under the wall: n×n tiles (reading order, row 0 at the top) covering the latent box
     * [x0, x1] × [y0, y1], one image pixel per decoded pixel.
     */
    public static Terrain terrain(float[][] tiles, int n, int tileHeight, int tileWidth, double x0, double x1, double y0, double y1) {
        Picture p = grid(tiles, n, tileHeight, tileWidth, 1, 0);
        return new Terrain(p.argb(), p.width(), p.height(), x0, x1, y0, y1);
    }

    /**
     * A filmstrip: the decodes along a path in one row and, if {@code crossFade} is not null, the pixel
     * cross-fade of the two originals in a row beneath.
     */
    public static Picture filmstrip(float[][] decodes, float[][] crossFade, int tileHeight, int tileWidth, int scale, int gap) {
        if (crossFade != null && crossFade.length != decodes.length) {
            throw new IllegalArgumentException(crossFade.length + " cross-fade frames for " + decodes.length + " decodes");
        }
        float[][] tiles = crossFade == null ? decodes : concat(decodes, crossFade);
        return render(tiles, decodes.length, tileHeight, tileWidth, scale, gap, BACKGROUND, null);
    }

    /**
     * A gallery of image pairs, {@code columns} pairs wide: each original with its reconstruction beneath,
     * both framed in {@code frames[i]} (e.g. the class colour; null for none).
     */
    public static Picture pairedGallery(float[][] originals, float[][] reconstructions, int[] frames, int columns,
                                        int tileHeight, int tileWidth, int scale, int gap) {
        if (originals.length != reconstructions.length) {
            throw new IllegalArgumentException(originals.length + " originals for " + reconstructions.length + " reconstructions");
        }
        int n = originals.length, cols = Math.max(1, Math.min(columns, n)), bands = (n + cols - 1) / cols;
        float[][] tiles = new float[bands * 2 * cols][];
        int[] ring = frames == null ? null : new int[tiles.length];
        for (int i = 0; i < n; i++) {
            int band = i / cols, col = i % cols;
            int top = band * 2 * cols + col, bottom = top + cols;
            tiles[top] = originals[i];
            tiles[bottom] = reconstructions[i];
            if (ring != null) ring[top] = ring[bottom] = frames[i];
        }
        return render(tiles, cols, tileHeight, tileWidth, scale, gap, BACKGROUND, ring);
    }

    private static float[][] concat(float[][] a, float[][] b) {
        float[][] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static void fill(int[] argb, int width, int x, int y, int w, int h, int colour) {
        int height = argb.length / width;
        for (int yy = Math.max(0, y); yy < Math.min(height, y + h); yy++) {
            for (int xx = Math.max(0, x); xx < Math.min(width, x + w); xx++) argb[yy * width + xx] = colour;
        }
    }
}
