package org.latentexplorer.ui.paths;

import java.util.ArrayList;
import java.util.List;

/**
 * A path being drawn on the wall, in wall coordinates. It is thinned to about {@link #POINTS} points as it
 * grows, so a long drag stays cheap to draw and to decode along.
 */
final class Stroke {
    static final int POINTS = 400;

    private List<double[]> points = new ArrayList<>();

    Stroke(double x, double y) {
        points.add(new double[] {x, y});
    }

    /** Adds a point; false if it repeats the last one. */
    boolean add(double x, double y) {
        double[] last = points.get(points.size() - 1);
        if (last[0] == x && last[1] == y) return false;
        points.add(new double[] {x, y});
        if (points.size() > 2 * POINTS) points = thin(points);
        return true;
    }

    double[][] points() {
        return points.toArray(new double[0][]);
    }

    /** Every other point, keeping the last. */
    private static List<double[]> thin(List<double[]> points) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i += 2) out.add(points.get(i));
        if (out.get(out.size() - 1) != points.get(points.size() - 1)) out.add(points.get(points.size() - 1));
        return out;
    }
}
