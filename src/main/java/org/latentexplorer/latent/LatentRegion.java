package org.latentexplorer.latent;

import java.util.Arrays;
import java.util.Locale;

/**
 * A region of the latent space that the scorecard measures: the ball holding a given mass of a VAE's prior
 * N(0, I), or the axis-aligned bounding box of a set of codes (what an AE, which has no prior, offers).
 */
public final class LatentRegion {
    /** Which kind of region. */
    public enum Kind {
        /** The ball ‖z‖ ≤ √χ²_{p,d}, which holds mass p of N(0, I). */
        PRIOR_BALL("prior-ball"),
        /** The smallest axis-aligned box holding every code. */
        BOUNDING_BOX("bounding-box");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private final Kind kind;
    private final double[] lo;
    private final double[] hi;
    private final double radius;
    private final double mass;

    private LatentRegion(Kind kind, double[] lo, double[] hi, double radius, double mass) {
        this.kind = kind;
        this.lo = lo;
        this.hi = hi;
        this.radius = radius;
        this.mass = mass;
    }

    /** The ball around 0 holding {@code mass} (e.g. 0.95) of N(0, I) in {@code dimension} dimensions. */
    public static LatentRegion priorBall(int dimension, double mass) {
        if (dimension < 1) throw new IllegalArgumentException("dimension must be ≥ 1, was " + dimension);
        double r = NormalDistribution.priorRadius(mass, dimension);
        double[] lo = new double[dimension], hi = new double[dimension];
        Arrays.fill(lo, -r);
        Arrays.fill(hi, r);
        return new LatentRegion(Kind.PRIOR_BALL, lo, hi, r, mass);
    }

    /** The bounding box of {@code codes} (all of them, min to max on each axis). */
    public static LatentRegion boundingBox(float[][] codes) {
        if (codes.length == 0) throw new IllegalArgumentException("no codes to bound");
        int d = codes[0].length;
        double[] lo = new double[d], hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        for (float[] c : codes) {
            for (int j = 0; j < d; j++) {
                lo[j] = Math.min(lo[j], c[j]);
                hi[j] = Math.max(hi[j], c[j]);
            }
        }
        return box(lo, hi);
    }

    /** An explicit box [lo, hi] (per axis). */
    public static LatentRegion box(double[] lo, double[] hi) {
        if (lo.length != hi.length || lo.length == 0) throw new IllegalArgumentException("box bounds must have the same, positive length");
        for (int j = 0; j < lo.length; j++) {
            if (!(lo[j] <= hi[j])) throw new IllegalArgumentException("box axis " + j + " has lower bound " + lo[j] + " above upper bound " + hi[j]);
        }
        return new LatentRegion(Kind.BOUNDING_BOX, lo.clone(), hi.clone(), Double.NaN, Double.NaN);
    }

    public Kind kind() {
        return kind;
    }

    public int dimension() {
        return lo.length;
    }

    /** Lower corner of the region's bounding box. */
    public double[] lo() {
        return lo.clone();
    }

    /** Upper corner of the region's bounding box. */
    public double[] hi() {
        return hi.clone();
    }

    public double lo(int axis) {
        return lo[axis];
    }

    public double hi(int axis) {
        return hi[axis];
    }

    /** The ball's radius (NaN for a box). */
    public double radius() {
        return radius;
    }

    /** The prior mass the ball holds (NaN for a box). */
    public double mass() {
        return mass;
    }

    /** The centre: 0 for the prior ball, the midpoint of a box. */
    public double[] centre() {
        double[] c = new double[lo.length];
        for (int j = 0; j < c.length; j++) c[j] = 0.5 * (lo[j] + hi[j]);
        return c;
    }

    public boolean contains(double[] point) {
        if (kind == Kind.PRIOR_BALL) {
            double s = 0;
            for (double v : point) s += v * v;
            return s <= radius * radius * (1 + 1e-12);
        }
        for (int j = 0; j < lo.length; j++) if (point[j] < lo[j] || point[j] > hi[j]) return false;
        return true;
    }

    /** Lebesgue volume in the region's dimension (0 for a box that is flat along some axis). */
    public double volume() {
        if (kind == Kind.PRIOR_BALL) return NormalDistribution.ballVolume(radius, lo.length);
        double v = 1;
        for (int j = 0; j < lo.length; j++) v *= hi[j] - lo[j];
        return v;
    }

    /** E.g. "prior-ball r=2.448 (95% of N(0,I))" or "bounding-box [-1,2]×[0,3]". */
    public String describe() {
        if (kind == Kind.PRIOR_BALL) {
            return String.format(Locale.ROOT, "prior-ball r=%.4g (%.4g%% of N(0,I))", radius, mass * 100);
        }
        StringBuilder sb = new StringBuilder("bounding-box ");
        for (int j = 0; j < lo.length; j++) {
            if (j > 0) sb.append('×');
            sb.append(String.format(Locale.ROOT, "[%.4g,%.4g]", lo[j], hi[j]));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
