package org.latentexplorer.latent;

/** Plane polylines: a freehand path drawn on the wall, resampled into evenly spaced steps. */
public final class Polyline {
    private Polyline() {}

    /** Total length of the polyline through {@code points} (each {x, y}). */
    public static double length(double[][] points) {
        double total = 0;
        for (int i = 1; i < points.length; i++) total += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
        return total;
    }

    /**
     * {@code count} points evenly spaced by arc length along the polyline, the first and last being its ends.
     * A polyline of zero length gives {@code count} copies of its first point.
     */
    public static double[][] resample(double[][] points, int count) {
        if (points.length == 0) throw new IllegalArgumentException("no points");
        if (count < 2) throw new IllegalArgumentException("need at least 2 points, was " + count);
        double total = length(points);
        double[][] out = new double[count][];
        if (points.length == 1 || total == 0) {
            for (int k = 0; k < count; k++) out[k] = points[0].clone();
            return out;
        }
        int seg = 1;
        double before = 0; // arc length up to points[seg - 1]
        for (int k = 0; k < count; k++) {
            double target = total * k / (count - 1);
            double segLen = Math.hypot(points[seg][0] - points[seg - 1][0], points[seg][1] - points[seg - 1][1]);
            while (seg < points.length - 1 && before + segLen < target) {
                before += segLen;
                seg++;
                segLen = Math.hypot(points[seg][0] - points[seg - 1][0], points[seg][1] - points[seg - 1][1]);
            }
            double t = segLen == 0 ? 0 : Math.max(0, Math.min(1, (target - before) / segLen));
            out[k] = new double[] {points[seg - 1][0] + t * (points[seg][0] - points[seg - 1][0]),
                    points[seg - 1][1] + t * (points[seg][1] - points[seg - 1][1])};
        }
        out[0] = points[0].clone();
        out[count - 1] = points[points.length - 1].clone();
        return out;
    }
}
