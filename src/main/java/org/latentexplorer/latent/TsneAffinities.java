package org.latentexplorer.latent;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * t-SNE's input: symmetric joint probabilities P in compressed rows (each pair stored in both rows), summing to
 * 1, over each point's k nearest neighbours, with the Gaussian bandwidth per point that gives the perplexity.
 */
record TsneAffinities(int[] rowStart, int[] columns, double[] values) {
    static TsneAffinities of(float[][] data, int k, double perplexity, Tsne.Progress progress, int total, BooleanSupplier cancelled) {
        int n = data.length;
        int[][] neighbours = new int[n][k];
        double[][] dist2 = new double[n][k];
        // Exact k nearest neighbours by brute force, one row at a time (a bounded max-heap per row).
        int reportEvery = Math.max(1, 50);
        for (int i = 0; i < n; i++) {
            if (i % reportEvery == 0) {
                if (cancelled.getAsBoolean()) throw new CancellationException();
                progress.report(i / 50, total, Double.NaN);
            }
            nearest(data, i, k, neighbours[i], dist2[i]);
        }
        // Conditional p_{j|i} with the bandwidth that gives the wanted perplexity.
        double[][] cond = new double[n][];
        double target = Math.log(perplexity);
        for (int i = 0; i < n; i++) cond[i] = conditional(dist2[i], target);
        // Symmetrise: P_ij = (p_{j|i} + p_{i|j}) / 2n over the union of both neighbour lists.
        java.util.List<java.util.Map<Integer, Double>> rows = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) rows.add(new java.util.HashMap<>(2 * k));
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < k; a++) {
                int j = neighbours[i][a];
                double v = cond[i][a] / (2.0 * n);
                rows.get(i).merge(j, v, Double::sum);
                rows.get(j).merge(i, v, Double::sum);
            }
        }
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + rows.get(i).size();
        int[] cols = new int[start[n]];
        double[] vals = new double[start[n]];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int at = start[i];
            int[] keys = rows.get(i).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int j : keys) {
                cols[at] = j;
                vals[at] = rows.get(i).get(j);
                sum += vals[at];
                at++;
            }
        }
        for (int e = 0; e < vals.length; e++) vals[e] /= sum;
        return new TsneAffinities(start, cols, vals);
    }

    /** The k nearest rows to row i by squared distance (heap order, not sorted); t-SNE and UMAP share it. */
    static void nearest(float[][] data, int i, int k, int[] outIdx, double[] outD) {
        float[] xi = data[i];
        int size = 0;
        // Max-heap on distance, of at most k entries.
        for (int j = 0; j < data.length; j++) {
            if (j == i) continue;
            float[] xj = data[j];
            double s = 0;
            for (int c = 0; c < xi.length; c++) {
                double t = xi[c] - xj[c];
                s += t * t;
            }
            if (size < k) {
                outIdx[size] = j;
                outD[size] = s;
                siftUp(outIdx, outD, size++);
            } else if (s < outD[0]) {
                outIdx[0] = j;
                outD[0] = s;
                siftDown(outIdx, outD, k);
            }
        }
    }

    private static void siftUp(int[] idx, double[] d, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (d[parent] >= d[at]) break;
            swap(idx, d, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] idx, double[] d, int size) {
        int at = 0;
        while (true) {
            int l = 2 * at + 1, r = l + 1, big = at;
            if (l < size && d[l] > d[big]) big = l;
            if (r < size && d[r] > d[big]) big = r;
            if (big == at) return;
            swap(idx, d, at, big);
            at = big;
        }
    }

    private static void swap(int[] idx, double[] d, int a, int b) {
        int ti = idx[a];
        idx[a] = idx[b];
        idx[b] = ti;
        double td = d[a];
        d[a] = d[b];
        d[b] = td;
    }

    /**
     * p_{j|i} ∝ exp(−β d²_ij) over the given neighbours, with β found by bisection so that the entropy is
     * {@code targetEntropy} (= ln perplexity, in nats).
     */
    static double[] conditional(double[] dist2, double targetEntropy) {
        int k = dist2.length;
        double min = Double.POSITIVE_INFINITY;
        for (double v : dist2) min = Math.min(min, v);
        double[] p = new double[k];
        double beta = 1, lo = 0, hi = Double.POSITIVE_INFINITY;
        // Scale the first guess to the distances so the search starts near the answer.
        double spread = 0;
        for (double v : dist2) spread += v - min;
        if (spread > 0) beta = k / spread;
        for (int iter = 0; iter < 200; iter++) {
            double sum = 0, weighted = 0;
            for (int a = 0; a < k; a++) {
                double shifted = dist2[a] - min;
                p[a] = Math.exp(-beta * shifted);
                sum += p[a];
                weighted += shifted * p[a];
            }
            double entropy = Math.log(sum) + beta * weighted / sum;
            if (Math.abs(entropy - targetEntropy) < 1e-5) break;
            if (entropy > targetEntropy) {
                lo = beta;
                beta = hi == Double.POSITIVE_INFINITY ? beta * 2 : 0.5 * (beta + hi);
            } else {
                hi = beta;
                beta = 0.5 * (beta + lo);
            }
        }
        double sum = 0;
        for (double v : p) sum += v;
        for (int a = 0; a < k; a++) p[a] /= sum;
        return p;
    }
}
