package org.latentexplorer.latent;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A map of the codes that a neighbour embedding (t-SNE, UMAP) made, as the wall's axes. Such a map is not a
 * function of the code: it places the given codes only, and keeps neighbourhoods, not distances. So a wall
 * coordinate has no exact code. {@link #lift} returns the Gaussian-weighted mean of the codes of the nearest
 * drawn points, and {@link #liftWithConfidence} says how far that can be trusted (see {@link Lift}). A code
 * that is not one of the embedded ones is placed at the weighted mean of its nearest codes' positions.
 */
public abstract class EmbeddedProjection implements Projection {
    /** Neighbours used for lifting and for placing new codes. */
    public static final int NEIGHBOURS = 10;
    /** Points sampled to calibrate what "typical" spacing and spread are. */
    private static final int CALIBRATION_SAMPLE = 1000;

    private final float[][] codes;
    private final double[] xs;
    private final double[] ys;
    private final Map<float[], Integer> known = new IdentityHashMap<>();
    private final double typicalSpacing;
    private final double typicalSpread;

    /**
     * How far a lifted code can be trusted, from two measured things:
     *
     * @param code       the neighbour-weighted code that is decoded
     * @param confidence proximity × agreement, in [0, 1]
     * @param spacing    distance on the map from the click to the nearest point, in units of the median
     *                   nearest-neighbour spacing of the map (≤ 1: among points; 5: deep in a gap)
     * @param spread     weighted RMS distance of the neighbours' codes from their mean, in units of the 90th
     *                   percentile of the same quantity measured at the drawn points themselves (≤ 1: the
     *                   neighbours agree as well as real neighbourhoods do; 3: they come from different places
     *                   of the latent space, and their mean may be a code no image has)
     */
    public record Lift(float[] code, double confidence, double spacing, double spread) {}

    protected EmbeddedProjection(float[][] codes, double[][] embedding) {
        if (codes.length != embedding.length) throw new IllegalArgumentException(codes.length + " codes for " + embedding.length + " positions");
        if (codes.length == 0) throw new IllegalArgumentException("nothing embedded");
        this.codes = codes;
        int n = codes.length;
        xs = new double[n];
        ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = embedding[i][0];
            ys[i] = embedding[i][1];
            known.put(codes[i], i);
        }
        int step = Math.max(1, n / CALIBRATION_SAMPLE);
        int samples = (n + step - 1) / step;
        double[] spacing = new double[samples], spread = new double[samples];
        int[][] neighbours = new int[samples][];
        for (int i = 0, s = 0; i < n; i += step, s++) {
            neighbours[s] = nearestOnMap(xs[i], ys[i], NEIGHBOURS);
            // neighbours[s][0] is the point itself (or a twin at distance 0).
            int[] two = nearestOnMap(xs[i], ys[i], 2);
            spacing[s] = two.length > 1 ? Math.hypot(xs[two[1]] - xs[i], ys[two[1]] - ys[i]) : 1;
        }
        typicalSpacing = positive(quantile(spacing, 0.5), 1e-9);
        // The spread measured exactly as a click on each sampled point would measure it.
        for (int i = 0, s = 0; i < n; i += step, s++) spread[s] = weightedMean(neighbours[s], xs[i], ys[i], null, typicalSpacing);
        typicalSpread = positive(quantile(spread, 0.9), 1e-9);
    }

    private static double positive(double v, double floor) {
        return v > floor ? v : floor;
    }

    private static double quantile(double[] values, double p) {
        double[] s = values.clone();
        java.util.Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
    }

    /** The embedded positions' x values (point i is code i). */
    public double[] xs() {
        return xs.clone();
    }

    public double[] ys() {
        return ys.clone();
    }

    @Override
    public double[] project(float[] code) {
        Integer i = known.get(code);
        if (i != null) return new double[] {xs[i], ys[i]};
        int n = codes.length, k = Math.min(NEIGHBOURS, n);
        int[] idx = new int[k];
        double[] d2 = new double[k];
        java.util.Arrays.fill(d2, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(idx, -1);
        for (int j = 0; j < n; j++) insertSorted(idx, d2, j, squaredDistance(code, codes[j]));
        if (d2[0] == 0) return new double[] {xs[idx[0]], ys[idx[0]]};
        double sigma2 = Math.max(d2[0], 1e-12), w = 0, x = 0, y = 0;
        for (int a = 0; a < k; a++) {
            double wa = Math.exp(-(d2[a] - d2[0]) / (2 * sigma2));
            w += wa;
            x += wa * xs[idx[a]];
            y += wa * ys[idx[a]];
        }
        return new double[] {x / w, y / w};
    }

    @Override
    public float[] lift(double x, double y) {
        return liftWithConfidence(x, y).code();
    }

    /** The neighbour-weighted code at a map position, and how far it can be trusted. */
    public Lift liftWithConfidence(double x, double y) {
        int[] nb = nearestOnMap(x, y, NEIGHBOURS);
        float[] code = new float[codes[0].length];
        double spreadAbs = weightedMean(nb, x, y, code, typicalSpacing);
        double spacing = Math.hypot(xs[nb[0]] - x, ys[nb[0]] - y) / typicalSpacing;
        double spread = spreadAbs / typicalSpread;
        double proximity = Math.exp(-0.5 * Math.pow(Math.max(0, spacing - 1), 2));
        double agreement = Math.min(1, 1 / (spread * spread));
        return new Lift(code, proximity * agreement, spacing, spread);
    }

    /**
     * Gaussian weights on the map (σ = the larger of {@code spacing} and the distance to the nearest neighbour);
     * writes the weighted mean code into {@code out} (if not null) and returns the weighted RMS distance of the
     * neighbours' codes from it.
     */
    private double weightedMean(int[] nb, double x, double y, float[] out, double spacing) {
        int d = codes[0].length;
        double nearest = Math.hypot(xs[nb[0]] - x, ys[nb[0]] - y);
        double sigma = Math.max(nearest, spacing);
        if (!(sigma > 0)) sigma = 1e-9;
        double[] w = new double[nb.length];
        double total = 0;
        for (int a = 0; a < nb.length; a++) {
            double dx = xs[nb[a]] - x, dy = ys[nb[a]] - y;
            w[a] = Math.exp(-(dx * dx + dy * dy - nearest * nearest) / (2 * sigma * sigma));
            total += w[a];
        }
        double[] mean = new double[d];
        for (int a = 0; a < nb.length; a++) {
            float[] c = codes[nb[a]];
            for (int j = 0; j < d; j++) mean[j] += w[a] / total * c[j];
        }
        double spread = 0;
        for (int a = 0; a < nb.length; a++) {
            float[] c = codes[nb[a]];
            double s = 0;
            for (int j = 0; j < d; j++) s += (c[j] - mean[j]) * (c[j] - mean[j]);
            spread += w[a] / total * s;
        }
        if (out != null) for (int j = 0; j < d; j++) out[j] = (float) mean[j];
        return Math.sqrt(spread);
    }

    /** Indices of the k points nearest to (x, y) on the map, nearest first. */
    private int[] nearestOnMap(double x, double y, int k) {
        k = Math.min(k, xs.length);
        int[] idx = new int[k];
        double[] d2 = new double[k];
        java.util.Arrays.fill(d2, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(idx, -1);
        for (int j = 0; j < xs.length; j++) {
            double dx = xs[j] - x, dy = ys[j] - y;
            insertSorted(idx, d2, j, dx * dx + dy * dy);
        }
        return idx;
    }

    /** Keeps the k smallest distances in ascending order (k is small, so insertion is cheapest). */
    private static void insertSorted(int[] idx, double[] d2, int j, double d) {
        int k = idx.length;
        if (!(d < d2[k - 1])) return;
        int at = k - 1;
        while (at > 0 && d2[at - 1] > d) {
            d2[at] = d2[at - 1];
            idx[at] = idx[at - 1];
            at--;
        }
        d2[at] = d;
        idx[at] = j;
    }

    private static double squaredDistance(float[] a, float[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            double t = a[j] - b[j];
            s += t * t;
        }
        return s;
    }
}
