package org.latentexplorer.latent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The three defects of a plain autoencoder's latent space, measured: (a) the codes are off-centre and
 * stretched, (b) the region one would sample from has gaps no code comes near, (c) decodes change abruptly
 * between neighbouring points. Works on plain code arrays of any dimension; decoding goes through a
 * {@link BatchDecoder}. Definitions are in {@code docs/metrics.md}.
 */
public final class DefectsScorecard {
    /** Default cells per axis of the grids. */
    public static final int DEFAULT_GRID = 40;
    /** Default gap threshold, in units of the even spacing (region volume / codes)^(1/d). */
    public static final double DEFAULT_GAP_MULTIPLE = 1.5;
    /** Above this many grid points a region is sampled at random instead of on a full grid. */
    static final int MAX_GRID_POINTS = 250_000;
    /** Random sample size for regions of too many dimensions for a full grid. */
    static final int RANDOM_SAMPLES = 20_000;
    private static final long SEED = 20240601L;

    private DefectsScorecard() {}

    /** (a) Where the codes sit and how round their cloud is. */
    public record Shape(double[] mean, double spread, double offCentre, double[] principalStd, double asymmetry) {}

    /** (b) How much of the region is far from every code. */
    public record Gaps(double fraction, double threshold, double spacing, double multiple, int samples, String sampling) {}

    /** (c) How much decodes change between neighbouring grid points. */
    public record Discontinuity(double mean, double p95, double max, int pairs, int decoded, double[] step, int[] axes) {}

    /** All three, for one set of codes and one region. */
    public record Result(int count, int dimension, Shape shape, LatentRegion region, Gaps gaps, Discontinuity discontinuity) {}

    /** The whole scorecard with the default thresholds; {@code decoder} is called once, with one batch. */
    public static Result score(float[][] codes, LatentRegion region, int grid, BatchDecoder decoder) {
        return score(codes, region, grid, DEFAULT_GAP_MULTIPLE, decoder);
    }

    public static Result score(float[][] codes, LatentRegion region, int grid, double gapMultiple, BatchDecoder decoder) {
        int d = checkCodes(codes);
        if (region.dimension() != d) {
            throw new IllegalArgumentException("region has " + region.dimension() + " dimensions, codes have " + d);
        }
        return new Result(codes.length, d, shape(codes), region, gaps(codes, region, grid, gapMultiple),
                discontinuity(region, grid, decoder));
    }

    // ---------------------------------------------------------------- (a) off-centre and asymmetry

    /**
     * Off-centre = ‖mean‖ / s with s = √(trace Σ / d), the root-mean variance per axis; asymmetry =
     * √(λ_max / λ_min) over the eigenvalues of the sample covariance Σ (1 for a round cloud, ∞ if flat).
     */
    public static Shape shape(float[][] codes) {
        int d = checkCodes(codes);
        float[] m = Statistics.mean(codes, d);
        double[][] cov = Statistics.covariance(codes, d);
        double trace = 0, norm2 = 0;
        double[] mean = new double[d];
        for (int j = 0; j < d; j++) {
            trace += cov[j][j];
            mean[j] = m[j];
            norm2 += (double) m[j] * m[j];
        }
        double spread = Math.sqrt(trace / d);
        double offCentre = spread > 0 ? Math.sqrt(norm2) / spread : (norm2 > 0 ? Double.POSITIVE_INFINITY : 0);
        double[] values = d == 1 ? new double[] {cov[0][0]} : Statistics.symmetricEigen(cov).values();
        double[] std = new double[d];
        for (int j = 0; j < d; j++) std[j] = Math.sqrt(Math.max(0, values[j]));
        double asymmetry = std[d - 1] > 0 ? std[0] / std[d - 1] : (std[0] > 0 ? Double.POSITIVE_INFINITY : 1);
        return new Shape(mean, spread, offCentre, std, asymmetry);
    }

    // ---------------------------------------------------------------- (b) gaps

