package org.latentexplorer.ui.paths;

import org.latentexplorer.ui.common.ModelTexts;
import org.latentexplorer.latent.DefectsScorecard;


import static org.latentexplorer.ui.paths.PathsViewModel.TEXT;

/** How the Paths panel words a path: an end at a coordinate, and what a computed path measured. */
final class PathTexts {
    private PathTexts() {}

    /** "the code (0.12, −1.40)" for an end that is not a test image. */
    static String coordinate(float[] code) {
        return TEXT.get("end.coordinate", formatCode(code));
    }

    /**
     * The summary of a decoded path: how many frames, which kind ({@code kindKey}), its length in the latent
     * space and how much a frame differs from the next on average (in % of the pixel range).
     */
    static String done(float[][] codes, float[][] pixels, String kindKey) {
        double change = 0;
        for (int i = 1; i < pixels.length; i++) change += DefectsScorecard.meanAbsDifference(pixels[i - 1], pixels[i]);
        change /= Math.max(1, pixels.length - 1);
        double length = 0;
        for (int i = 1; i < codes.length; i++) {
            double s = 0;
            for (int j = 0; j < codes[i].length; j++) s += (codes[i][j] - codes[i - 1][j]) * (codes[i][j] - codes[i - 1][j]);
            length += Math.sqrt(s);
        }
        return TEXT.get("info.done", codes.length, TEXT.get(kindKey), fmt(length), fmt(change * 100));
    }

    /** The first six numbers of a code, to two decimals. */
    static String formatCode(float[] code) {
        return ModelTexts.code(code, 6);
    }

    private static String fmt(double v) {
        return ModelTexts.twoDecimals(v);
    }
}
