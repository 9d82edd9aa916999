package org.latentexplorer.latent;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * UMAP (McInnes, Healy and Melville 2018) of codes into the plane, compact and seeded: the exact k nearest
 * neighbours; per point a distance to its nearest neighbour (ρ) and a bandwidth (σ) so that its fuzzy
 * memberships sum to log₂ k; the fuzzy union a + b − ab of both directions; then stochastic gradient descent
 * on the cross-entropy of the low-dimensional curve 1 / (1 + a d^2b), each edge sampled in proportion to its
 * weight, with negative samples for the repulsion. It starts from the first two principal components (as
 * t-SNE here does), so the same codes and seed always give the same map.
 */
public final class Umap {
    /**
     * @param neighbours size of the neighbourhood that defines local structure (2..200; larger keeps more
     *                   of the global layout)
     * @param minDist    how tightly points may pack on the map (0..1)
     * @param epochs     optimisation epochs, or 0 for the usual choice (500 up to 10,000 points, 200 beyond)
     * @param seed       for the edge and negative sampling
     */
    public record Options(int neighbours, double minDist, int epochs, long seed) {
        public Options {
            if (neighbours < 2) throw new IllegalArgumentException("neighbours must be ≥ 2, was " + neighbours);
            if (!(minDist >= 0 && minDist <= 1)) throw new IllegalArgumentException("minDist must be in [0, 1], was " + minDist);
            if (epochs < 0) throw new IllegalArgumentException("epochs must be ≥ 0, was " + epochs);
        }

        public static Options defaults() {
            return new Options(15, 0.1, 0, 42);
        }

        public Options withNeighbours(int k) {
            return new Options(k, minDist, epochs, seed);
        }

        public Options withMinDist(double d) {
            return new Options(neighbours, d, epochs, seed);
        }

        public Options withEpochs(int e) {
            return new Options(neighbours, minDist, e, seed);
        }
    }

    /** Progress of a run: {@code done} of {@code total} steps. */
    @FunctionalInterface
    public interface Progress {
        void report(int done, int total);
    }

    /** The graph's edges, each once, with their fuzzy membership. */
    record Graph(int[] heads, int[] tails, double[] weights) {}

    private static final int NEGATIVE_SAMPLES = 5;
    private static final double LEARNING_RATE = 1;
    private static final double CLIP = 4;
    /** Points before the kNN search reports progress; the kNN search is a tenth of the bar. */
    private static final int KNN_REPORT = 50;

    private Umap() {}

    public static double[][] embed(float[][] data, Options options) {
        return embed(data, options, (a, b) -> {}, () -> false);
    }

