package org.latentexplorer.ui;

import javafx.geometry.Point2D;
import org.latentexplorer.ui.wall.GalleryWall;
import org.latentexplorer.wall.WallScene;

/** Places on the 2-D wall for UI tests to click: empty space, a lone point. Call on the FX thread or after it settled. */
public final class WallSpots {
    private WallSpots() {}

    /** A pixel with no point within 12 px, searched outward from (fx·width, fy·height), away from legend and captions. */
    public static Point2D empty(GalleryWall wall, double fx, double fy) {
        double w = wall.getWidth(), h = wall.getHeight();
        for (double r = 0; r < Math.min(w, h) / 2; r += 7) {
            for (double a = 0; a < 2 * Math.PI; a += 0.3) {
                double x = w * fx + r * Math.cos(a), y = h * fy + r * Math.sin(a);
                if (x < 40 || y < 70 || x > w - 170 || y > h - 40) continue;
                boolean clear = true;
                for (int dx = -12; dx <= 12 && clear; dx += 4) {
                    for (int dy = -12; dy <= 12 && clear; dy += 4) clear = wall.pointAt(x + dx, y + dy) < 0;
                }
                if (clear) return new Point2D(x, y);
            }
        }
        throw new AssertionError("no empty spot on the wall");
    }

    /** Index of a point that a click at its pixel selects, skipping {@code except}; its pixel in {@code at[0]}. */
    public static int clickablePoint(GalleryWall wall, WallScene scene, int from, int except, Point2D[] at) {
        for (int i = from; i < scene.count(); i++) {
            if (i == except) continue;
            Point2D p = wall.pixelOf(scene.xs()[i], scene.ys()[i]);
            if (p.getX() > 40 && p.getY() > 80 && p.getX() < wall.getWidth() - 180 && p.getY() < wall.getHeight() - 40
                    && wall.pointAt(p.getX(), p.getY()) == i) {
                at[0] = p;
                return i;
            }
        }
        throw new AssertionError("no clickable point");
    }
}
