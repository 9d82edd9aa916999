package org.latentexplorer.latent.features;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * How good a model's codes are as features: the same small classifier trained on the codes, on the raw pixels
 * and on as many principal components of the pixels as the code has dimensions, with k labels per class for
 * each budget k, scored on the test split. Every source gets the same labelled examples (one seeded draw per
 * budget), the same classifier and the same training.
 */
public final class FeatureComparison {
    /** The three feature sets, in the order they are reported. */
    public enum Source { CODES, PIXELS, PCA }

    /**
     * Codes and pixels of the training split (fitting; labels drawn from it) and the test split (scoring).
     * Pixels in [0, 1], one row per image.
     */
    public record Inputs(float[][] trainCodes, float[][] testCodes, float[][] trainPixels, float[][] testPixels,
                         int[] trainLabels, int[] testLabels, int classes) {
        public Inputs {
            if (trainCodes.length != trainPixels.length || trainCodes.length != trainLabels.length) {
                throw new IllegalArgumentException("training codes, pixels and labels differ in count: "
                        + trainCodes.length + ", " + trainPixels.length + ", " + trainLabels.length);
            }
            if (testCodes.length != testPixels.length || testCodes.length != testLabels.length) {
                throw new IllegalArgumentException("test codes, pixels and labels differ in count: "
                        + testCodes.length + ", " + testPixels.length + ", " + testLabels.length);
            }
            if (trainCodes.length == 0 || testCodes.length == 0) throw new IllegalArgumentException("both splits need images");
        }

        /** The codes of both splits beside the splits' own pixels and labels. */
        public static Inputs of(float[][] trainCodes, float[][] testCodes, org.latentexplorer.data.ImageSet train,
                                org.latentexplorer.data.ImageSet test, int classes) {
            return new Inputs(trainCodes, testCodes, pixels(train), pixels(test), train.labels(), test.labels(), classes);
        }

        private static float[][] pixels(org.latentexplorer.data.ImageSet images) {
            float[][] rows = new float[images.count()][];
            for (int i = 0; i < rows.length; i++) rows[i] = images.image(i);
            return rows;
        }

        public int codeDimension() {
            return trainCodes[0].length;
        }
    }

    /** Test accuracy of one source at each budget (same order as {@link Result#budgets}). */
    public record Curve(Source source, int dimension, double[] accuracy) {}

    /**
     * The budgets (labels per class; {@link LabelBudget#ALL} for all), how many labelled examples each gave,
     * the three curves and chance (the most common test class's share).
     */
    public record Result(int[] budgets, int[] labelled, List<Curve> curves, double chance, int testCount) {
        public Curve curve(Source source) {
            return curves.stream().filter(c -> c.source() == source).findFirst().orElseThrow();
        }
    }

    /** Where the run is: a fraction of the work done and what runs now (budget is an index into the budgets). */
    public interface Progress {
        Progress NONE = (fraction, source, budget) -> {};

        void report(double fraction, Source source, int budget);
    }

    private FeatureComparison() {}

    public static Result run(Inputs in, int[] budgets, SoftmaxClassifier.Options options, long seed, Progress progress) {
        if (budgets.length == 0) throw new IllegalArgumentException("no label budget given");
        int k = in.codeDimension();
        progress.report(0, Source.PCA, -1);
        PrincipalComponents pca = PrincipalComponents.fit(in.trainPixels(), Math.min(k, in.trainPixels()[0].length), seed);
        float[][][] train = {in.trainCodes(), in.trainPixels(), pca.project(in.trainPixels())};
        float[][][] test = {in.testCodes(), in.testPixels(), pca.project(in.testPixels())};
        Standardiser[] scalers = new Standardiser[3];
        for (int s = 0; s < 3; s++) {
            scalers[s] = Standardiser.fit(train[s]);
            test[s] = scalers[s].apply(test[s]);
        }
        int[][] picks = new int[budgets.length][];
        double total = 0;
        double[][] cost = new double[budgets.length][3];
        for (int b = 0; b < budgets.length; b++) {
            picks[b] = LabelBudget.draw(in.trainLabels(), in.classes(), budgets[b], seed);
            int n = picks[b].length;
            for (int s = 0; s < 3; s++) {
                int width = options.hidden() > 0 ? options.hidden() : in.classes();
                // Training work plus scoring the test split, in multiply-adds.
                cost[b][s] = ((double) options.epochsFor(Math.max(1, n)) * n * 3 + in.testLabels().length) * (train[s][0].length + 1) * width;
                total += cost[b][s];
            }
        }
        double pcaShare = 0.05, done = 0;
        double[][] accuracy = new double[3][budgets.length];
        int[] labelled = new int[budgets.length];
        for (int b = 0; b < budgets.length; b++) {
            labelled[b] = picks[b].length;
            int[] y = new int[picks[b].length];
            for (int i = 0; i < y.length; i++) y[i] = in.trainLabels()[picks[b][i]];
            for (int s = 0; s < 3; s++) {
                if (Thread.currentThread().isInterrupted()) throw new CancellationException("feature comparison cancelled");
                Source source = Source.values()[s];
                progress.report(pcaShare + (1 - pcaShare) * done / total, source, b);
                if (y.length == 0) {
                    accuracy[s][b] = Double.NaN;
                } else {
                    float[][] x = new float[y.length][];
                    for (int i = 0; i < y.length; i++) x[i] = train[s][picks[b][i]];
                    SoftmaxClassifier model = SoftmaxClassifier.fit(scalers[s].apply(x), y, in.classes(), options);
                    accuracy[s][b] = model.accuracy(test[s], in.testLabels());
                }
                done += cost[b][s];
            }
        }
        progress.report(1, Source.PCA, budgets.length - 1);
        List<Curve> curves = new ArrayList<>();
        for (int s = 0; s < 3; s++) curves.add(new Curve(Source.values()[s], train[s][0].length, accuracy[s]));
        return new Result(budgets.clone(), labelled, List.copyOf(curves), chance(in.testLabels(), in.classes()), in.testLabels().length);
    }

    /** The accuracy of always answering the most common test class. */
    static double chance(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int l : labels) if (l >= 0 && l < classes) counts[l]++;
        int most = 0;
        for (int c : counts) most = Math.max(most, c);
        return labels.length == 0 ? Double.NaN : (double) most / labels.length;
    }
}
