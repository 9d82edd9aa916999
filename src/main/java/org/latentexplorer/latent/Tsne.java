package org.latentexplorer.latent;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * t-SNE (van der Maaten and Hinton 2008) of codes into the plane. Small sets use the exact gradient over all
 * pairs; larger ones use neighbour affinities over the 3·perplexity nearest neighbours and the Barnes-Hut
 * approximation of the repulsion (van der Maaten 2014). The optimiser is the usual one: early exaggeration
 * 12 for 250 iterations, momentum 0.5 then 0.8, per-coordinate gains, learning rate max(200, n / 12), and
 * initialisation on the first two principal components scaled to a standard deviation of 1e-4, so the
 * result is deterministic and keeps the global layout of PCA.
 */
public final class Tsne {
    /**
     * @param perplexity  effective number of neighbours (clamped to (n − 1) / 3 for small sets)
     * @param iterations  gradient steps in all
     * @param theta       Barnes-Hut accuracy (0.5 is the usual trade-off)
     * @param exactBelow  sets with fewer points use the exact O(n²) gradient
     * @param seed        for the jitter that separates identical codes
     */
    public record Options(double perplexity, int iterations, double theta, int exactBelow, long seed) {
        public Options {
            if (!(perplexity > 0)) throw new IllegalArgumentException("perplexity must be positive, was " + perplexity);
            if (iterations < 1) throw new IllegalArgumentException("iterations must be ≥ 1, was " + iterations);
            if (!(theta >= 0)) throw new IllegalArgumentException("theta must be ≥ 0, was " + theta);
        }

        public static Options defaults() {
            return new Options(30, 1000, 0.5, 1000, 42);
        }

        public Options withIterations(int n) {
            return new Options(perplexity, n, theta, exactBelow, seed);
        }

        public Options withExactBelow(int n) {
            return new Options(perplexity, iterations, theta, n, seed);
        }

        public Options withPerplexity(double p) {
            return new Options(p, iterations, theta, exactBelow, seed);
        }
    }

    /** Progress of a run: {@code done} of {@code total} steps; {@code kl} is the current KL divergence or NaN. */
    @FunctionalInterface
    public interface Progress {
        void report(int done, int total, double kl);
    }

    private static final int EXAGGERATION_ITERATIONS = 250;
    private static final double EXAGGERATION = 12;

    private Tsne() {}

    /** The embedding of {@code data} (n rows of d values): n rows of (x, y). */
    public static double[][] embed(float[][] data, Options options) {
        return embed(data, options, (a, b, c) -> {}, () -> false);
    }

    /**
     * Checks that every row has one length; the 2-D map of no row or of one row (at the origin), else null. Every
     * embedding starts so: below two points there is nothing to lay out.
     */
    static double[][] mapOfFewerThanTwo(float[][] data) {
        if (data.length == 0) return new double[0][];
        int d = data[0].length;
        for (float[] row : data) if (row.length != d) throw new IllegalArgumentException("rows differ in length");
        return data.length == 1 ? new double[][] {{0, 0}} : null;
    }

