package org.latentexplorer.ui.wall3d;

import javafx.geometry.Point2D;
import javafx.scene.input.PickResult;

/**
 * Which point is shown at a screen position: the mesh face the ray hits (the front-most), else the point whose
 * projection is nearest within a few pixels, so a click just beside a tiny point still finds it.
 */
final class PointPicker {
    private static final double PICK_RADIUS_PX = 6;

    private final CloudScene scene;

    PointPicker(CloudScene scene) {
        this.scene = scene;
    }

    /** The point under the cursor, or -1. {@code centres} holds x, y, z per point in scene units (NaN: hidden). */
    int pick(PickResult pr, double screenX, double screenY, float[] centres, int count) {
        if (pr != null && pr.getIntersectedNode() == scene.pointsView()) {
            int i = scene.cloud().pointOfFace(pr.getIntersectedFace());
            if (i >= 0) return i;
        }
        return nearestOnScreen(screenX, screenY, PICK_RADIUS_PX, centres, count);
    }

    int nearestOnScreen(double screenX, double screenY, double maxPx, float[] centres, int count) {
        double best = maxPx * maxPx;
        int bestIndex = -1;
        for (int i = 0; i < count; i++) {
            float x = centres[3 * i];
            if (Float.isNaN(x)) continue;
            Point2D s = scene.pointToScreen(x, centres[3 * i + 1], centres[3 * i + 2]);
            if (s == null) return -1;
            double dx = s.getX() - screenX, dy = s.getY() - screenY;
            double d2 = dx * dx + dy * dy;
            if (d2 < best) {
                best = d2;
                bestIndex = i;
            }
        }
        return bestIndex;
    }
}
