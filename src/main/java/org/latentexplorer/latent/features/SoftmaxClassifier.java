package org.latentexplorer.latent.features;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;

/**
 * Multinomial logistic regression, or one hidden ReLU layer under the softmax, on plain float rows: cross-entropy
 * with an L2 penalty on the weights, mini-batches with Adam. Rows should be standardised ({@link Standardiser}).
 * A cancelled thread (interrupted) stops it between batches.
 */
public final class SoftmaxClassifier {
    /**
     * How to train: hidden units (0 for plain softmax regression), L2 strength, batch size, Adam's step and the
     * number of updates aimed at (at least {@code minEpochs} passes, at most {@code maxEpochs}).
     */
    public record Options(int hidden, double l2, int batch, double learningRate, int updates, int minEpochs, int maxEpochs, long seed) {
        public static Options defaults(int hidden, long seed) {
            return new Options(hidden, 1e-3, 64, hidden > 0 ? 3e-3 : 1e-2, 500, 3, 500, seed);
        }

        public int epochsFor(int examples) {
            int perEpoch = (examples + batch - 1) / batch;
            return Math.max(minEpochs, Math.min(maxEpochs, (updates + perEpoch - 1) / perEpoch));
        }
    }

    private final Dense[] layers;
    private final int classes;

    private SoftmaxClassifier(Dense[] layers, int classes) {
        this.layers = layers;
        this.classes = classes;
    }

