package org.latentexplorer.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.RunExtras;
import org.latentexplorer.model.TrainingHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lean training loop: the whole split lives in one NDArray, permuted once per epoch and sliced into batches,
 * because DJL pays one native call per op and per-sample batching would dominate. Runs on the engine thread;
 * everything a step creates lives in a sub-manager closed after the step. One run is one instance: the epoch
 * ({@link #runEpoch}) and the batch ({@link #step}, {@link #finish}) are its steps.
 *
 * <p>Three things make a step cheap where the engine can do them ({@link Acceleration}; for MXNet
 * {@code training.mxnet}, docs/performance.md has the measurements): a compiled loss (one native call for the
 * forward pass), a grouped optimizer, and no per-batch wait: MXNet runs ops asynchronously and reading a batch's
 * loss waits for that batch, so the loop reads batch <i>b</i>'s loss only after it has queued batch <i>b</i>+1.
 * Without them the loop does the same with plain DJL.
 *
 * <p>The model's family may train networks of its own beside the autoencoder ({@link RunExtras}, an AAE's
 * discriminator): their steps follow the reconstruction step of every batch, each with its own DJL optimizer.
 *
 * <p>Progress contract: {@link TrainingProgress#batchFinished} is called once per batch, in order, with that batch's
 * exact loss, but one step late: batch <i>b</i> is reported after batch <i>b</i>+1 has been queued (the last batch
 * of an epoch is reported before the epoch ends). {@link TrainingProgress#cancelRequested} is polled before every
 * batch; on cancel, the batch that ran last is not reported. A non-finite loss is detected when read, so a
 * diverging run stops one batch after the one that diverged.
 *
 * <p>The system properties {@code latent.train.compiled}, {@code latent.train.fused} and
 * {@code latent.train.lazyLoss} ({@code false} turns a path off) exist for side-by-side measurements.
 */
public final class TrainingLoop {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingLoop.class);

    private final Autoencoder model;
    private final NDArray trainImages;
    private final NDArray testImages;
    private final TrainingConfig config;
    private final TrainingProgress progress;
    private final TrainingHistory history;
    private final Acceleration acceleration;
    private final List<Parameter> parameters;
    private final NDArray[] weights;
    private final NDArray[] gradients;
    private final int n;
    private final int batchSize;
    private final int batches;
    private final boolean lazyLoss = enabled("latent.train.lazyLoss");
    /** The compiled loss per batch size (the full batches and the last, smaller one); empty: imperative. */
    private final Map<Integer, CompiledLoss> compiled = new HashMap<>();
    private ParameterUpdater updater;
    private RunExtras extras = RunExtras.NONE;
    private Optimizer[] extraOptimizers = new Optimizer[0];
    private LastGoodWeights lastGood;
    /** The epoch's sums over images: of the batch losses, and of the recorded extra step's losses. */
    private double lossSum, recordedSum;

    /** A queued step: its scope (closed once its loss is read), its loss, its place and its recorded extra loss. */
    private record Step(NDManager scope, NDArray loss, int batch, int rows, double recorded) {}

    private TrainingLoop(Autoencoder model, NDArray trainImages, NDArray testImages, TrainingConfig config,
                         TrainingProgress progress, TrainingHistory history, Acceleration acceleration) {
        this.model = model;
        this.trainImages = trainImages;
        this.testImages = testImages;
        this.config = config;
        this.progress = progress;
        this.history = history;
        this.acceleration = acceleration;
        this.parameters = model.parameters();
        this.weights = new NDArray[parameters.size()];
        this.gradients = new NDArray[parameters.size()];
        this.n = Math.toIntExact(trainImages.getShape().get(0));
        this.batchSize = Math.min(config.batchSize(), n);
        this.batches = (n + batchSize - 1) / batchSize;
    }

    public static TrainingHistory train(Autoencoder model, NDArray trainImages, NDArray testImages,
                                        TrainingConfig config, TrainingProgress progress)
            throws TrainingCancelledException, TrainingDivergedException {
        TrainingHistory history = new TrainingHistory();
        history.setSettings(config.describe());
        train(model, trainImages, testImages, config, progress, history);
        return history;
    }

    /** Continues {@code history}, appending one entry per epoch. */
    public static void train(Autoencoder model, NDArray trainImages, NDArray testImages, TrainingConfig config,
                             TrainingProgress progress, TrainingHistory history)
            throws TrainingCancelledException, TrainingDivergedException {
        train(model, trainImages, testImages, config, progress, history, Acceleration.forModel(model));
    }

    /** As {@link #train(Autoencoder, NDArray, NDArray, TrainingConfig, TrainingProgress, TrainingHistory)}, with
     *  the engine's shortcuts given ({@link Acceleration#NONE}: plain DJL, as on an engine without any). */
    static void train(Autoencoder model, NDArray trainImages, NDArray testImages, TrainingConfig config,
                      TrainingProgress progress, TrainingHistory history, Acceleration acceleration)
            throws TrainingCancelledException, TrainingDivergedException {
        new TrainingLoop(model, trainImages, testImages, config, progress, history, acceleration).run();
    }

    private void run() throws TrainingCancelledException, TrainingDivergedException {
        for (Parameter p : parameters) p.getArray().setRequiresGradient(true);
        int firstEpoch = history.epochs().size() + 1;
        lastGood = new LastGoodWeights(parameters, firstEpoch - 1);
        try {
            prepare();
            Engine.getInstance().setRandomSeed((int) config.seed());
            for (int epoch = firstEpoch; epoch < firstEpoch + config.epochs(); epoch++) runEpoch(epoch);
        } catch (TrainingDivergedException e) {
            throw lastGood.restore(e);
        } finally {
            compiled.values().forEach(CompiledLoss::close);
            if (updater != null) updater.close();
            extras.close();
            for (NDArray g : gradients) if (g != null) g.close();
        }
    }

    /** Gradient buffers, the compiled loss, the optimizer and the family's extras; before seeding, so the run's
     *  random sequence (order, noise) starts from the seed whatever the preparation drew. */
    private void prepare() {
        // The gradient buffers stay the same across steps (grad_req "write"), so fetch their handles once.
        for (int i = 0; i < gradients.length; i++) {
            weights[i] = parameters.get(i).getArray();
            gradients[i] = weights[i].getGradient();
        }
        int[] sizes = n % batchSize == 0 ? new int[] {batchSize} : new int[] {batchSize, n % batchSize};
        if (enabled("latent.train.compiled")) {
            for (int rows : sizes) {
                CompiledLoss c = acceleration.compileLoss(model, trainImages, rows, parameters, gradients);
                if (c == null) break;
                compiled.put(rows, c);
            }
        }
        if (compiled.size() != sizes.length) {
            compiled.values().forEach(CompiledLoss::close);
            compiled.clear();
        }
        ParameterUpdater fast = enabled("latent.train.fused") ? acceleration.updater(config, weights, model.manager()) : null;
        updater = fast != null ? fast : new PlainUpdater(config, weights, parameters);
        extras = model.spec().kind().family().extras(model, config.seed());
        extraOptimizers = new Optimizer[extras.steps().size()];
        for (int s = 0; s < extraOptimizers.length; s++) extraOptimizers[s] = PlainUpdater.optimizerFor(config);
        String method = (compiled.isEmpty() ? "imperative loss" : compiled.get(batchSize).describe()) + ", "
                + updater.describe() + ", " + (lazyLoss ? "loss read one step late" : "loss read every step");
        LOG.debug("training with {}", method);
        progress.methodChosen(method);
    }

    private void runEpoch(int epoch) throws TrainingCancelledException, TrainingDivergedException {
        long start = System.nanoTime();
        lossSum = 0;
        recordedSum = 0;
        Step pending = null;
        try (NDManager epochScope = model.manager().newSubManager()) {
            NDArray order = epochScope.randomPermutation(n);
            NDArray shuffled = trainImages.get(order);
            shuffled.attach(epochScope);
            try {
                for (int b = 0; b < batches; b++) {
                    if (progress.cancelRequested()) throw new TrainingCancelledException(epoch, b);
                    int rows = Math.min(n, (b + 1) * batchSize) - b * batchSize;
                    Step step = step(shuffled, b * batchSize, rows, b + 1);
                    if (lazyLoss) {
                        Step previous = pending;
                        pending = step;
                        if (previous != null) finish(previous, epoch);
                    } else {
                        finish(step, epoch);
                    }
                }
                if (pending != null) {
                    Step last = pending;
                    pending = null;
                    finish(last, epoch);
                }
            } finally {
                if (pending != null) pending.scope.close();
            }
        }
        // Seconds count training only, as PyTorch's reference does, so throughputs compare.
        double seconds = (System.nanoTime() - start) / 1e9;
        double testLoss = testImages == null ? Double.NaN : ModelMeasures.meanLoss(model, testImages);
        lastGood.epochFinished(epoch, lossSum / n, testImages == null ? null : testLoss);
        TrainingHistory.Epoch record = recordsExtraLoss()
                ? new TrainingHistory.Epoch(epoch, lossSum / n, testLoss, seconds, "", recordedSum / n)
                : new TrainingHistory.Epoch(epoch, lossSum / n, testLoss, seconds);
        history.add(record);
        progress.epochFinished(record);
    }

    /** Queues one batch: the loss and its gradients, the update, then the family's extra steps. */
    private Step step(NDArray data, int from, int rows, int batch) {
        NDManager scope = model.manager().newSubManager();
        try {
            NDArray x = rows(data, from, rows, scope);
            CompiledLoss fast = compiled.get(rows);
            NDArray loss;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                loss = fast != null ? fast.forward(x, scope) : model.loss(x, true);
                collector.backward(loss);
            }
            updater.update(gradients);
            return new Step(scope, loss, batch, rows, extraSteps(x));
        } catch (RuntimeException e) {
            scope.close();
            throw e;
        }
    }

    /** Rows [from, from + count) of {@code data}, owned by {@code scope}: the engine's view if it has one. */
    private NDArray rows(NDArray data, int from, int count, NDManager scope) {
        NDArray view = acceleration.rows(data, from, count, scope);
        if (view != null) return view;
        NDArray x = data.get(new NDIndex().addSliceDim(from, from + count));
        x.attach(scope);
        return x;
    }

    /** Runs the family's extra steps on the batch; returns the recorded step's loss (NaN when none is). */
    private double extraSteps(NDArray x) {
        double recorded = Double.NaN;
        List<RunExtras.Step> steps = extras.steps();
        for (int s = 0; s < steps.size(); s++) {
            RunExtras.Step extra = steps.get(s);
            NDArray value;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                value = extra.loss().apply(x);
                collector.backward(value);
            }
            for (Parameter p : extra.parameters()) {
                try (NDArray gradient = p.getArray().getGradient()) {
                    extraOptimizers[s].update(p.getId(), p.getArray(), gradient);
                }
            }
            float loss = value.getFloat();
            if (extra.recorded()) recorded = loss;
        }
        return recorded;
    }

    private boolean recordsExtraLoss() {
        return extras.steps().stream().anyMatch(RunExtras.Step::recorded);
    }

    /** Reads a step's loss (waiting for that step only), checks and reports it, and frees the step. */
    private void finish(Step step, int epoch) throws TrainingDivergedException {
        double loss;
        try {
            loss = step.loss.toFloatArray()[0]; // getFloat() would run an indexing op first
        } finally {
            step.scope.close();
        }
        lastGood.check(epoch, step.batch, loss);
        if (recordsExtraLoss() && !Double.isFinite(step.recorded)) {
            throw new TrainingDivergedException(TrainingDivergedException.Reason.NON_FINITE, epoch, step.batch,
                    step.recorded, Double.NaN);
        }
        lossSum += loss * step.rows;
        recordedSum += step.recorded * step.rows;
        progress.batchFinished(epoch, step.batch, batches, loss);
        progress.betweenBatches();
    }

    private static boolean enabled(String property) {
        return !"false".equalsIgnoreCase(System.getProperty(property, "true"));
    }
}
