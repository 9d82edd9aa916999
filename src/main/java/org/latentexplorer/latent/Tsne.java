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
     * The embedding of {@code data}, reporting progress now and then; throws {@link CancellationException}
     * soon after {@code cancelled} turns true.
     */
    public static double[][] embed(float[][] data, Options options, Progress progress, BooleanSupplier cancelled) {
        int n = data.length;
        if (n == 0) return new double[0][];
        int d = data[0].length;
        for (float[] row : data) if (row.length != d) throw new IllegalArgumentException("rows differ in length");
        if (n == 1) return new double[][] {{0, 0}};
        boolean exact = n < options.exactBelow();
        double perplexity = Math.max(1, Math.min(options.perplexity(), (n - 1) / 3.0));
        int k = exact ? n - 1 : Math.min(n - 1, (int) Math.floor(3 * perplexity));
        int total = options.iterations() + n / 50 + 1;

        Affinities p = affinities(data, k, perplexity, progress, total, cancelled);
        double[] y = initialise(data, options.seed());
        optimise(p, y, n, exact, options, progress, total, n / 50 + 1, cancelled);
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) out[i] = new double[] {y[2 * i], y[2 * i + 1]};
        return out;
    }

    // --- input affinities ---------------------------------------------------------------------------

    /** Symmetric joint probabilities P in compressed rows (each pair stored in both rows), summing to 1. */
    record Affinities(int[] rowStart, int[] columns, double[] values) {}

    static Affinities affinities(float[][] data, int k, double perplexity, Progress progress, int total, BooleanSupplier cancelled) {
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
        return new Affinities(start, cols, vals);
    }

    /** The k nearest rows to row i by squared distance (in heap order, not sorted); t-SNE and UMAP share it. */
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

    private static void optimise(Affinities p, double[] y, int n, boolean exact, Options options, Progress progress,
                                 int total, int offset, BooleanSupplier cancelled) {
        double[] grad = new double[2 * n], update = new double[2 * n], gains = new double[2 * n];
        Arrays.fill(gains, 1);
        double rate = Math.max(200, n / EXAGGERATION);
        QuadTree tree = exact ? null : new QuadTree(n);
        int iterations = options.iterations();
        for (int it = 0; it < iterations; it++) {
            if (cancelled.getAsBoolean()) throw new CancellationException();
            boolean early = it < EXAGGERATION_ITERATIONS;
            double exaggeration = early ? EXAGGERATION : 1;
            double momentum = early ? 0.5 : 0.8;
            boolean wantKl = it % 50 == 49 || it == iterations - 1;
            double z = exact ? exactGradient(p, y, n, exaggeration, grad) : barnesHutGradient(p, y, n, exaggeration, grad, tree, options.theta());
            for (int e = 0; e < 2 * n; e++) {
                boolean sameSign = (grad[e] > 0) == (update[e] > 0);
                gains[e] = Math.max(0.01, sameSign ? gains[e] * 0.8 : gains[e] + 0.2);
                update[e] = momentum * update[e] - rate * gains[e] * grad[e];
                y[e] += update[e];
            }
            centre(y, n);
            if (wantKl) progress.report(offset + it + 1, total, klDivergence(p, y, z));
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

    /** Attractive forces over the stored affinities, into grad (as F_attr); shared by both gradients. */
    private static void attraction(Affinities p, double[] y, int n, double exaggeration, double[] grad) {
        for (int i = 0; i < n; i++) {
            double fx = 0, fy = 0, yx = y[2 * i], yy = y[2 * i + 1];
            for (int e = p.rowStart()[i]; e < p.rowStart()[i + 1]; e++) {
                int j = p.columns()[e];
                double dx = yx - y[2 * j], dy = yy - y[2 * j + 1];
                double q = 1 / (1 + dx * dx + dy * dy);
                double m = p.values()[e] * q * exaggeration;
                fx += m * dx;
                fy += m * dy;
            }
            grad[2 * i] = fx;
            grad[2 * i + 1] = fy;
        }
    }

    /** The exact gradient over all pairs; returns Z = Σ_{k≠l} (1 + |y_k − y_l|²)⁻¹. */
    static double exactGradient(Affinities p, double[] y, int n, double exaggeration, double[] grad) {
        attraction(p, y, n, exaggeration, grad);
        double[] rep = new double[2 * n];
        double z = 0;
        for (int i = 0; i < n; i++) {
            double yx = y[2 * i], yy = y[2 * i + 1], rx = 0, ry = 0;
            for (int j = i + 1; j < n; j++) {
                double dx = yx - y[2 * j], dy = yy - y[2 * j + 1];
                double q = 1 / (1 + dx * dx + dy * dy);
                z += 2 * q;
                double q2 = q * q;
                rx += q2 * dx;
                ry += q2 * dy;
                rep[2 * j] -= q2 * dx;
                rep[2 * j + 1] -= q2 * dy;
            }
            rep[2 * i] += rx;
            rep[2 * i + 1] += ry;
        }
        for (int e = 0; e < 2 * n; e++) grad[e] = 4 * (grad[e] - rep[e] / z);
        return z;
    }

    static double barnesHutGradient(Affinities p, double[] y, int n, double exaggeration, double[] grad, QuadTree tree, double theta) {
        attraction(p, y, n, exaggeration, grad);
        tree.build(y, n);
        double[] rep = new double[2 * n];
        double z = 0;
        double[] acc = new double[3];
        for (int i = 0; i < n; i++) {
            tree.repulsion(i, y[2 * i], y[2 * i + 1], theta, acc);
            rep[2 * i] = acc[0];
            rep[2 * i + 1] = acc[1];
            z += acc[2];
        }
        for (int e = 0; e < 2 * n; e++) grad[e] = 4 * (grad[e] - rep[e] / z);
        return z;
    }

    /** KL(P ‖ Q) over the stored pairs, with Q_ij = (1 + d²)⁻¹ / Z. */
    static double klDivergence(Affinities p, double[] y, double z) {
        double kl = 0;
        for (int i = 0; i + 1 < p.rowStart().length; i++) {
            for (int e = p.rowStart()[i]; e < p.rowStart()[i + 1]; e++) {
                int j = p.columns()[e];
                double pij = p.values()[e];
                if (pij <= 0) continue;
                double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                double q = 1 / (1 + dx * dx + dy * dy) / z;
                kl += pij * Math.log(pij / Math.max(q, 1e-300));
            }
        }
        return kl;
    }

    /** The exact KL divergence of an embedding (for tests): P from the data with all neighbours, Q over all pairs. */
    static double klDivergence(float[][] data, double[][] embedding, double perplexity) {
        int n = data.length;
        Affinities p = affinities(data, n - 1, Math.min(perplexity, (n - 1) / 3.0), (a, b, c) -> {}, 1, () -> false);
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            y[2 * i] = embedding[i][0];
            y[2 * i + 1] = embedding[i][1];
        }
        double z = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) continue;
                double dx = y[2 * i] - y[2 * j], dy = y[2 * i + 1] - y[2 * j + 1];
                z += 1 / (1 + dx * dx + dy * dy);
            }
        }
        return klDivergence(p, y, z);
    }

    /**
     * A point quadtree in flat arrays, rebuilt every iteration: each cell keeps its points' count and centre of
     * mass, so a far cell's repulsion is computed once for all its points.
     */
    static final class QuadTree {
        private static final int MAX_DEPTH = 40;
        private double[] cx, cy, half, comX, comY;
        private int[] count, child, point;
        private int size;
        private final int[] stack = new int[4 * MAX_DEPTH + 8];

        QuadTree(int n) {
            allocate(Math.max(16, 2 * n));
        }

        private void allocate(int capacity) {
            cx = grow(cx, capacity);
            cy = grow(cy, capacity);
            half = grow(half, capacity);
            comX = grow(comX, capacity);
            comY = grow(comY, capacity);
            count = grow(count, capacity);
            child = grow(child, capacity);
            point = grow(point, capacity);
        }

        private static double[] grow(double[] a, int n) {
            return a == null ? new double[n] : Arrays.copyOf(a, n);
        }

        private static int[] grow(int[] a, int n) {
            return a == null ? new int[n] : Arrays.copyOf(a, n);
        }

        private int newNode(double x, double y, double h) {
            if (size == cx.length) allocate(cx.length * 2);
            int node = size++;
            cx[node] = x;
            cy[node] = y;
            half[node] = h;
            comX[node] = 0;
            comY[node] = 0;
            count[node] = 0;
            child[node] = -1;
            point[node] = -1;
            return node;
        }

        void build(double[] y, int n) {
            double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = x0, y1 = x1;
            for (int i = 0; i < n; i++) {
                x0 = Math.min(x0, y[2 * i]);
                x1 = Math.max(x1, y[2 * i]);
                y0 = Math.min(y0, y[2 * i + 1]);
                y1 = Math.max(y1, y[2 * i + 1]);
            }
            size = 0;
            double h = Math.max(x1 - x0, y1 - y0) / 2 + 1e-5;
            newNode((x0 + x1) / 2, (y0 + y1) / 2, h);
            for (int i = 0; i < n; i++) insert(i, y[2 * i], y[2 * i + 1]);
        }

        private void insert(int i, double x, double y) {
            int node = 0;
            for (int depth = 0; ; depth++) {
                int c = count[node];
                if (child[node] < 0 && c == 1 && depth < MAX_DEPTH) {
                    // Split: the resident point (at the leaf's centre of mass) moves down into its quadrant.
                    double rx = comX[node], ry = comY[node], h = half[node] / 2;
                    int resident = point[node], first = -1;
                    for (int q = 0; q < 4; q++) {
                        int made = newNode(cx[node] + ((q & 1) == 0 ? -h : h), cy[node] + ((q & 2) == 0 ? -h : h), h);
                        if (q == 0) first = made;
                    }
                    child[node] = first;
                    point[node] = -1;
                    int target = first + quadrant(node, rx, ry);
                    comX[target] = rx;
                    comY[target] = ry;
                    count[target] = 1;
                    point[target] = resident;
                }
                comX[node] = (comX[node] * c + x) / (c + 1);
                comY[node] = (comY[node] * c + y) / (c + 1);
                count[node] = c + 1;
                if (child[node] < 0) {
                    // An empty leaf takes the point; a full one at the depth limit keeps identical positions together.
                    if (c == 0) point[node] = i;
                    return;
                }
                node = child[node] + quadrant(node, x, y);
            }
        }

        private int quadrant(int node, double x, double y) {
            return (x >= cx[node] ? 1 : 0) | (y >= cy[node] ? 2 : 0);
        }

        /** Σ_j q_ij² (y_i − y_j) into acc[0..1] and Σ_j q_ij into acc[2], q = (1 + d²)⁻¹, cells summarised by θ. */
        void repulsion(int i, double x, double y, double theta, double[] acc) {
            double fx = 0, fy = 0, z = 0, theta2 = theta * theta;
            int top = 0;
            stack[top++] = 0;
            while (top > 0) {
                int node = stack[--top];
                int c = count[node];
                if (c == 0) continue;
                boolean leaf = child[node] < 0;
                if (leaf && c == 1 && point[node] == i) continue;
                double dx = x - comX[node], dy = y - comY[node], d2 = dx * dx + dy * dy;
                double width = 2 * half[node];
                if (leaf || width * width < theta2 * d2) {
                    double q = 1 / (1 + d2);
                    double m = c * q;
                    z += m;
                    m *= q;
                    fx += m * dx;
                    fy += m * dy;
                } else {
                    int first = child[node];
                    for (int q = 0; q < 4; q++) stack[top++] = first + q;
                }
            }
            acc[0] = fx;
            acc[1] = fy;
            acc[2] = z;
        }
    }
}
