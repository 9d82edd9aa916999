package org.latentexplorer.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.PyTorchInit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Unsupervised pretraining, the course notes' recipe: a classifier whose lower layers are a trained encoder
 * (frozen, or fine-tuned) under a dense softmax head, trained on a few labelled images, against the same
 * network trained from scratch on the same images. Each run works on its own copy of the encoder, so the
 * trained model's weights never change. Runs on the engine thread.
 */
public final class PretrainedClassifier {
    /** The three networks: the trained encoder frozen, the trained encoder fine-tuned, a fresh encoder. */
    public enum Variant { FROZEN, FINE_TUNED, SCRATCH }

    /** Epochs over the labelled images, batch size, Adam's step, whether to add the fine-tuned run, seed. */
    public record Config(int epochs, int batch, double learningRate, boolean fineTune, long seed) {
        public Config {
            if (epochs < 1 || batch < 1 || !(learningRate > 0)) throw new IllegalArgumentException("epochs, batch and step must be positive");
        }

        public static Config defaults(long seed) {
            return new Config(30, 16, 2e-3, true, seed);
        }
    }

    /**
     * One network's outcome: test accuracy, mean training loss of each epoch, and how far the encoder's
     * weights moved from where they started (largest absolute change; 0 for a frozen encoder).
     */
    public record Run(Variant variant, double accuracy, double[] losses, double encoderShift) {}

    public record Result(int labelled, int testCount, List<Run> runs) {
        public Run run(Variant variant) {
            return runs.stream().filter(r -> r.variant() == variant).findFirst().orElseThrow();
        }
    }

    /** Sees each epoch's loss; asked between batches whether to stop and given the chance to run short jobs. */
    public interface Listener {
        Listener NONE = (variant, epoch, epochs, loss) -> {};

        void epochFinished(Variant variant, int epoch, int epochs, double loss);

        default void betweenBatches() {}

        default boolean cancelRequested() {
            return false;
        }
    }

    private static final int EVAL_CHUNK = 1000;
    private static final double HEAD_STEP = 10;

    private PretrainedClassifier() {}

    /**
     * Trains the variants on the labelled images (rows of pixels in [0, 1]) and scores them on the test images.
     * {@code trained} is only read, before the first batch.
     */
    public static Result run(Autoencoder trained, NDManager manager, float[][] labelledX, int[] labelledY,
                             float[][] testX, int[] testY, int classes, Config config, Listener listener) {
        if (labelledX.length == 0 || labelledX.length != labelledY.length) throw new IllegalArgumentException("no labelled images");
        List<Variant> variants = config.fineTune() ? List.of(Variant.FROZEN, Variant.FINE_TUNED, Variant.SCRATCH)
                : List.of(Variant.FROZEN, Variant.SCRATCH);
        List<float[]> start = encoderWeights(trained);
        List<Run> runs = new ArrayList<>();
        for (Variant v : variants) {
            try (NDManager scope = manager.newSubManager()) {
                runs.add(train(v, trained.spec(), start, scope, labelledX, labelledY, testX, testY, classes, config, listener));
            }
        }
        return new Result(labelledX.length, testX.length, List.copyOf(runs));
    }

    /** The encoder's parameter values, in order (for copying and for checking that they did not move). */
    public static List<float[]> encoderWeights(Autoencoder model) {
        List<float[]> values = new ArrayList<>();
        List<Parameter> params = model.parameters();
        for (int i = 0; i < model.encoderParameterCount(); i++) values.add(params.get(i).getArray().toFloatArray());
        return values;
    }

