package org.latentexplorer.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.TrainingHistory;

import java.util.List;

/**
 * A lean training loop: the whole split lives in one NDArray, permuted once per epoch and sliced into
 * batches, because DJL pays one native call per op and per-sample batching would dominate. Runs on the
 * engine thread; everything a step creates lives in a sub-manager closed after the step.
 */
public final class Trainer {
    private Trainer() {}

    public static TrainingHistory train(Autoencoder model, NDArray trainImages, NDArray testImages,
                                        TrainingConfig config, TrainingListener listener)
            throws TrainingCancelledException, TrainingDivergedException {
        TrainingHistory history = new TrainingHistory();
        history.setSettings(config.describe());
        train(model, trainImages, testImages, config, listener, history);
        return history;
    }

    /** Continues {@code history}, appending one entry per epoch. */
    public static void train(Autoencoder model, NDArray trainImages, NDArray testImages, TrainingConfig config,
                             TrainingListener listener, TrainingHistory history)
            throws TrainingCancelledException, TrainingDivergedException {
        Engine.getInstance().setRandomSeed((int) config.seed());
        Optimizer optimizer = optimizerFor(config);
        List<Parameter> parameters = model.parameters();
        for (Parameter p : parameters) p.getArray().setRequiresGradient(true);
        int n = Math.toIntExact(trainImages.getShape().get(0));
        int batches = (n + config.batchSize() - 1) / config.batchSize();
        int firstEpoch = history.epochs().size() + 1;
        NDManager manager = model.manager();
        NDArray[] gradients = new NDArray[parameters.size()];
        try {
            // The gradient buffers stay the same across steps (grad_req "write"), so fetch their handles once.
            for (int i = 0; i < gradients.length; i++) gradients[i] = parameters.get(i).getArray().getGradient();
            for (int epoch = firstEpoch; epoch < firstEpoch + config.epochs(); epoch++) {
                long start = System.nanoTime();
                double lossSum = 0;
                try (NDManager epochScope = manager.newSubManager()) {
                    NDArray order = epochScope.randomPermutation(n);
                    NDArray shuffled = trainImages.get(order);
                    shuffled.attach(epochScope);
                    for (int b = 0; b < batches; b++) {
                        if (listener.cancelRequested()) throw new TrainingCancelledException(epoch, b);
                        double loss = step(model, shuffled, b * config.batchSize(),
                                Math.min(n, (b + 1) * config.batchSize()), parameters, gradients, optimizer);
                        if (!Double.isFinite(loss)) throw new TrainingDivergedException(epoch, b + 1, loss);
                        lossSum += loss * Math.min(config.batchSize(), n - b * config.batchSize());
                        listener.batchFinished(epoch, b + 1, batches, loss);
                        listener.betweenBatches();
                    }
                }
                // Seconds count training only, as PyTorch's reference does, so throughputs compare.
                double seconds = (System.nanoTime() - start) / 1e9;
                double testLoss = testImages == null ? Double.NaN : evaluate(model, testImages);
                TrainingHistory.Epoch record = new TrainingHistory.Epoch(epoch, lossSum / n, testLoss, seconds);
                history.add(record);
                listener.epochFinished(record);
            }
        } finally {
            for (NDArray g : gradients) if (g != null) g.close();
        }
    }

    static Optimizer optimizerFor(TrainingConfig config) {
        Tracker lr = Tracker.fixed((float) config.learningRate());
        return switch (config.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(lr).build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(lr).build();
            case RMSPROP -> Optimizer.rmsprop().optLearningRateTracker(lr).build();
        };
    }

    private static double step(Autoencoder model, NDArray data, int from, int to, List<Parameter> parameters,
                               NDArray[] gradients, Optimizer optimizer) {
        try (NDManager scope = model.manager().newSubManager()) {
            NDArray batch = data.get(new NDIndex().addSliceDim(from, to));
            batch.attach(scope);
            double value;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray loss = model.loss(batch, true);
                collector.backward(loss);
                value = loss.getFloat();
            }
            for (int i = 0; i < gradients.length; i++) {
                Parameter p = parameters.get(i);
                optimizer.update(p.getId(), p.getArray(), gradients[i]);
            }
            return value;
        }
    }

    /** Mean loss per image over {@code images}, in batches so memory stays flat. */
    public static double evaluate(Autoencoder model, NDArray images) {
        int n = Math.toIntExact(images.getShape().get(0));
        double sum = 0;
        int chunk = 1000;
        for (int from = 0; from < n; from += chunk) {
            int to = Math.min(n, from + chunk);
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray batch = images.get(new NDIndex().addSliceDim(from, to));
                batch.attach(scope);
                sum += model.loss(batch, false).getFloat() * (to - from);
            }
        }
        return sum / n;
    }

    /** Mean squared error per pixel of the deterministic reconstruction. */
    public static double meanSquaredError(Autoencoder model, NDArray images) {
        int n = Math.toIntExact(images.getShape().get(0));
        double sum = 0;
        int chunk = 1000;
        for (int from = 0; from < n; from += chunk) {
            int to = Math.min(n, from + chunk);
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray batch = images.get(new NDIndex().addSliceDim(from, to));
                batch.attach(scope);
                NDArray diff = model.reconstruct(batch).sub(batch);
                sum += diff.mul(diff).sum().getFloat();
            }
        }
        return sum / ((double) n * images.getShape().get(1));
    }

}
