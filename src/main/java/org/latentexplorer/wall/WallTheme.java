package org.latentexplorer.wall;

/** Colours and sizes of the wall. The app sets them from CSS; exports use the same defaults. */
public record WallTheme(int background, int grid, int axis, int text, int legendBackground, double pointRadius,
                        double pointAlpha, double fontSize) {
    public static final WallTheme DEFAULT = new WallTheme(0xFFFFFFFF, 0xFFEAEAF0, 0xFF8A8FA0, 0xFF303445,
            0xE6FFFFFF, 2.6, 0.75, 12);

    public WallTheme withPointRadius(double radius) {
        return new WallTheme(background, grid, axis, text, legendBackground, radius, pointAlpha, fontSize);
    }
}
