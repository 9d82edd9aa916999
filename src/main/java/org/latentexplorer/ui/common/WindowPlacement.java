package org.latentexplorer.ui.common;

/**
 * Where the main window opens: the remembered bounds if they still fit the screen, otherwise most of the
 * screen; never larger than the screen's visual bounds (a 1280×720 projector, a 1366×768 laptop). Plain
 * numbers, so it is tested without a window.
 */
public final class WindowPlacement {
    /** The size the layout was designed for; smaller screens get all of their visual bounds. */
    public static final double PREFERRED_WIDTH = 1400, PREFERRED_HEIGHT = 880;

    private WindowPlacement() {}

    /**
     * {@code screen} and {@code remembered} are x, y, width, height (remembered may be null); the result too.
     * Remembered bounds are clamped into the screen, so a window closed on a screen that is gone comes back.
     */
    public static double[] place(double[] screen, double[] remembered) {
        double sx = screen[0], sy = screen[1], sw = screen[2], sh = screen[3];
        double w, h, x, y;
        if (remembered != null) {
            w = Math.min(remembered[2], sw);
            h = Math.min(remembered[3], sh);
            x = clamp(remembered[0], sx, sx + sw - w);
            y = clamp(remembered[1], sy, sy + sh - h);
        } else {
            w = Math.min(PREFERRED_WIDTH, sw);
            h = Math.min(PREFERRED_HEIGHT, sh);
            x = sx + (sw - w) / 2;
            y = sy + (sh - h) / 2;
        }
        return new double[] {x, y, w, h};
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
