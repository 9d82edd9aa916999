package org.latentexplorer.wall;

/**
 * Colours and sizes of the wall. The app sets them from CSS; exports use the same defaults.
 *
 * @param markScale   how much larger the probe cross and the selection ring are drawn (presenter mode: 2)
 * @param classLabels whether each class's name is written at the middle of its points, so classes are told
 *                    apart by more than colour
 */
public record WallTheme(int background, int grid, int axis, int text, int legendBackground, double pointRadius,
                        double pointAlpha, double fontSize, double markScale, boolean classLabels) {
    public static final WallTheme DEFAULT = new WallTheme(0xFFFFFFFF, 0xFFEAEAF0, 0xFF8A8FA0, 0xFF303445,
            0xE6FFFFFF, 2.6, 0.75, 12, 1, false);
    /**
     * Read from the back of a classroom on a 1280×720 projector: points of 5 px radius (2.6 by default), text
     * of 20 px (12), marks twice as large, darker grid and axes, and class names on the wall.
     */
    public static final WallTheme PRESENTER = new WallTheme(0xFFFFFFFF, 0xFFC8CAD4, 0xFF4A4F60, 0xFF000000,
            0xF2FFFFFF, 5, 0.85, 20, 2, true);

    public WallTheme withPointRadius(double radius) {
        return new WallTheme(background, grid, axis, text, legendBackground, radius, pointAlpha, fontSize, markScale, classLabels);
    }

    /** Sizes in device pixels of a screen with {@code scale} of them per point. */
    public WallTheme scaledBy(double scale) {
        return new WallTheme(background, grid, axis, text, legendBackground, pointRadius * scale, pointAlpha,
                fontSize * scale, markScale * scale, classLabels);
    }

    public WallTheme withClassLabels(boolean on) {
        return new WallTheme(background, grid, axis, text, legendBackground, pointRadius, pointAlpha, fontSize, markScale, on);
    }
}
