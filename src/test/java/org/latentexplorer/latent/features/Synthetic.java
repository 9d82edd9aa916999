package org.latentexplorer.latent.features;

import java.util.SplittableRandom;

/** Seeded test data: Gaussian clusters, one per class, around well separated centres. */
final class Synthetic {
    final float[][] rows;
    final int[] labels;

    private Synthetic(float[][] rows, int[] labels) {
        this.rows = rows;
        this.labels = labels;
    }

    /** {@code n} rows of {@code d} values; class c's centre is {@code separation} along axis c (mod d). */
    static Synthetic clusters(int n, int d, int classes, double separation, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] rows = new float[n][d];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(classes);
            labels[i] = c;
            for (int j = 0; j < d; j++) rows[i][j] = (float) gaussian(random);
            rows[i][c % d] += (float) separation * (1 + c / d);
        }
        return new Synthetic(rows, labels);
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble(), v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** The labels in a seeded random order: no row keeps any relation to its label. */
    static int[] shuffled(int[] labels, long seed) {
        int[] out = labels.clone();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = out.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        return out;
    }
}
