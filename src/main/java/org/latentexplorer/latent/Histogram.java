package org.latentexplorer.latent;

import java.util.Arrays;

/**
 * Values counted into equal bins over [lo, hi] (values outside go to the end bins), with the helpers the
 * anomaly tool needs: quantiles and which values lie above a threshold.
 */
public record Histogram(double lo, double hi, int[] counts) {
    public Histogram {
        if (counts.length < 1) throw new IllegalArgumentException("a histogram needs at least one bin");
        if (!(hi >= lo)) throw new IllegalArgumentException("histogram range [" + lo + ", " + hi + "] is empty");
        counts = counts.clone();
    }

    /** {@code bins} equal bins from the smallest to the largest finite value (NaN values are not counted). */
    public static Histogram of(float[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            if (!Float.isFinite(v)) continue;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (lo > hi) lo = hi = 0;
        return of(values, bins, lo, hi);
    }

    /** {@code bins} equal bins over [lo, hi]; a value outside counts in the nearest end bin. */
    public static Histogram of(float[] values, int bins, double lo, double hi) {
        if (bins < 1) throw new IllegalArgumentException("bins must be ≥ 1, was " + bins);
        int[] counts = new int[bins];
        Histogram shape = new Histogram(lo, hi, counts);
        for (float v : values) if (!Float.isNaN(v)) counts[shape.bin(v)]++;
        return new Histogram(lo, hi, counts);
    }

    public int bins() {
        return counts.length;
    }

    public double binWidth() {
        return (hi - lo) / counts.length;
    }

    /** The bin a value falls in: [lo + k·w, lo + (k+1)·w), the last bin closed; outside values clamp. */
    public int bin(double value) {
        if (hi == lo) return 0;
        int k = (int) Math.floor((value - lo) / (hi - lo) * counts.length);
        return Math.max(0, Math.min(counts.length - 1, k));
    }

    public double binStart(int k) {
        return lo + k * binWidth();
    }

    public int total() {
        int t = 0;
        for (int c : counts) t += c;
        return t;
    }

    public int maxCount() {
        int m = 0;
        for (int c : counts) m = Math.max(m, c);
        return m;
    }

    @Override public int[] counts() {
        return counts.clone();
    }

    public int count(int k) {
        return counts[k];
    }

    /** Indices of the values strictly above {@code threshold}, ascending. */
    public static int[] indicesAbove(float[] values, double threshold) {
        int n = 0;
        for (float v : values) if (v > threshold) n++;
        int[] out = new int[n];
        for (int i = 0, k = 0; i < values.length; i++) if (values[i] > threshold) out[k++] = i;
        return out;
    }

    /**
     * The q-quantile by linear interpolation between order statistics (q = 0 the minimum, 1 the maximum),
     * ignoring NaN.
     */
    public static double quantile(float[] values, double q) {
        if (!(q >= 0 && q <= 1)) throw new IllegalArgumentException("quantile must be in [0, 1], was " + q);
        float[] sorted = Arrays.copyOf(values, values.length);
        Arrays.sort(sorted); // NaN sorts last
        int n = sorted.length;
        while (n > 0 && Float.isNaN(sorted[n - 1])) n--;
        if (n == 0) throw new IllegalArgumentException("no values");
        double pos = q * (n - 1);
        int i = (int) Math.floor(pos);
        if (i >= n - 1) return sorted[n - 1];
        return sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]);
    }
}