    private static Run train(Variant variant, ModelSpec spec, List<float[]> pretrained, NDManager scope, float[][] labelledX,
                             int[] labelledY, float[][] testX, int[] testY, int classes, Config config, Listener listener) {
        // Same seed for every variant: the from-scratch network differs from the others only in its encoder's start.
        Autoencoder net = Autoencoder.create(spec, scope, config.seed());
        List<Parameter> encoder = net.parameters().subList(0, net.encoderParameterCount());
        if (variant != Variant.SCRATCH) {
            for (int i = 0; i < encoder.size(); i++) encoder.get(i).getArray().set(pretrained.get(i));
        }
        if (variant == Variant.FROZEN) encoder.forEach(p -> p.freeze(true));
        List<float[]> before = encoderWeights(net);
        Linear head = Linear.builder().setUnits(classes).build();
        head.initialize(scope, DataType.FLOAT32, new Shape(1, spec.latentDim()));
        PyTorchInit.apply(head, new SplittableRandom(config.seed() + 1));
        ParameterStore headStore = new ParameterStore(scope, false);
        Standardise standardise = Standardise.of(code(net, scope.create(flatten(labelledX, spec.inputSize()),
                new Shape(labelledX.length, spec.inputSize())), false), scope);
        List<Parameter> trainable = new ArrayList<>(), headParameters = new ArrayList<>();
        if (variant != Variant.FROZEN) trainable.addAll(encoder);
        for (Pair<String, Parameter> p : head.getParameters()) headParameters.add(p.getValue());
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) config.learningRate())).build();
        // The head starts from nothing and is small: a larger step lets it settle within the few updates a few labels give.
        Optimizer headAdam = Optimizer.adam().optLearningRateTracker(Tracker.fixed((float) (HEAD_STEP * config.learningRate()))).build();
        Loss crossEntropy = Loss.softmaxCrossEntropyLoss();

        int n = labelledX.length, size = spec.inputSize();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        SplittableRandom shuffle = new SplittableRandom(config.seed() + 2);
        double[] losses = new double[config.epochs()];
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            for (int i = n - 1; i > 0; i--) {
                int j = shuffle.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double sum = 0;
            for (int from = 0; from < n; from += config.batch()) {
                listener.betweenBatches();
                if (listener.cancelRequested() || Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("pretraining cancelled in epoch " + (epoch + 1));
                int to = Math.min(n, from + config.batch());
                float[] flat = new float[(to - from) * size];
                float[] labels = new float[to - from];
                for (int i = from; i < to; i++) {
                    System.arraycopy(labelledX[order[i]], 0, flat, (i - from) * size, size);
                    labels[i - from] = labelledY[order[i]];
                }
                try (NDManager step = scope.newSubManager()) {
                    NDArray x = step.create(flat, new Shape(to - from, size));
                    NDArray y = step.create(labels, new Shape(to - from));
                    NDArray loss;
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray logits = head.forward(headStore, new NDList(standardise.apply(code(net, x, true))), true).singletonOrThrow();
                        loss = crossEntropy.evaluate(new NDList(y), new NDList(logits));
                        collector.backward(loss);
                    }
                    for (Parameter p : trainable) adam.update(p.getId(), p.getArray(), p.getArray().getGradient());
                    for (Parameter p : headParameters) headAdam.update(p.getId(), p.getArray(), p.getArray().getGradient());
                    sum += loss.getFloat() * (to - from);
                }
            }
            losses[epoch] = sum / n;
            listener.epochFinished(variant, epoch + 1, config.epochs(), losses[epoch]);
        }
        double accuracy = accuracy(net, head, headStore, standardise, scope, testX, testY, size);
        return new Run(variant, accuracy, losses, largestChange(before, encoderWeights(net)));
    }

    /**
     * The head sees codes shifted and scaled by their mean and spread over the labelled images at the start (fixed
     * constants): an autoencoder's codes may span tens of units, where a softmax head from its usual start learns slowly.
     */
    private record Standardise(NDArray mean, NDArray scale) {
        static Standardise of(NDArray codes, NDManager scope) {
            int n = Math.toIntExact(codes.getShape().get(0)), d = Math.toIntExact(codes.getShape().get(1));
            float[] flat = codes.toFloatArray();
            float[] mean = new float[d], scale = new float[d];
            for (int j = 0; j < d; j++) {
                double sum = 0, squares = 0;
                for (int i = 0; i < n; i++) {
                    sum += flat[i * d + j];
                    squares += (double) flat[i * d + j] * flat[i * d + j];
                }
                double m = sum / n, variance = Math.max(0, squares / n - m * m);
                mean[j] = (float) m;
                scale[j] = variance < 1e-12 ? 1f : (float) (1 / Math.sqrt(variance));
            }
            return new Standardise(scope.create(mean, new Shape(1, d)), scope.create(scale, new Shape(1, d)));
        }

        NDArray apply(NDArray code) {
            return code.sub(mean).mul(scale);
        }
    }

    private static float[] flatten(float[][] rows, int size) {
        float[] flat = new float[rows.length * size];
        for (int i = 0; i < rows.length; i++) System.arraycopy(rows[i], 0, flat, i * size, size);
        return flat;
    }

    /** The deterministic code: the encoder's output, or μ for a VAE. */
    private static NDArray code(Autoencoder net, NDArray x, boolean training) {
        NDArray raw = net.encodeRaw(x, training);
        return net.spec().kind().samplesCode() ? raw.get(":, :" + net.spec().latentDim()) : raw;
    }

    private static double accuracy(Autoencoder net, Linear head, ParameterStore store, Standardise standardise, NDManager scope, float[][] testX,
                                   int[] testY, int size) {
        int right = 0;
        for (int from = 0; from < testX.length; from += EVAL_CHUNK) {
            int to = Math.min(testX.length, from + EVAL_CHUNK);
            float[] flat = new float[(to - from) * size];
            for (int i = from; i < to; i++) System.arraycopy(testX[i], 0, flat, (i - from) * size, size);
            try (NDManager chunk = scope.newSubManager()) {
                NDArray x = chunk.create(flat, new Shape(to - from, size));
                NDArray logits = head.forward(store, new NDList(standardise.apply(code(net, x, false))), false).singletonOrThrow();
                long[] predicted = logits.argMax(1).toType(DataType.INT64, false).toLongArray();
                for (int i = from; i < to; i++) if (predicted[i - from] == testY[i]) right++;
            }
        }
        return testX.length == 0 ? Double.NaN : (double) right / testX.length;
    }

    private static double largestChange(List<float[]> a, List<float[]> b) {
        double most = 0;
        for (int p = 0; p < a.size(); p++) {
            float[] x = a.get(p), y = b.get(p);
            for (int i = 0; i < x.length; i++) most = Math.max(most, Math.abs(x[i] - y[i]));
        }
        return most;
    }
}
