package org.latentexplorer.ui.paths;

import org.latentexplorer.latent.Projection;
import org.latentexplorer.wall.WallMarker;

import java.util.ArrayList;
import java.util.List;

/** Where a path lies on the wall: its ends, its frames' codes, and the line through them, in wall coordinates. */
final class PathMarks {
    static final int END_COLOUR = 0xFF1F2328;
    static final int FRAME_COLOUR = 0xFFE8590C;
    static final int STEP_COLOUR = 0xFF8A8FA0;

    private PathMarks() {}

    /**
     * A and B (either may be null), and, when there are frames to play, a dot at each inner frame's code; the
     * frame in the player ({@code shown}) in orange.
     */
    static List<WallMarker> marks(Projection p, float[][] frameCodes, int shown, PathsViewModel.End a, PathsViewModel.End b) {
        List<WallMarker> marks = new ArrayList<>();
        if (frameCodes != null) {
            for (int k = 1; k < frameCodes.length - 1; k++) {
                if (k != shown) marks.add(marker(p, frameCodes[k], STEP_COLOUR, ""));
            }
            // Drawn last, so it sits on top.
            if (shown > 0 && shown < frameCodes.length - 1) marks.add(marker(p, frameCodes[shown], FRAME_COLOUR, ""));
        }
        if (a != null) marks.add(marker(p, a.code(), END_COLOUR, "A"));
        if (b != null) marks.add(marker(p, b.code(), END_COLOUR, "B"));
        return marks;
    }

    /** Codes as wall points. */
    static double[][] projected(Projection p, float[][] codes) {
        double[][] out = new double[codes.length][];
        for (int k = 0; k < codes.length; k++) out[k] = p.project(codes[k]);
        return out;
    }

    /** Wall points as the codes a click there decodes. */
    static float[][] lifted(Projection p, double[][] points) {
        float[][] out = new float[points.length][];
        for (int k = 0; k < points.length; k++) out[k] = p.lift(points[k][0], points[k][1]);
        return out;
    }

    private static WallMarker marker(Projection p, float[] code, int colour, String label) {
        double[] at = p.project(code);
        return new WallMarker(at[0], at[1], colour, label);
    }
}
