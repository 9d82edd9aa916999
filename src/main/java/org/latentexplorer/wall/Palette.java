package org.latentexplorer.wall;

/**
 * Class colours: Tableau's 10-colour palette, chosen for telling categories apart (and kept the same in
 * every view and export). Beyond ten classes, colours are spread around the hue circle.
 */
public final class Palette {
    private static final int[] TABLEAU10 = {
        0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC
    };

    /**
     * Okabe and Ito's colour-blind-safe palette (its eight colours, black moved last), then two greys' worth of
     * extra hues for ten classes; the wall then also names each class at its points.
     */
    private static final int[] OKABE_ITO = {
        0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x000000, 0x999999, 0x8C510A
    };

    /** Which colours the classes get, in every view and export of this session. */
    public enum Scheme { TABLEAU, OKABE_ITO }

    private static volatile Scheme scheme = Scheme.TABLEAU;

    private Palette() {}

    public static void use(Scheme s) {
        scheme = s;
    }

    public static Scheme scheme() {
        return scheme;
    }

    /** RGB (no alpha) of class {@code label}. */
    public static int rgb(int label) {
        int[] colours = scheme == Scheme.OKABE_ITO ? OKABE_ITO : TABLEAU10;
        if (label >= 0 && label < colours.length) return colours[label];
        float hue = (label * 0.618034f) % 1f;
        return java.awt.Color.HSBtoRGB(hue, 0.55f, 0.85f) & 0xFFFFFF;
    }

    public static String css(int label) {
        return String.format("#%06X", rgb(label));
    }
}