    /** Trains on rows {@code x} with labels {@code y} in 0..classes-1. */
    public static SoftmaxClassifier fit(float[][] x, int[] y, int classes, Options options) {
        if (x.length == 0 || x.length != y.length) throw new IllegalArgumentException("need as many labels as rows, and at least one");
        SplittableRandom random = new SplittableRandom(options.seed());
        int d = x[0].length;
        Dense[] layers = options.hidden() > 0
                ? new Dense[] {new Dense(d, options.hidden(), true, random), new Dense(options.hidden(), classes, false, random)}
                : new Dense[] {new Dense(d, classes, false, random)};
        SoftmaxClassifier model = new SoftmaxClassifier(layers, classes);
        int n = x.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        int epochs = options.epochsFor(n);
        int step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            LabelBudget.shuffle(order, random);
            for (int from = 0; from < n; from += options.batch()) {
                if (Thread.currentThread().isInterrupted()) throw new CancellationException("training the classifier was cancelled");
                int to = Math.min(n, from + options.batch());
                float[][] batch = new float[to - from][];
                int[] labels = new int[to - from];
                for (int i = from; i < to; i++) {
                    batch[i - from] = x[order[i]];
                    labels[i - from] = y[order[i]];
                }
                model.step(batch, labels, options, ++step);
            }
        }
        return model;
    }

    /** Mean cross-entropy of the rows (without the penalty). */
    public double loss(float[][] x, int[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) sum -= Math.log(Math.max(1e-12, probabilities(x[i])[y[i]]));
        return sum / x.length;
    }

    public int predict(float[] row) {
        float[] p = forwardOne(row);
        int best = 0;
        for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
        return best;
    }

    /** The share of rows whose predicted class is their label. */
    public double accuracy(float[][] x, int[] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) if (predict(x[i]) == y[i]) right++;
        return x.length == 0 ? Double.NaN : (double) right / x.length;
    }

    public float[] probabilities(float[] row) {
        float[] logits = forwardOne(row);
        softmaxInPlace(logits);
        return logits;
    }

    private float[] forwardOne(float[] row) {
        float[] a = row;
        for (Dense layer : layers) a = layer.forward(a);
        return a;
    }

    private void step(float[][] batch, int[] labels, Options options, int t) {
        int b = batch.length;
        float[][][] inputs = new float[layers.length][][];
        float[][] a = batch;
        for (int l = 0; l < layers.length; l++) {
            inputs[l] = a;
            float[][] next = new float[b][];
            for (int r = 0; r < b; r++) next[r] = layers[l].forward(a[r]);
            a = next;
        }
        // Gradient of the mean cross-entropy with respect to the logits: softmax − one-hot, over the batch size.
        float[][] grad = a;
        for (int r = 0; r < b; r++) {
            softmaxInPlace(grad[r]);
            grad[r][labels[r]] -= 1;
            for (int c = 0; c < classes; c++) grad[r][c] /= b;
        }
        for (int l = layers.length - 1; l >= 0; l--) {
            float[][] output = l + 1 < layers.length ? inputs[l + 1] : null;
            grad = layers[l].backward(inputs[l], output, grad, l > 0);
        }
        for (Dense layer : layers) layer.adam(options, t);
    }

    private static void softmaxInPlace(float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : logits) max = Math.max(max, v);
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = (float) Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < logits.length; c++) logits[c] /= sum;
    }

    /** A fully connected layer (weights stored input-major), with its gradients and Adam's moments. */
    private static final class Dense {
        final int in, out;
        final boolean relu;
        final float[] w, b, gw, gb, mw, vw, mb, vb;

        Dense(int in, int out, boolean relu, SplittableRandom random) {
            this.in = in;
            this.out = out;
            this.relu = relu;
            w = new float[in * out];
            b = new float[out];
            gw = new float[w.length];
            gb = new float[out];
            mw = new float[w.length];
            vw = new float[w.length];
            mb = new float[out];
            vb = new float[out];
            // He-style scale for ReLU, Glorot-style otherwise: small enough that the first softmax is near uniform.
            double scale = relu ? Math.sqrt(2.0 / in) : Math.sqrt(1.0 / (in + out));
            for (int i = 0; i < w.length; i++) w[i] = (float) ((random.nextDouble() * 2 - 1) * scale * Math.sqrt(3));
        }

        float[] forward(float[] x) {
            float[] o = b.clone();
            for (int i = 0; i < in; i++) {
                float xi = x[i];
                if (xi == 0) continue;
                int base = i * out;
                for (int k = 0; k < out; k++) o[k] += xi * w[base + k];
            }
            if (relu) for (int k = 0; k < out; k++) if (o[k] < 0) o[k] = 0;
            return o;
        }

        /**
         * Accumulates this layer's gradients from the gradient at its output (after the ReLU; {@code output} is
         * what forward gave, needed for a ReLU layer) and returns the gradient at its input, if asked.
         */
        float[][] backward(float[][] x, float[][] output, float[][] gradOut, boolean wantInput) {
            java.util.Arrays.fill(gw, 0);
            java.util.Arrays.fill(gb, 0);
            float[][] gradIn = wantInput ? new float[x.length][in] : null;
            for (int r = 0; r < x.length; r++) {
                float[] g = gradOut[r];
                if (relu) {
                    // A unit the ReLU clipped passes no gradient.
                    g = g.clone();
                    for (int k = 0; k < out; k++) if (output[r][k] <= 0) g[k] = 0;
                }
                for (int k = 0; k < out; k++) gb[k] += g[k];
                for (int i = 0; i < in; i++) {
                    float xi = x[r][i];
                    int base = i * out;
                    if (xi != 0) for (int k = 0; k < out; k++) gw[base + k] += xi * g[k];
                    if (gradIn != null) {
                        double s = 0;
                        for (int k = 0; k < out; k++) s += w[base + k] * g[k];
                        gradIn[r][i] = (float) s;
                    }
                }
            }
            return gradIn;
        }

        void adam(Options o, int t) {
            double b1 = 0.9, b2 = 0.999, eps = 1e-8;
            double c1 = 1 - Math.pow(b1, t), c2 = 1 - Math.pow(b2, t);
            double lr = o.learningRate();
            for (int i = 0; i < w.length; i++) {
                double g = gw[i] + o.l2() * w[i];
                mw[i] = (float) (b1 * mw[i] + (1 - b1) * g);
                vw[i] = (float) (b2 * vw[i] + (1 - b2) * g * g);
                w[i] -= (float) (lr * (mw[i] / c1) / (Math.sqrt(vw[i] / c2) + eps));
            }
            for (int k = 0; k < out; k++) {
                double g = gb[k];
                mb[k] = (float) (b1 * mb[k] + (1 - b1) * g);
                vb[k] = (float) (b2 * vb[k] + (1 - b2) * g * g);
                b[k] -= (float) (lr * (mb[k] / c1) / (Math.sqrt(vb[k] / c2) + eps));
            }
        }
    }
}
