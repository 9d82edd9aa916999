package org.latentexplorer.wall;

import org.latentexplorer.latent.Density;

/**
 * Pictures to lay under the wall's points: decoded tiles (on an even grid, or on a grid spaced by the
 * normal quantiles) and density maps. Pixels are ARGB with the terrain's opacity in the alpha channel and the
 * decoded gray levels or colours unchanged in the colour channels.
 */
public final class TerrainPictures {
    /** Largest side, in pixels, of a quantile-grid picture. */
    private static final int MAX_SIDE = 2400;
    /** A light-to-dark ramp (yellow, green, blue) that stays apart from the class colours' saturated hues. */
    private static final int[] RAMP = {0xFFFFFFD9, 0xFFC7E9B4, 0xFF7FCDBB, 0xFF41B6C4, 0xFF1D91C0, 0xFF225EA8, 0xFF0C2C84};

    private TerrainPictures() {}

    /** n×n tiles (reading order, row 0 at the top) over [x0, x1] × [y0, y1], at the given opacity. */
    public static Terrain decoded(float[][] tiles, int n, int tileHeight, int tileWidth, double x0, double x1, double y0,
                                  double y1, double opacity) {
        Terrain t = Mosaic.terrain(tiles, n, tileHeight, tileWidth, x0, x1, y0, y1);
        return new Terrain(withAlpha(t.argb(), opacity), t.width(), t.height(), x0, x1, y0, y1);
    }

    /**
     * Tiles centred at uneven coordinates (column c at xs[c], picture row r at ys[n − 1 − r], as
     * {@link org.latentexplorer.latent.LatentGrid} orders them). Each tile fills the cell between the midpoints
     * to its neighbours (the outer cells reach as far out as their inner halves), so tiles where the grid is
     * dense are small and those in the tails are wide.
     */
    public static Terrain uneven(float[][] tiles, double[] xs, double[] ys, int tileHeight, int tileWidth, double opacity) {
        int nx = xs.length, ny = ys.length;
        if (tiles.length != nx * ny) throw new IllegalArgumentException(tiles.length + " tiles for " + nx + "×" + ny);
        double[] bx = bounds(xs), by = bounds(ys);
        double minGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < nx; i++) minGap = Math.min(minGap, bx[i + 1] - bx[i]);
        for (int i = 0; i < ny; i++) minGap = Math.min(minGap, by[i + 1] - by[i]);
        double spanX = bx[nx] - bx[0], spanY = by[ny] - by[0];
        // The smallest tile gets about one picture pixel per decoded pixel, within a size cap.
        double perUnit = Math.min(Math.max(tileWidth, tileHeight) / minGap, MAX_SIDE / Math.max(spanX, spanY));
        int w = Math.max(1, (int) Math.round(spanX * perUnit)), h = Math.max(1, (int) Math.round(spanY * perUnit));
        int alpha = alpha(opacity), plane = tileHeight * tileWidth;
        int channels = Images.channels(tiles[0].length, tileHeight, tileWidth);
        int[] argb = new int[w * h];
        int[] colOf = new int[w], uOf = new int[w];
        for (int px = 0, c = 0; px < w; px++) {
            double x = bx[0] + (px + 0.5) / w * spanX;
            while (c < nx - 1 && x >= bx[c + 1]) c++;
            colOf[px] = c;
            uOf[px] = Math.min(tileWidth - 1, (int) ((x - bx[c]) / (bx[c + 1] - bx[c]) * tileWidth));
        }
        for (int py = 0, r = ny - 1; py < h; py++) {
            double y = by[ny] - (py + 0.5) / h * spanY;
            while (r > 0 && y < by[r]) r--;
            int v = Math.min(tileHeight - 1, (int) ((by[r + 1] - y) / (by[r + 1] - by[r]) * tileHeight));
            int pictureRow = ny - 1 - r;
            for (int px = 0; px < w; px++) {
                float[] tile = tiles[pictureRow * nx + colOf[px]];
                argb[py * w + px] = alpha | (Images.rgb(tile, v * tileWidth + uOf[px], plane, channels) & 0xFFFFFF);
            }
        }
        return new Terrain(argb, w, h, bx[0], bx[nx], by[0], by[ny]);
    }

    /** Cell edges around ascending centres: midpoints inside, mirrored half-gaps at the ends. */
    static double[] bounds(double[] centres) {
        int n = centres.length;
        double[] b = new double[n + 1];
        if (n == 1) {
            b[0] = centres[0] - 0.5;
            b[1] = centres[0] + 0.5;
            return b;
        }
        for (int i = 1; i < n; i++) b[i] = 0.5 * (centres[i - 1] + centres[i]);
        b[0] = centres[0] - (b[1] - centres[0]);
        b[n] = centres[n - 1] + (centres[n - 1] - b[n - 1]);
        return b;
    }

    /**
     * A density as a colour map: transparent where it is 0, through the ramp up to {@code top} (values above
     * are drawn as {@code top}). The square root of value / top sets the colour, so thin tails stay visible.
     */
    public static Terrain heatmap(Density.Grid grid, double top, double opacity) {
        int[] argb = new int[grid.values().length];
        double scale = top > 0 ? top : 1;
        for (int k = 0; k < argb.length; k++) argb[k] = rampColour(Math.sqrt(Math.min(1, Math.max(0, grid.values()[k] / scale))), opacity);
        return new Terrain(argb, grid.cols(), grid.rows(), grid.x0(), grid.x1(), grid.y0(), grid.y1());
    }

    /** The ramp's colour at t in [0, 1], its alpha rising from 0 so that empty space stays the wall's background. */
    public static int rampColour(double t, double opacity) {
        double pos = t * (RAMP.length - 1);
        int i = (int) Math.min(RAMP.length - 2, Math.floor(pos));
        double f = pos - i;
        int a = RAMP[i], b = RAMP[i + 1];
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - f) + ((b >> 16) & 0xFF) * f);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - f) + ((b >> 8) & 0xFF) * f);
        int bl = (int) Math.round((a & 0xFF) * (1 - f) + (b & 0xFF) * f);
        int alpha = (int) Math.round(255 * Math.max(0, Math.min(1, opacity)) * Math.min(1, t * 4));
        return (alpha << 24) | (r << 16) | (g << 8) | bl;
    }

    private static int alpha(double opacity) {
        return (int) Math.round(255 * Math.max(0, Math.min(1, opacity))) << 24;
    }

    private static int[] withAlpha(int[] argb, double opacity) {
        int a = alpha(opacity);
        int[] out = new int[argb.length];
        for (int k = 0; k < argb.length; k++) out[k] = a | (argb[k] & 0xFFFFFF);
        return out;
    }
}
