package org.latentexplorer.wall;

import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.latent.Projection;

import java.util.List;

/** Builds the wall's scene from encoded codes through a projection. */
public final class WallScenes {
    private WallScenes() {}

    /** {@code caption} says what the wall shows (projection, point count), in the caller's language. */
    public static WallScene of(LatentCodes codes, Projection projection, List<String> classNames, String title,
                               String caption) {
        int n = codes.count();
        double[] xs = new double[n], ys = new double[n];
        for (int i = 0; i < n; i++) {
            double[] p = projection.project(codes.codes()[i]);
            xs[i] = p[0];
            ys[i] = p[1];
        }
        return new WallScene(xs, ys, codes.labels(), classNames, caption, projection.xAxisLabel(),
                projection.yAxisLabel(), -1, null, title);
    }
}
