package org.latentexplorer.latent.features;

import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.features.FeatureComparison.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeatureComparisonTest {
    /** Codes carry the class; pixels are noise, so codes must beat pixels and PCA of pixels at every budget. */
    private static FeatureComparison.Inputs informativeCodesNoisyPixels() {
        Synthetic train = Synthetic.clusters(600, 3, 3, 6, 1), test = Synthetic.clusters(600, 3, 3, 6, 2);
        return new FeatureComparison.Inputs(train.rows, test.rows, noise(600, 30, 3), noise(600, 30, 4), train.labels, test.labels, 3);
    }

    private static float[][] noise(int n, int d, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] rows = new float[n][d];
        for (float[] r : rows) for (int j = 0; j < d; j++) r[j] = random.nextInt(3) == 0 ? 0 : (float) random.nextDouble();
        return rows;
    }

    @Test
    void threeCurvesWithAnAccuracyPerBudget() {
        FeatureComparison.Result r = FeatureComparison.run(informativeCodesNoisyPixels(), new int[] {1, 10, LabelBudget.ALL},
                SoftmaxClassifier.Options.defaults(0, 1), 5, FeatureComparison.Progress.NONE);
        assertEquals(List.of(Source.CODES, Source.PIXELS, Source.PCA), r.curves().stream().map(FeatureComparison.Curve::source).toList());
        assertArrayEquals(new int[] {3, 30, 600}, r.labelled());
        assertEquals(3, r.curve(Source.CODES).dimension());
        assertEquals(30, r.curve(Source.PIXELS).dimension());
        assertEquals(3, r.curve(Source.PCA).dimension(), "PCA keeps as many dimensions as the code");
        for (FeatureComparison.Curve c : r.curves()) assertEquals(3, c.accuracy().length);
    }

    @Test
    void informativeCodesBeatNoisePixelsAtEveryBudget() {
        FeatureComparison.Result r = FeatureComparison.run(informativeCodesNoisyPixels(), new int[] {5, 50, LabelBudget.ALL},
                SoftmaxClassifier.Options.defaults(0, 1), 5, FeatureComparison.Progress.NONE);
        for (int b = 0; b < 3; b++) {
            double codes = r.curve(Source.CODES).accuracy()[b];
            assertTrue(codes > 0.9, "codes at budget " + b + ": " + codes);
            assertTrue(r.curve(Source.PIXELS).accuracy()[b] < 0.5, "noise pixels at budget " + b);
            assertTrue(r.curve(Source.PCA).accuracy()[b] < 0.5, "PCA of noise at budget " + b);
        }
    }

    @Test
    void progressRisesToOneAndTheSameSeedGivesTheSameNumbers() {
        List<Double> fractions = new ArrayList<>();
        FeatureComparison.Result a = FeatureComparison.run(informativeCodesNoisyPixels(), new int[] {1, 5},
                SoftmaxClassifier.Options.defaults(0, 1), 9, (f, s, b) -> fractions.add(f));
        FeatureComparison.Result b = FeatureComparison.run(informativeCodesNoisyPixels(), new int[] {1, 5},
                SoftmaxClassifier.Options.defaults(0, 1), 9, FeatureComparison.Progress.NONE);
        for (int i = 1; i < fractions.size(); i++) assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress went back: " + fractions);
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        for (Source s : Source.values()) assertArrayEquals(a.curve(s).accuracy(), b.curve(s).accuracy(), 0.0);
    }
}