    /**
     * The fraction of sample points of {@code region} (cell centres of a {@code grid}^d grid over the region's
     * bounding box that lie inside it, or 20,000 uniform random points when that grid would exceed 250,000)
     * whose nearest code is farther than {@code multiple} × the even spacing (V / N)^(1/d) — the spacing
     * N codes would have if spread evenly over the region's volume V.
     */
    public static Gaps gaps(float[][] codes, LatentRegion region, int grid, double multiple) {
        int d = checkCodes(codes);
        if (grid < 2) throw new IllegalArgumentException("grid must have at least 2 cells per axis, was " + grid);
        if (!(multiple > 0)) throw new IllegalArgumentException("gap multiple must be > 0, was " + multiple);
        double spacing = evenSpacing(region, codes.length);
        double threshold = multiple * spacing;
        List<double[]> samples = new ArrayList<>();
        String sampling;
        if (Math.pow(grid, d) <= MAX_GRID_POINTS) {
            sampling = "grid " + grid + "^" + d;
            int total = (int) Math.round(Math.pow(grid, d));
            int[] idx = new int[d];
            for (int k = 0; k < total; k++) {
                int rest = k;
                for (int j = 0; j < d; j++) {
                    idx[j] = rest % grid;
                    rest /= grid;
                }
                double[] p = new double[d];
                for (int j = 0; j < d; j++) p[j] = cellCentre(region.lo(j), region.hi(j), grid, idx[j]);
                if (region.contains(p)) samples.add(p);
            }
        } else {
            sampling = "random " + RANDOM_SAMPLES;
            SplittableRandom random = new SplittableRandom(SEED);
            for (int k = 0; k < RANDOM_SAMPLES; k++) samples.add(uniformPoint(region, random));
        }
        CodeBuckets buckets = new CodeBuckets(codes, threshold);
        int far = 0;
        for (double[] p : samples) if (!buckets.anyWithin(p)) far++;
        double fraction = samples.isEmpty() ? 0 : (double) far / samples.size();
        return new Gaps(fraction, threshold, spacing, multiple, samples.size(), sampling);
    }

    /**
     * (V / N)^(1/d') over the d' axes along which the region has extent (a flat box axis does not count);
     * 0 if the region is a single point.
     */
    public static double evenSpacing(LatentRegion region, int count) {
        if (count < 1) throw new IllegalArgumentException("no codes");
        int d = region.dimension();
        if (region.kind() == LatentRegion.Kind.PRIOR_BALL) return Math.pow(region.volume() / count, 1.0 / d);
        double logVolume = 0;
        int axes = 0;
        for (int j = 0; j < d; j++) {
            double extent = region.hi(j) - region.lo(j);
            if (extent > 0) {
                logVolume += Math.log(extent);
                axes++;
            }
        }
        return axes == 0 ? 0 : Math.exp((logVolume - Math.log(count)) / axes);
    }