    /**
     * The embedding of {@code data}, reporting progress now and then; throws {@link CancellationException}
     * soon after {@code cancelled} turns true.
     */
    public static double[][] embed(float[][] data, Options options, Progress progress, BooleanSupplier cancelled) {
        int n = data.length;
        double[][] trivial = Tsne.mapOfFewerThanTwo(data);
        if (trivial != null) return trivial;
        boolean exact = n < options.exactBelow();
        double perplexity = Math.max(1, Math.min(options.perplexity(), (n - 1) / 3.0));
        int k = exact ? n - 1 : Math.min(n - 1, (int) Math.floor(3 * perplexity));
        int total = options.iterations() + n / 50 + 1;

        TsneAffinities p = TsneAffinities.of(data, k, perplexity, progress, total, cancelled);
        double[] y = initialise(data, options.seed());
        optimise(p, y, n, exact, options, progress, total, n / 50 + 1, cancelled);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) out[i] = new double[] {y[2 * i], y[2 * i + 1]};
        return out;
    }

    // --- initialisation -----------------------------------------------------------------------------

    /** The first two principal components, scaled so the first has standard deviation 1e-4, plus a tiny jitter. */
    static double[] initialise(float[][] data, long seed) {
        int n = data.length, d = data[0].length;
        double[] y = new double[2 * n];
        SplittableRandom random = new SplittableRandom(seed);
        if (d >= 2) {
            float[] mean = Statistics.mean(data, d);
            Statistics.Eigen eigen = Statistics.symmetricEigen(Statistics.covariance(data, d));
            double[] pc1 = eigen.vectors()[0], pc2 = eigen.vectors()[1];
            for (int i = 0; i < n; i++) {
                double a = 0, b = 0;
                for (int j = 0; j < d; j++) {
                    double c = data[i][j] - mean[j];
                    a += c * pc1[j];
                    b += c * pc2[j];
                }
                y[2 * i] = a;
                y[2 * i + 1] = b;
            }
        } else {
            for (int i = 0; i < n; i++) y[2 * i] = data[i][0];
        }
        double sd = 0, m = 0;
        for (int i = 0; i < n; i++) m += y[2 * i];
        m /= n;
        for (int i = 0; i < n; i++) sd += (y[2 * i] - m) * (y[2 * i] - m);
        sd = Math.sqrt(sd / n);
        double scale = sd > 0 ? 1e-4 / sd : 0;
        for (int e = 0; e < y.length; e++) y[e] = y[e] * scale + random.nextGaussian() * 1e-6;
        return y;
    }

    // --- optimisation -------------------------------------------------------------------------------

    private static void optimise(TsneAffinities p, double[] y, int n, boolean exact, Options options, Progress progress,
                                 int total, int offset, BooleanSupplier cancelled) {
        double[] grad = new double[2 * n], update = new double[2 * n], gains = new double[2 * n];
        Arrays.fill(gains, 1);
        double rate = Math.max(200, n / EXAGGERATION);
        TsneQuadTree tree = exact ? null : new TsneQuadTree(n);
        int iterations = options.iterations();
        for (int it = 0; it < iterations; it++) {
            if (cancelled.getAsBoolean()) throw new CancellationException();
            boolean early = it < EXAGGERATION_ITERATIONS;
            double exaggeration = early ? EXAGGERATION : 1;
            double momentum = early ? 0.5 : 0.8;
            boolean wantKl = it % 50 == 49 || it == iterations - 1;
            double z = exact ? TsneGradient.exact(p, y, n, exaggeration, grad) : TsneGradient.barnesHut(p, y, n, exaggeration, grad, tree, options.theta());
            for (int e = 0; e < 2 * n; e++) {
                boolean sameSign = (grad[e] > 0) == (update[e] > 0);
                gains[e] = Math.max(0.01, sameSign ? gains[e] * 0.8 : gains[e] + 0.2);
                update[e] = momentum * update[e] - rate * gains[e] * grad[e];
                y[e] += update[e];
            }
            centre(y, n);
            if (wantKl) progress.report(offset + it + 1, total, TsneGradient.kl(p, y, z));
        }
    }

    private static void centre(double[] y, int n) {
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        mx /= n;
        my /= n;
        for (int i = 0; i < n; i++) {
            y[2 * i] -= mx;
            y[2 * i + 1] -= my;
        }
    }

    /** The exact KL divergence of an embedding (for tests): P from the data with all neighbours, Q over all pairs. */
    static double klDivergence(float[][] data, double[][] embedding, double perplexity) {
        int n = data.length;
        return klOverAllPairs(TsneAffinities.of(data, n - 1, Math.min(perplexity, (n - 1) / 3.0), (a, b, c) -> {}, 1, () -> false), embedding);
    }

    /**
     * KL(P ‖ Q) of an embedding, with P over each point's 3·perplexity nearest neighbours (the P that
     * Barnes-Hut t-SNE optimises, here and in scikit-learn) and Q normalised over all pairs: one yardstick for
     * embeddings made by different programs. O(n²) in the normalisation, seconds at 10,000 points.
     */
    public static double neighbourKl(float[][] data, double[][] embedding, double perplexity) {
        int n = data.length;
        double perp = Math.max(1, Math.min(perplexity, (n - 1) / 3.0));
        return klOverAllPairs(TsneAffinities.of(data, Math.min(n - 1, (int) Math.floor(3 * perp)), perp, (a, b, c) -> {}, 1, () -> false), embedding);
    }

    /** KL(P ‖ Q) with Q normalised over all pairs (Z summed exactly, O(n²)). */
    private static double klOverAllPairs(TsneAffinities p, double[][] embedding) {
        int n = embedding.length;
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            y[2 * i] = embedding[i][0];
            y[2 * i + 1] = embedding[i][1];
        }
        double z = 0;
        for (int i = 0; i < n; i++) {
            double yx = y[2 * i], yy = y[2 * i + 1];
            for (int j = i + 1; j < n; j++) {
                double dx = yx - y[2 * j], dy = yy - y[2 * j + 1];
                z += 2 / (1 + dx * dx + dy * dy);
            }
        }
        return TsneGradient.kl(p, y, z);
    }
}
