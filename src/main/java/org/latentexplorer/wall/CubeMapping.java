package org.latentexplorer.wall;

/**
 * Maps three-dimensional latent codes into the 3-D view's cube, [-HALF, HALF]³ in scene units, and back: the
 * 3-D counterpart of {@link Viewport}. The cube holds the box spanned by the data and the latent origin, with
 * one uniform scale, so an off-centre map stays visibly off-centre. Screen y points down, so z1 is flipped to
 * point up; z2 is flipped too, to keep the (z0, z1, z2) frame right-handed on screen.
 *
 * <p>Immutable: new data make a new mapping.
 */
public final class CubeMapping {
    /** Half the edge of the cube the data are scaled into (scene units). */
    public static final double HALF = 100;

    private final double[] dataLo;
    private final double[] dataHi;
    private final double[] boxLo = new double[3];
    private final double[] boxHi = new double[3];
    private final double[] centre = new double[3];
    private final double[] boundsMin = new double[3];
    private final double[] boundsMax = new double[3];
    private final double scale;

    private CubeMapping(double[] dataLo, double[] dataHi) {
        this.dataLo = dataLo;
        this.dataHi = dataHi;
        double half = 0;
        for (int k = 0; k < 3; k++) {
            boxLo[k] = Math.min(dataLo[k], 0);
            boxHi[k] = Math.max(dataHi[k], 0);
            centre[k] = (boxLo[k] + boxHi[k]) / 2;
            half = Math.max(half, (boxHi[k] - boxLo[k]) / 2);
            // Sliders reach a little past the data; a flat axis still gets a usable range.
            double extent = dataHi[k] - dataLo[k];
            double pad = extent > 1e-12 ? 0.1 * extent : Math.max(0.1, Math.abs(dataHi[k]) * 0.1);
            boundsMin[k] = dataLo[k] - pad;
            boundsMax[k] = dataHi[k] + pad;
        }
        scale = half > 1e-12 ? HALF / half : HALF;
    }

    /** The mapping of no data: the cube [-1, 1]³. */
    public static CubeMapping empty() {
        return new CubeMapping(new double[] {-1, -1, -1}, new double[] {1, 1, 1});
    }

    /**
     * The mapping for these codes (rows of at least three values; only the first three are used). Rows with a
     * non-finite value do not count; if no row counts, the mapping of no data.
     */
    public static CubeMapping of(float[][] codes) {
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        boolean any = false;
        for (float[] c : codes) {
            if (c.length < 3) throw new IllegalArgumentException("codes need 3 coordinates, got " + c.length);
            if (!finite(c)) continue;
            any = true;
            for (int k = 0; k < 3; k++) {
                lo[k] = Math.min(lo[k], c[k]);
                hi[k] = Math.max(hi[k], c[k]);
            }
        }
        return any ? new CubeMapping(lo, hi) : empty();
    }

    /** Whether the first three values are finite (a row the view can show). */
    public static boolean finite(float[] c) {
        return Float.isFinite(c[0]) && Float.isFinite(c[1]) && Float.isFinite(c[2]);
    }

    /**
     * Radius of one point in scene units: larger when there are few, about 1.3% of the cube's half-edge at
     * 10,000, never below 0.9%, so a dense cloud stays a cloud rather than a solid.
     */
    public static double pointRadius(int count) {
        return HALF * Math.max(0.009, Math.min(0.03, 0.28 / Math.cbrt(Math.max(1, count))));
    }

    public double sceneX(double z0) {
        return (z0 - centre[0]) * scale;
    }

    public double sceneY(double z1) {
        return -(z1 - centre[1]) * scale;
    }

    public double sceneZ(double z2) {
        return -(z2 - centre[2]) * scale;
    }

    /** Scene coordinates of a latent code. */
    public double[] toScene(double[] code) {
        return new double[] {sceneX(code[0]), sceneY(code[1]), sceneZ(code[2])};
    }

    /** The latent code at scene coordinates (the inverse of {@link #toScene}). */
    public double[] toCode(double x, double y, double z) {
        return new double[] {x / scale + centre[0], -y / scale + centre[1], -z / scale + centre[2]};
    }

    /** Scene units per latent unit, the same on every axis. */
    public double scale() {
        return scale;
    }

    /** Lower corner of the box shown on axis {@code k}: the data's minimum or 0, whichever is lower. */
    public double boxLo(int k) {
        return boxLo[k];
    }

    /** Upper corner of the box shown on axis {@code k}: the data's maximum or 0, whichever is higher. */
    public double boxHi(int k) {
        return boxHi[k];
    }

    /** Per axis, the data's minimum less a 10% margin (where a probe slider starts). */
    public double[] boundsMin() {
        return boundsMin.clone();
    }

    /** Per axis, the data's maximum plus a 10% margin (where a probe slider ends). */
    public double[] boundsMax() {
        return boundsMax.clone();
    }

    /** The data's range on axis {@code k}, without margins. */
    public double dataLo(int k) {
        return dataLo[k];
    }

    public double dataHi(int k) {
        return dataHi[k];
    }
}
