package org.latentexplorer.latent;

/**
 * How far a code lies from the encoded codes, and what "far" means for them: sampled codes that lie farther
 * from every test code than test codes lie from each other are places the decoder was never trained on.
 */
public final class CodeDistances {
    private CodeDistances() {}

    /** Euclidean distance from {@code code} to the nearest of {@code codes}. */
    public static double nearest(float[] code, float[][] codes) {
        double best = Double.POSITIVE_INFINITY;
        for (float[] c : codes) {
            double s = 0;
            for (int j = 0; j < code.length; j++) {
                double t = code[j] - c[j];
                s += t * t;
                if (s >= best) break;
            }
            best = Math.min(best, s);
        }
        return Math.sqrt(best);
    }

    /**
     * The {@code p} quantile (e.g. 0.95) of each code's distance to its nearest other code, over an even sample
     * of at most {@code sample} codes (each measured against all codes).
     */
    public static double nearestNeighbourQuantile(float[][] codes, double p, int sample) {
        int n = codes.length;
        if (n < 2) return 0;
        int step = Math.max(1, n / Math.max(1, sample));
        int m = (n + step - 1) / step;
        double[] d = new double[m];
        for (int i = 0, k = 0; i < n; i += step, k++) {
            double best = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                double s = 0;
                for (int c = 0; c < codes[i].length; c++) {
                    double t = codes[i][c] - codes[j][c];
                    s += t * t;
                    if (s >= best) break;
                }
                best = Math.min(best, s);
            }
            d[k] = Math.sqrt(best);
        }
        java.util.Arrays.sort(d);
        return d[(int) Math.min(m - 1, Math.round(p * (m - 1)))];
    }
}
