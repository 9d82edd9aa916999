package org.latentexplorer.latent.features;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftmaxClassifierTest {
    private static final int CLASSES = 10;

    @Test
    void separableClustersAreClassifiedAlmostPerfectly() {
        Synthetic train = Synthetic.clusters(800, 20, CLASSES, 8, 1), test = Synthetic.clusters(1000, 20, CLASSES, 8, 2);
        SoftmaxClassifier model = SoftmaxClassifier.fit(train.rows, train.labels, CLASSES, SoftmaxClassifier.Options.defaults(0, 7));
        double accuracy = model.accuracy(test.rows, test.labels);
        assertTrue(accuracy >= 0.99, "accuracy on separable clusters " + accuracy);
    }

    @Test
    void aHiddenLayerAlsoSeparatesTheClusters() {
        Synthetic train = Synthetic.clusters(800, 20, CLASSES, 8, 3), test = Synthetic.clusters(1000, 20, CLASSES, 8, 4);
        SoftmaxClassifier model = SoftmaxClassifier.fit(train.rows, train.labels, CLASSES, SoftmaxClassifier.Options.defaults(32, 7));
        double accuracy = model.accuracy(test.rows, test.labels);
        assertTrue(accuracy >= 0.98, "accuracy with a hidden layer " + accuracy);
    }

    @Test
    void aClassThatIsNotLinearlySeparableNeedsTheHiddenLayer() {
        // XOR of the signs of two coordinates: no line separates it, one hidden layer does.
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        int n = 1200;
        float[][] x = new float[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = (float) (random.nextDouble() * 2 - 1);
            x[i][1] = (float) (random.nextDouble() * 2 - 1);
            y[i] = (x[i][0] > 0) == (x[i][1] > 0) ? 1 : 0;
        }
        double linear = SoftmaxClassifier.fit(x, y, 2, SoftmaxClassifier.Options.defaults(0, 1)).accuracy(x, y);
        double hidden = SoftmaxClassifier.fit(x, y, 2, SoftmaxClassifier.Options.defaults(16, 1)).accuracy(x, y);
        assertTrue(linear < 0.7, "a linear classifier cannot learn XOR, got " + linear);
        assertTrue(hidden > 0.9, "one hidden layer learns XOR, got " + hidden);
    }

    @Test
    void shuffledLabelsGiveChanceOnTheTestSet() {
        Synthetic train = Synthetic.clusters(800, 20, CLASSES, 8, 1), test = Synthetic.clusters(2000, 20, CLASSES, 8, 2);
        SoftmaxClassifier model = SoftmaxClassifier.fit(train.rows, Synthetic.shuffled(train.labels, 9), CLASSES,
                SoftmaxClassifier.Options.defaults(0, 7));
        double accuracy = model.accuracy(test.rows, test.labels);
        // Chance is 0.10; 2,000 test rows put two standard errors at about ±0.013.
        assertTrue(accuracy > 0.05 && accuracy < 0.16, "accuracy on shuffled labels " + accuracy);
    }

    @Test
    void theSameSeedTrainsTheSameClassifier() {
        Synthetic train = Synthetic.clusters(300, 5, 3, 1.5, 11), test = Synthetic.clusters(300, 5, 3, 1.5, 12);
        double a = SoftmaxClassifier.fit(train.rows, train.labels, 3, SoftmaxClassifier.Options.defaults(8, 4)).loss(test.rows, test.labels);
        double b = SoftmaxClassifier.fit(train.rows, train.labels, 3, SoftmaxClassifier.Options.defaults(8, 4)).loss(test.rows, test.labels);
        assertEquals(a, b, 0.0);
    }

    @Test
    void probabilitiesSumToOne() {
        Synthetic train = Synthetic.clusters(100, 4, 3, 2, 13);
        SoftmaxClassifier model = SoftmaxClassifier.fit(train.rows, train.labels, 3, SoftmaxClassifier.Options.defaults(0, 1));
        float[] p = model.probabilities(train.rows[0]);
        assertEquals(3, p.length);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-5);
    }
}
