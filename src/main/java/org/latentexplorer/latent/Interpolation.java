package org.latentexplorer.latent;

/**
 * Paths between two codes (and the pixel cross-fade they are contrasted with). Each returns {@code steps}
 * points including both ends, at t = i / (steps − 1).
 */
public final class Interpolation {
    private Interpolation() {}

    /** a + t (b − a). */
    public static float[][] linear(float[] a, float[] b, int steps) {
        check(a, b, steps);
        float[][] out = new float[steps][a.length];
        for (int i = 0; i < steps; i++) {
            double t = t(i, steps);
            for (int j = 0; j < a.length; j++) out[i][j] = (float) (a[j] + t * (b[j] - a[j]));
        }
        return out;
    }

    /**
     * Spherical interpolation: sin((1−t)Ω)/sin Ω · a + sin(tΩ)/sin Ω · b, with Ω the angle between a and b.
     * Under a Gaussian prior it keeps the path at typical norms instead of cutting through the low-norm
     * middle. Falls back to linear when a or b is 0, or they are (anti)parallel within 1e-6 rad.
     */
    public static float[][] slerp(float[] a, float[] b, int steps) {
        check(a, b, steps);
        double na = norm(a), nb = norm(b);
        if (na == 0 || nb == 0) return linear(a, b, steps);
        double dot = 0;
        for (int j = 0; j < a.length; j++) dot += (double) a[j] * b[j];
        double omega = Math.acos(Math.max(-1, Math.min(1, dot / (na * nb))));
        double sin = Math.sin(omega);
        if (omega < 1e-6 || Math.PI - omega < 1e-6 || sin < 1e-9) return linear(a, b, steps);
        float[][] out = new float[steps][a.length];
        for (int i = 0; i < steps; i++) {
            double t = t(i, steps);
            double wa = Math.sin((1 - t) * omega) / sin, wb = Math.sin(t * omega) / sin;
            for (int j = 0; j < a.length; j++) out[i][j] = (float) (wa * a[j] + wb * b[j]);
        }
        // Exact ends, whatever the rounding.
        out[0] = a.clone();
        out[steps - 1] = b.clone();
        return out;
    }

    /** Pixel cross-fade (1 − t)·a + t·b of two images: what interpolating without a model gives. */
    public static float[][] crossFade(float[] a, float[] b, int steps) {
        return linear(a, b, steps);
    }

    /** Euclidean norm. */
    public static double norm(float[] v) {
        double s = 0;
        for (float x : v) s += (double) x * x;
        return Math.sqrt(s);
    }

    private static double t(int i, int steps) {
        return steps == 1 ? 0 : (double) i / (steps - 1);
    }

    private static void check(float[] a, float[] b, int steps) {
        if (a.length != b.length) throw new IllegalArgumentException("the two ends differ in size: " + a.length + " and " + b.length);
        if (steps < 2) throw new IllegalArgumentException("a path needs at least 2 steps, was " + steps);
    }
}
