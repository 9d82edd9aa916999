package org.latentexplorer.latent;

/**
 * Two of the code's coordinates as the axes; the others are held at fixed values (their mean by default)
 * when lifting a wall point to a full code. For 2-D codes it is the identity; a 1-D code lies on the x axis.
 */
public final class AxisProjection implements Projection {
    private final int xAxis;
    private final int yAxis;
    private final float[] rest;

    public AxisProjection(int xAxis, int yAxis, float[] rest) {
        if (xAxis == yAxis) throw new IllegalArgumentException("the two axes must differ");
        if (yAxis < 0 && rest.length != 1) throw new IllegalArgumentException("only a 1-d code may have no y axis");
        if (xAxis >= rest.length || yAxis >= rest.length) throw new IllegalArgumentException("axis beyond the code size " + rest.length);
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.rest = rest.clone();
    }

    /** Axes 0 and 1, the other coordinates at the mean of {@code codes}. */
    public static AxisProjection firstTwo(float[][] codes, int dimension) {
        return new AxisProjection(0, dimension == 1 ? -1 : 1, Statistics.mean(codes, dimension));
    }

    @Override
    public double[] project(float[] code) {
        return new double[] {code[xAxis], yAxis < 0 ? 0 : code[yAxis]};
    }

    @Override
    public double[] projectSpread(float[] sigma) {
        return new double[] {sigma[xAxis], yAxis < 0 ? 0 : sigma[yAxis]};
    }

    @Override
    public float[] lift(double x, double y) {
        float[] code = rest.clone();
        code[xAxis] = (float) x;
        if (yAxis >= 0) code[yAxis] = (float) y;
        return code;
    }

    @Override
    public String label() {
        return yAxis < 0 ? "z0" : "z" + xAxis + ", z" + yAxis;
    }

    @Override
    public String xAxisLabel() {
        return "z" + xAxis;
    }

    @Override
    public String yAxisLabel() {
        return yAxis < 0 ? "" : "z" + yAxis;
    }
}