    /**
     * The embedding of {@code data} (n rows of d values): n rows of (x, y). Reports progress now and then;
     * throws {@link CancellationException} soon after {@code cancelled} turns true.
     */
    public static double[][] embed(float[][] data, Options options, Progress progress, BooleanSupplier cancelled) {
        int n = data.length;
        double[][] trivial = Tsne.mapOfFewerThanTwo(data);
        if (trivial != null) return trivial;
        int epochs = options.epochs() > 0 ? options.epochs() : n <= 10_000 ? 500 : 200;
        int knnSteps = Math.max(1, epochs / 10);
        int total = knnSteps + epochs;
        Graph graph = graph(data, Math.min(options.neighbours(), n - 1), progress, knnSteps, total, cancelled);
        double[] ab = curve(options.minDist());
        double[] y = initialise(data, options.seed());
        optimise(graph, y, n, ab[0], ab[1], epochs, new SplittableRandom(options.seed()), progress, knnSteps, total, cancelled);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) out[i] = new double[] {y[2 * i], y[2 * i + 1]};
        return out;
    }

    // --- the fuzzy simplicial set ---------------------------------------------------------------------

    static Graph graph(float[][] data, int k, Progress progress, int knnSteps, int total, BooleanSupplier cancelled) {
        int n = data.length;
        Map<Long, Double> directed = new HashMap<>(2 * n * k);
        int[] idx = new int[k];
        double[] d2 = new double[k], dist = new double[k];
        for (int i = 0; i < n; i++) {
            if (i % KNN_REPORT == 0) {
                if (cancelled.getAsBoolean()) throw new CancellationException();
                progress.report((int) ((long) i * knnSteps / n), total);
            }
            TsneAffinities.nearest(data, i, k, idx, d2);
            for (int a = 0; a < k; a++) dist[a] = Math.sqrt(d2[a]);
            double[] w = memberships(dist);
            for (int a = 0; a < k; a++) directed.put((long) i * n + idx[a], w[a]);
        }
        // Fuzzy union of i→j and j→i: a + b − ab, each unordered pair once.
        int m = directed.size();
        int[] heads = new int[m], tails = new int[m];
        double[] weights = new double[m];
        int e = 0;
        for (Map.Entry<Long, Double> entry : directed.entrySet()) {
            int i = (int) (entry.getKey() / n), j = (int) (entry.getKey() % n);
            Double back = directed.get((long) j * n + i);
            if (back != null && i > j) continue;
            double a = entry.getValue(), b = back == null ? 0 : back;
            heads[e] = i;
            tails[e] = j;
            weights[e++] = a + b - a * b;
        }
        return new Graph(java.util.Arrays.copyOf(heads, e), java.util.Arrays.copyOf(tails, e), java.util.Arrays.copyOf(weights, e));
    }

    /**
     * Memberships exp(−(dᵢ − ρ) / σ) of one point's neighbours, ρ the nearest positive distance and σ found by
     * bisection so that they sum to log₂ k (the neighbourhood counts as k points however spread it is).
     */
    static double[] memberships(double[] dist) {
        int k = dist.length;
        double rho = Double.POSITIVE_INFINITY, mean = 0;
        for (double v : dist) {
            if (v > 0) rho = Math.min(rho, v);
            mean += v / k;
        }
        if (rho == Double.POSITIVE_INFINITY) rho = 0;
        double target = Math.log(k) / Math.log(2);
        double lo = 0, hi = Double.POSITIVE_INFINITY, sigma = 1;
        for (int iter = 0; iter < 64; iter++) {
            double sum = 0;
            for (double v : dist) sum += Math.exp(-Math.max(0, v - rho) / sigma);
            if (Math.abs(sum - target) < 1e-5) break;
            if (sum > target) {
                hi = sigma;
                sigma = (lo + hi) / 2;
            } else {
                lo = sigma;
                sigma = hi == Double.POSITIVE_INFINITY ? sigma * 2 : (lo + hi) / 2;
            }
        }
        // As in the reference: a floor on σ so that identical neighbourhoods do not give infinite sharpness.
        sigma = Math.max(sigma, 1e-3 * mean);
        double[] w = new double[k];
        for (int a = 0; a < k; a++) w[a] = sigma > 0 ? Math.exp(-Math.max(0, dist[a] - rho) / sigma) : 1;
        return w;
    }

    // --- the low-dimensional curve --------------------------------------------------------------------

    /**
     * (a, b) of 1 / (1 + a x^2b) fitted by least squares to 1 below {@code minDist} and exp(−(x − minDist))
     * beyond (spread 1), on x in (0, 3]: a coarse grid, then finer grids around the best point.
     */
    static double[] curve(double minDist) {
        int samples = 300;
        double[] xs = new double[samples], target = new double[samples];
        for (int s = 0; s < samples; s++) {
            xs[s] = 3.0 * (s + 1) / samples;
            target[s] = xs[s] < minDist ? 1 : Math.exp(-(xs[s] - minDist));
        }
        double logA = 0, b = 1, stepA = 2, stepB = 0.8, best = Double.POSITIVE_INFINITY;
        for (int round = 0; round < 6; round++) {
            double centreA = logA, centreB = b;
            for (int ia = -10; ia <= 10; ia++) {
                for (int ib = -10; ib <= 10; ib++) {
                    double la = centreA + ia * stepA / 10, bb = centreB + ib * stepB / 10;
                    if (bb <= 0.05) continue;
                    double a = Math.exp(la), err = 0;
                    for (int s = 0; s < samples; s++) {
                        double f = 1 / (1 + a * Math.pow(xs[s], 2 * bb)) - target[s];
                        err += f * f;
                    }
                    if (err < best) {
                        best = err;
                        logA = la;
                        b = bb;
                    }
                }
            }
            stepA /= 4;
            stepB /= 4;
        }
        return new double[] {Math.exp(logA), b};
    }

    // --- layout -----------------------------------------------------------------------------------------

    /** The first two principal components (as t-SNE starts), scaled so the map starts about 20 units wide. */
    private static double[] initialise(float[][] data, long seed) {
        double[] y = Tsne.initialise(data, seed);
        double max = 0;
        for (double v : y) max = Math.max(max, Math.abs(v));
        double scale = max > 0 ? 10 / max : 1;
        for (int e = 0; e < y.length; e++) y[e] *= scale;
        return y;
    }

    private static void optimise(Graph g, double[] y, int n, double a, double b, int epochs, SplittableRandom random,
                                 Progress progress, int offset, int total, BooleanSupplier cancelled) {
        int m = g.weights().length;
        double max = 0;
        for (double w : g.weights()) max = Math.max(max, w);
        // An edge of weight w is sampled every max / w epochs; edges too weak to be sampled once are dropped.
        double[] every = new double[m], next = new double[m], everyNegative = new double[m], nextNegative = new double[m];
        for (int e = 0; e < m; e++) {
            double w = g.weights()[e];
            every[e] = w * epochs >= max ? max / w : -1;
            next[e] = every[e];
            everyNegative[e] = every[e] / NEGATIVE_SAMPLES;
            nextNegative[e] = everyNegative[e];
        }
        for (int epoch = 0; epoch < epochs; epoch++) {
            if (cancelled.getAsBoolean()) throw new CancellationException();
            progress.report(offset + epoch, total);
            double alpha = LEARNING_RATE * (1 - (double) epoch / epochs);
            for (int e = 0; e < m; e++) {
                if (every[e] < 0 || next[e] > epoch) continue;
                int i = g.heads()[e], j = g.tails()[e];
                double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1], dd = dx * dx + dy * dy;
                if (dd > 0) {
                    double c = -2 * a * b * Math.pow(dd, b - 1) / (a * Math.pow(dd, b) + 1);
                    double gx = clip(c * dx) * alpha, gy = clip(c * dy) * alpha;
                    y[2 * i] += gx;
                    y[2 * i + 1] += gy;
                    y[2 * j] -= gx;
                    y[2 * j + 1] -= gy;
                }
                next[e] += every[e];
                int negatives = (int) ((epoch - nextNegative[e]) / everyNegative[e]);
                for (int s = 0; s < negatives; s++) {
                    int k = random.nextInt(n);
                    if (k == i) continue;
                    double nx = y[2 * i] - y[2 * k], ny = y[2 * i + 1] - y[2 * k + 1], nd = nx * nx + ny * ny;
                    if (nd > 0) {
                        double c = 2 * b / ((0.001 + nd) * (a * Math.pow(nd, b) + 1));
                        y[2 * i] += clip(c * nx) * alpha;
                        y[2 * i + 1] += clip(c * ny) * alpha;
                    } else {
                        y[2 * i] += CLIP * alpha;
                        y[2 * i + 1] += CLIP * alpha;
                    }
                }
                nextNegative[e] += negatives * everyNegative[e];
            }
        }
        progress.report(total, total);
    }

    private static double clip(double v) {
        return v > CLIP ? CLIP : v < -CLIP ? -CLIP : v;
    }
}
