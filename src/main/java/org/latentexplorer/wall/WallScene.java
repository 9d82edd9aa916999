package org.latentexplorer.wall;

import java.util.List;

/**
 * What the wall shows: points already projected to the wall's two axes, their classes, and the marks the
 * user made (a selected point, a probed coordinate).
 */
public record WallScene(double[] xs, double[] ys, int[] labels, List<String> classNames, String caption,
                        String xAxisLabel, String yAxisLabel, int selected, double[] probe, String title) {
    public WallScene {
        if (xs.length != ys.length || xs.length != labels.length) throw new IllegalArgumentException("xs, ys and labels differ in length");
        classNames = List.copyOf(classNames);
    }

    public int count() {
        return xs.length;
    }

    public WallScene withSelected(int index) {
        return new WallScene(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, index, probe, title);
    }

    public WallScene withProbe(double[] point) {
        return new WallScene(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, selected, point, title);
    }

    /** Bounds holding the central 99% of the points on each axis, so a few outliers do not shrink the map. */
    public double[] robustBounds() {
        if (xs.length == 0) return new double[] {-1, 1, -1, 1};
        double[] sx = xs.clone(), sy = ys.clone();
        java.util.Arrays.sort(sx);
        java.util.Arrays.sort(sy);
        int lo = (int) Math.floor((sx.length - 1) * 0.005), hi = (int) Math.ceil((sx.length - 1) * 0.995);
        double x0 = sx[lo], x1 = sx[hi], y0 = sy[lo], y1 = sy[hi];
        double padX = Math.max(1e-3, (x1 - x0) * 0.05), padY = Math.max(1e-3, (y1 - y0) * 0.05);
        return new double[] {x0 - padX, x1 + padX, y0 - padY, y1 + padY};
    }
}
