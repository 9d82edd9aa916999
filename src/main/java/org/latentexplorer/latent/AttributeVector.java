package org.latentexplorer.latent;

/**
 * An attribute as a direction in the latent space: the mean code of one group (class B, or a selection)
 * minus that of another (class A), so that adding it to a code moves it from "like A" towards "like B"
 * ("4 → 9"). Strength 1 adds the whole difference.
 */
public final class AttributeVector {
    private AttributeVector() {}

    /** Mean code of the rows {@code indices} of {@code codes}. */
    public static float[] mean(float[][] codes, int[] indices) {
        if (indices.length == 0) throw new IllegalArgumentException("an empty group has no mean");
        float[][] rows = new float[indices.length][];
        for (int a = 0; a < indices.length; a++) rows[a] = codes[indices[a]];
        return Statistics.mean(rows, codes[indices[0]].length);
    }

    /** Indices of the codes whose label is {@code label}. */
    public static int[] members(int[] labels, int label) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == label).toArray();
    }

    /** Mean of group B minus mean of group A: the direction from A to B. */
    public static float[] between(float[][] codes, int[] groupA, int[] groupB) {
        float[] a = mean(codes, groupA), b = mean(codes, groupB);
        float[] d = new float[a.length];
        for (int j = 0; j < d.length; j++) d[j] = b[j] - a[j];
        return d;
    }

    /** {@code code} + {@code strength} · {@code direction}. */
    public static float[] add(float[] code, float[] direction, double strength) {
        float[] out = new float[code.length];
        for (int j = 0; j < out.length; j++) out[j] = (float) (code[j] + strength * direction[j]);
        return out;
    }

    /** {@code steps} codes from {@code code} to {@code code} + {@code strength} · {@code direction}. */
    public static float[][] path(float[] code, float[] direction, double strength, int steps) {
        return Interpolation.linear(code, add(code, direction, strength), steps);
    }
}
