package org.latentexplorer.latent;

/**
 * The directions a slider per axis moves a code along, and their units. Codes of up to {@link #MAX_SHOWN}
 * numbers get one slider per coordinate; larger codes one per principal direction of the codes, widest
 * first, the first {@link #MAX_SHOWN} of them. A slider's value is the code's coordinate along its
 * direction from the origin, in σ: the codes' spread along that direction, or, for a model with a prior
 * N(0, I) (a VAE), the prior's σ = 1 from the prior's mean 0.
 */
public final class LatentAxes {
    /** At most this many sliders, so the panel stays readable. */
    public static final int MAX_SHOWN = 8;

    private final float[] origin;
    private final double[][] directions;
    private final double[] sigmas;
    private final double[] explained;
    private final boolean principal;
    private final boolean priorUnits;

    private LatentAxes(float[] origin, double[][] directions, double[] sigmas, double[] explained, boolean principal, boolean priorUnits) {
        this.origin = origin;
        this.directions = directions;
        this.sigmas = sigmas;
        this.explained = explained;
        this.principal = principal;
        this.priorUnits = priorUnits;
    }

    /**
     * The axes of {@code codes} (each of {@code dimension} numbers).
     *
     * @param priorUnits true for a model with the prior N(0, I): units of σ = 1 from 0
     */
    public static LatentAxes of(float[][] codes, int dimension, boolean priorUnits) {
        if (codes.length == 0) throw new IllegalArgumentException("no codes");
        double[][] cov = Statistics.covariance(codes, dimension);
        double total = 0;
        for (int j = 0; j < dimension; j++) total += Math.max(0, cov[j][j]);
        boolean principal = dimension > MAX_SHOWN;
        int shown = Math.min(dimension, MAX_SHOWN);
        double[][] directions = new double[shown][];
        double[] variances = new double[shown];
        if (principal) {
            Statistics.Eigen eigen = Statistics.symmetricEigen(cov);
            for (int i = 0; i < shown; i++) {
                directions[i] = eigen.vectors()[i].clone();
                variances[i] = Math.max(0, eigen.values()[i]);
            }
        } else {
            for (int j = 0; j < shown; j++) {
                directions[j] = new double[dimension];
                directions[j][j] = 1;
                variances[j] = Math.max(0, cov[j][j]);
            }
        }
        double[] sigmas = new double[shown], explained = new double[shown];
        // A direction the codes hardly use still gets a unit float precision can resolve.
        double floor = total > 0 ? 1e-3 * Math.sqrt(total / dimension) : 1;
        for (int i = 0; i < shown; i++) {
            sigmas[i] = priorUnits ? 1 : Math.max(floor, Math.sqrt(variances[i]));
            explained[i] = total > 0 ? variances[i] / total : 0;
        }
        float[] origin = priorUnits ? new float[dimension] : Statistics.mean(codes, dimension);
        return new LatentAxes(origin, directions, sigmas, explained, principal, priorUnits);
    }

    /** Number of sliders. */
    public int count() {
        return directions.length;
    }

    public int dimension() {
        return origin.length;
    }

    /** True when the sliders follow principal directions (codes of more than {@link #MAX_SHOWN} numbers). */
    public boolean principal() {
        return principal;
    }

    /** True when the unit is the prior's σ = 1. */
    public boolean priorUnits() {
        return priorUnits;
    }

    /** Unit vector of slider {@code i}. */
    public double[] direction(int i) {
        return directions[i].clone();
    }

    /** One unit of slider {@code i}, in code units. */
    public double sigma(int i) {
        return sigmas[i];
    }

    /** Share of the codes' variance along slider {@code i}'s direction (0..1). */
    public double explained(int i) {
        return explained[i];
    }

    /** Where {@code code} sits on slider {@code i}: its coordinate along the direction from the origin, in σ. */
    public double value(float[] code, int i) {
        double s = 0;
        for (int j = 0; j < origin.length; j++) s += (code[j] - origin[j]) * directions[i][j];
        return s / sigmas[i];
    }

    /** All sliders' values for {@code code}. */
    public double[] values(float[] code) {
        double[] v = new double[count()];
        for (int i = 0; i < v.length; i++) v[i] = value(code, i);
        return v;
    }

    /** {@code code} with slider {@code i} set to {@code t}; the code's other parts stay as they are. */
    public float[] withValue(float[] code, int i, double t) {
        double shift = (t - value(code, i)) * sigmas[i];
        float[] out = code.clone();
        for (int j = 0; j < out.length; j++) out[j] = (float) (code[j] + shift * directions[i][j]);
        return out;
    }

    /** {@code steps} codes with slider {@code i} going evenly from −{@code range} σ to +{@code range} σ. */
    public float[][] traverse(float[] code, int i, double range, int steps) {
        if (steps < 2) throw new IllegalArgumentException("a traverse needs at least 2 steps, was " + steps);
        float[][] out = new float[steps][];
        for (int k = 0; k < steps; k++) out[k] = withValue(code, i, -range + 2 * range * k / (steps - 1));
        return out;
    }

    /** The codes' centre (for a prior model, the prior's mean 0): where sliders start with nothing selected. */
    public float[] origin() {
        return origin.clone();
    }
}
