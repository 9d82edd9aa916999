package org.latentexplorer.wall;

/**
 * Class colours: Tableau's 10-colour palette, chosen for telling categories apart (and kept the same in
 * every view and export). Beyond ten classes, colours are spread around the hue circle.
 */
public final class Palette {
    private static final int[] TABLEAU10 = {
        0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2, 0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC
    };

    private Palette() {}

    /** RGB (no alpha) of class {@code label}. */
    public static int rgb(int label) {
        if (label >= 0 && label < TABLEAU10.length) return TABLEAU10[label];
        float hue = (label * 0.618034f) % 1f;
        return java.awt.Color.HSBtoRGB(hue, 0.55f, 0.85f) & 0xFFFFFF;
    }

    public static String css(int label) {
        return String.format("#%06X", rgb(label));
    }
}
