package org.latentexplorer.latent;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Reconstruction error as an anomaly score: the worst images, and how well the error singles out one class. */
public final class Anomalies {
    private Anomalies() {}

    /** Indices of the {@code k} largest errors, largest first (ties: lower index first); NaN counts as largest. */
    public static int[] worst(float[] errors, int k) {
        if (k < 0) throw new IllegalArgumentException("k must be ≥ 0, was " + k);
        Comparator<Integer> byError = (a, b) -> {
            int c = Float.compare(errors[b], errors[a]);
            return c != 0 ? c : Integer.compare(a, b);
        };
        return IntStream.range(0, errors.length).boxed().sorted(byError).limit(k).mapToInt(Integer::intValue).toArray();
    }

    /**
     * ROC AUC of {@code scores} for telling positives (higher score = more anomalous) from the rest, by the
     * rank-sum (Mann–Whitney) formula AUC = (R₊ − n₊(n₊+1)/2) / (n₊ n₋), with average ranks for ties, so a
     * tie counts one half. NaN if either group is empty.
     */
    public static double rocAuc(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + positive.length + " labels");
        }
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double rankSum = 0;
        long pos = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && Double.compare(scores[order[end + 1]], scores[order[start]]) == 0) end++;
            double averageRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                if (positive[order[k]]) {
                    rankSum += averageRank;
                    pos++;
                }
            }
            start = end + 1;
        }
        long neg = n - pos;
        if (pos == 0 || neg == 0) return Double.NaN;
        return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * neg);
    }

    /** AUC of reconstruction error as a score for {@code anomalyClass} against all other labels. */
    public static double rocAucForClass(float[] errors, int[] labels, int anomalyClass) {
        double[] scores = new double[errors.length];
        boolean[] positive = new boolean[errors.length];
        for (int i = 0; i < errors.length; i++) {
            scores[i] = errors[i];
            positive[i] = labels[i] == anomalyClass;
        }
        return rocAuc(scores, positive);
    }
}
