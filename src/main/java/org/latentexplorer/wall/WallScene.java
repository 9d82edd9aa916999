package org.latentexplorer.wall;

import java.util.List;

/**
 * What the wall shows: points already projected to the wall's two axes, their classes, and the marks the
 * user made (a selected point, a probed coordinate).
 */
public record WallScene(double[] xs, double[] ys, int[] labels, List<String> classNames, String caption,
                        String xAxisLabel, String yAxisLabel, int selected, double[] probe, String title,
                        List<WallMarker> markers, double[][] path, int[] highlighted, double[][] spreads) {
    public WallScene {
        if (xs.length != ys.length || xs.length != labels.length) throw new IllegalArgumentException("xs, ys and labels differ in length");
        classNames = List.copyOf(classNames);
        markers = markers == null ? List.of() : List.copyOf(markers);
        highlighted = highlighted == null ? new int[0] : highlighted;
    }

    public WallScene(double[] xs, double[] ys, int[] labels, List<String> classNames, String caption, String xAxisLabel,
                     String yAxisLabel, int selected, double[] probe, String title) {
        this(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, selected, probe, title, List.of(), null, null, null);
    }

    /** Sampled codes, path steps and the like, in wall coordinates. */
    public WallScene withMarkers(List<WallMarker> newMarkers) {
        return new WallScene(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, selected, probe, title, newMarkers, path, highlighted, spreads);
    }

    /** A polyline in wall coordinates (a path between two codes), or null. */
    public WallScene withPath(double[][] newPath) {
        return new WallScene(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, selected, probe, title, markers, newPath, highlighted, spreads);
    }

    /** Test images to ring (flagged anomalies, a selection made on a linked wall). */
    public WallScene withHighlighted(int[] indices) {
        return new WallScene(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, selected, probe, title, markers, path, indices, spreads);
    }

    public int count() {
        return xs.length;
    }

    public WallScene withSelected(int index) {
        return new WallScene(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, index, probe, title, markers, path, highlighted, spreads);
    }

    public WallScene withProbe(double[] point) {
        return new WallScene(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, selected, point, title, markers, path, highlighted, spreads);
    }

    /**
     * Per point, the horizontal and vertical radius (in wall units) of an ellipse to draw around it: a VAE's
     * posterior σ. Null draws none.
     */
    public WallScene withSpreads(double[][] newSpreads) {
        return new WallScene(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, selected, probe, title, markers, path, highlighted, newSpreads);
    }

    /** The user's marks of {@code other} (same test images, a new projection or epoch) carried over. */
    public WallScene withMarksOf(WallScene other) {
        return new WallScene(xs, ys, labels, classNames, caption, xAxisLabel, yAxisLabel, other.selected, other.probe, title,
                other.markers, other.path, other.highlighted, spreads);
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