    private static double[] uniformPoint(LatentRegion region, SplittableRandom random) {
        int d = region.dimension();
        double[] p = new double[d];
        if (region.kind() == LatentRegion.Kind.PRIOR_BALL) {
            double norm = 0;
            for (int j = 0; j < d; j++) {
                p[j] = gaussian(random);
                norm += p[j] * p[j];
            }
            norm = Math.sqrt(norm);
            double r = region.radius() * Math.pow(random.nextDouble(), 1.0 / d);
            for (int j = 0; j < d; j++) p[j] = norm == 0 ? 0 : p[j] / norm * r;
        } else {
            for (int j = 0; j < d; j++) p[j] = region.lo(j) + random.nextDouble() * (region.hi(j) - region.lo(j));
        }
        return p;
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble(), u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    // ---------------------------------------------------------------- (c) discontinuity

    /**
     * Decodes the cell centres of a {@code grid}×{@code grid} grid over the region's extent along axes 0 and 1
     * (other coordinates at the region's centre; a line of {@code grid} points for 1-d codes), keeps those
     * inside the region, and measures the mean absolute pixel difference between each pair of
     * horizontally or vertically adjacent kept points: their mean, 95th percentile (nearest rank) and maximum.
     */
    public static Discontinuity discontinuity(LatentRegion region, int grid, BatchDecoder decoder) {
        DiscontinuityGrid plan = discontinuityGrid(region, grid);
        return plan.measure(plan.codes().length == 0 ? new float[0][] : decoder.decode(plan.codes()));
    }

    /**
     * The codes {@link #discontinuity} decodes and how they sit on the grid: the app decodes them without
     * blocking a thread, then {@link DiscontinuityGrid#measure measures} the decodes.
     */
    public record DiscontinuityGrid(float[][] codes, int[] slot, int rows, int grid, double[] step, int[] axes) {
        public Discontinuity measure(float[][] images) {
            if (codes.length == 0) return new Discontinuity(0, 0, 0, 0, 0, step, axes);
            if (images.length != codes.length) {
                throw new IllegalStateException("decoder returned " + images.length + " images for " + codes.length + " codes");
            }
            double[] changes = new double[2 * rows * grid];
            int pairs = 0;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < grid; c++) {
                    int here = slot[r * grid + c];
                    if (here < 0) continue;
                    if (c + 1 < grid && slot[r * grid + c + 1] >= 0) changes[pairs++] = meanAbsDifference(images[here], images[slot[r * grid + c + 1]]);
                    if (r + 1 < rows && slot[(r + 1) * grid + c] >= 0) changes[pairs++] = meanAbsDifference(images[here], images[slot[(r + 1) * grid + c]]);
                }
            }
            if (pairs == 0) return new Discontinuity(0, 0, 0, 0, codes.length, step, axes);
            double[] sorted = Arrays.copyOf(changes, pairs);
            Arrays.sort(sorted);
            double sum = 0;
            for (double v : sorted) sum += v;
            return new Discontinuity(sum / pairs, percentile(sorted, 0.95), sorted[pairs - 1], pairs, codes.length, step, axes);
        }
    }

    /** The grid of {@link #discontinuity}: cell centres inside the region, and where each sits. */
    public static DiscontinuityGrid discontinuityGrid(LatentRegion region, int grid) {
        if (grid < 2) throw new IllegalArgumentException("grid must have at least 2 cells per axis, was " + grid);
        int d = region.dimension();
        int[] axes = d == 1 ? new int[] {0} : new int[] {0, 1};
        int rows = d == 1 ? 1 : grid;
        double[] centre = region.centre();
        int[] slot = new int[rows * grid];
        Arrays.fill(slot, -1);
        List<float[]> codes = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < grid; c++) {
                double[] p = centre.clone();
                p[axes[0]] = cellCentre(region.lo(axes[0]), region.hi(axes[0]), grid, c);
                if (d > 1) p[axes[1]] = cellCentre(region.lo(axes[1]), region.hi(axes[1]), grid, r);
                if (!region.contains(p)) continue;
                float[] code = new float[d];
                for (int j = 0; j < d; j++) code[j] = (float) p[j];
                slot[r * grid + c] = codes.size();
                codes.add(code);
            }
        }
        double[] step = new double[axes.length];
        for (int a = 0; a < axes.length; a++) step[a] = (region.hi(axes[a]) - region.lo(axes[a])) / grid;
        return new DiscontinuityGrid(codes.toArray(float[][]::new), slot, rows, grid, step, axes);
    }

    /** Mean of |a_i − b_i| over the pixels. */
    public static double meanAbsDifference(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("images differ in size: " + a.length + " and " + b.length);
        double s = 0;
        for (int i = 0; i < a.length; i++) s += Math.abs(a[i] - b[i]);
        return a.length == 0 ? 0 : s / a.length;
    }

    /** Nearest-rank percentile of ascending {@code sorted}: the value at rank ⌈q·n⌉. */
    public static double percentile(double[] sorted, double q) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Centre of cell {@code i} of {@code n} equal cells over [lo, hi]. */
    static double cellCentre(double lo, double hi, int n, int i) {
        return lo + (i + 0.5) * (hi - lo) / n;
    }

    private static int checkCodes(float[][] codes) {
        if (codes.length < 2) throw new IllegalArgumentException("the scorecard needs at least 2 codes, got " + codes.length);
        int d = codes[0].length;
        if (d < 1) throw new IllegalArgumentException("codes are empty");
        for (float[] c : codes) if (c.length != d) throw new IllegalArgumentException("codes differ in length: " + d + " and " + c.length);
        return d;
    }

    /**
     * Codes hashed into cubes of side {@code radius} over their first (up to) 3 coordinates, so "is any
     * code within radius" looks at 3^3 cubes; the full distance is checked on the candidates.
     */
    private static final class CodeBuckets {
        private final float[][] codes;
        private final double radius;
        private final int hashed;
        private final Map<Long, int[]> cells = new HashMap<>();

        CodeBuckets(float[][] codes, double radius) {
            this.codes = codes;
            this.radius = radius;
            this.hashed = Math.min(3, codes[0].length);
            Map<Long, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < codes.length; i++) {
                lists.computeIfAbsent(key(cellOf(codes[i])), k -> new ArrayList<>()).add(i);
            }
            lists.forEach((k, v) -> cells.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        }

        private long[] cellOf(float[] c) {
            long[] cell = new long[hashed];
            for (int j = 0; j < hashed; j++) cell[j] = radius > 0 ? (long) Math.floor(c[j] / radius) : 0;
            return cell;
        }

        private static long key(long[] cell) {
            long k = 0;
            for (long v : cell) k = k * 2_000_003L + v;
            return k;
        }

        boolean anyWithin(double[] p) {
            double r2 = radius * radius;
            if (radius <= 0) {
                for (float[] c : codes) if (distance2(c, p) <= 0) return true;
                return false;
            }
            long[] base = new long[hashed];
            for (int j = 0; j < hashed; j++) base[j] = (long) Math.floor(p[j] / radius);
            int neighbours = (int) Math.pow(3, hashed);
            long[] cell = new long[hashed];
            for (int n = 0; n < neighbours; n++) {
                int rest = n;
                for (int j = 0; j < hashed; j++) {
                    cell[j] = base[j] + rest % 3 - 1;
                    rest /= 3;
                }
                int[] members = cells.get(key(cell));
                if (members == null) continue;
                for (int i : members) if (distance2(codes[i], p) <= r2) return true;
            }
            return false;
        }

        private static double distance2(float[] c, double[] p) {
            double s = 0;
            for (int j = 0; j < p.length; j++) {
                double t = c[j] - p[j];
                s += t * t;
            }
            return s;
        }
    }
}
