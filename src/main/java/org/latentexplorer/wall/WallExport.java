package org.latentexplorer.wall;

import java.awt.image.BufferedImage;

/**
 * The wall as a file, drawn off-screen by the same {@link WallPainter} as the app: a PNG of any size, or an
 * SVG. Both show the latent box the caller gives (what the app's wall shows), fitted to the picture.
 */
public final class WallExport {
    /** Largest PNG, in pixels (the same bound as the command line's render). */
    public static final long MAX_PIXELS = 100_000_000L;

    private WallExport() {}

    /**
     * A {@code width × height} picture of the latent box {@code region} = {x0, x1, y0, y1}. Lines, points and
     * text are drawn {@code scale} times their on-screen size, so a picture {@code scale} times larger than the
     * wall looks like the wall, only sharper. {@code terrain} may be null.
     */
    public static BufferedImage png(WallScene scene, double[] region, int width, int height, double scale,
                                    WallTheme theme, Terrain terrain) {
        checkSize(width, height);
        if (!(scale > 0) || Double.isInfinite(scale)) throw new IllegalArgumentException("scale must be > 0, was " + scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Java2dSurface surface = new Java2dSurface(image, scale);
        try {
            new WallPainter().paint(surface, scene, viewport(region, width / scale, height / scale), theme, terrain);
        } finally {
            surface.dispose();
        }
        return image;
    }

    /** The same picture as an SVG document of {@code width × height} user units (points as circles). */
    public static SvgSurface svg(WallScene scene, double[] region, double width, double height, WallTheme theme, Terrain terrain) {
        if (!(width >= 16 && height >= 16)) throw new IllegalArgumentException("the SVG must be at least 16×16, was " + width + "×" + height);
        SvgSurface surface = new SvgSurface(width, height);
        new WallPainter().paint(surface, scene, viewport(region, width, height), theme, terrain);
        return surface;
    }

    public static void checkSize(int width, int height) {
        if (width < 16 || height < 16) throw new IllegalArgumentException("the picture must be at least 16×16 pixels, was " + width + "×" + height);
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException(width + "×" + height + " is " + ((long) width * height / 1_000_000)
                    + " megapixels; the largest export is " + MAX_PIXELS / 1_000_000 + " megapixels");
        }
    }

    /** A viewport of the given size showing all of {x0, x1, y0, y1} (centred, equal scale on both axes). */
    public static Viewport viewport(double[] region, double width, double height) {
        if (region == null || region.length != 4) throw new IllegalArgumentException("the region must be {x0, x1, y0, y1}");
        return Viewport.fit(region[0], region[1], region[2], region[3], width, height, 0);
    }
}
