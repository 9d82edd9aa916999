package org.latentexplorer.wall;

import java.util.Arrays;

/**
 * Colours for the wall's points by a value of each point (say, its reconstruction error) instead of its class,
 * with the legend's title and the texts at its low and high ends, in the caller's language. Values are placed
 * by rank between the 2nd and 98th percentile, so one extreme image does not wash out the rest.
 *
 * @param rgb   the colour of point i (no alpha)
 * @param title what the colours mean
 * @param low   the legend's text at the low end (the 2nd percentile's value)
 * @param high  the legend's text at the high end (the 98th percentile's value)
 */
public record PointColours(int[] rgb, String title, String low, String high) {
    /** Low to high: dark blue, teal, green, yellow (perceptually ordered, readable by colour-blind viewers). */
    private static final int[] RAMP = {0x440154, 0x3B528B, 0x21918C, 0x5EC962, 0xFDE725};

    /** The value range {@link #of} maps onto the ramp: the 2nd and 98th percentile of the finite values. */
    public static double[] range(float[] values) {
        float[] finite = new float[values.length];
        int n = 0;
        for (float v : values) if (Float.isFinite(v)) finite[n++] = v;
        if (n == 0) return new double[] {0, 1};
        Arrays.sort(finite, 0, n);
        return new double[] {finite[(int) Math.floor(0.02 * (n - 1))], finite[(int) Math.ceil(0.98 * (n - 1))]};
    }

    /** Each value's colour on the ramp over {@code range}; a value that is not finite gets the high end. */
    public static int[] colours(float[] values, double[] range) {
        int[] out = new int[values.length];
        double span = range[1] - range[0];
        for (int i = 0; i < values.length; i++) {
            double t = !Float.isFinite(values[i]) ? 1 : span <= 0 ? 0.5 : (values[i] - range[0]) / span;
            out[i] = ramp(Math.max(0, Math.min(1, t)));
        }
        return out;
    }

    /** The ramp's colour at {@code t} in [0, 1]. */
    public static int ramp(double t) {
        double x = t * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) Math.floor(x));
        double f = x - i;
        int a = RAMP[i], b = RAMP[i + 1], rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int ca = (a >> shift) & 0xFF, cb = (b >> shift) & 0xFF;
            rgb |= ((int) Math.round(ca + (cb - ca) * f)) << shift;
        }
        return rgb;
    }
}
