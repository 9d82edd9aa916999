package org.latentexplorer.training;

import ai.djl.engine.Engine;
import ai.djl.mxnet.engine.CachedOp;
import ai.djl.mxnet.engine.GradReq;
import ai.djl.mxnet.engine.MxGradientCollector;
import ai.djl.mxnet.engine.MxNDArray;
import ai.djl.mxnet.engine.MxNDManager;
import ai.djl.mxnet.engine.MxSymbolBlock;
import ai.djl.mxnet.engine.Symbol;
import ai.djl.mxnet.jna.JnaUtils;
import ai.djl.mxnet.jna.LibUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.TrainingHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A lean training loop: the whole split lives in one NDArray, permuted once per epoch and sliced into
 * batches, because DJL pays one native call per op and per-sample batching would dominate. Runs on the
 * engine thread; everything a step creates lives in a sub-manager closed after the step.
 *
 * <p>Three things make a step cheap (docs/performance.md has the measurements):
 * <ul>
 *   <li><b>Compiled loss.</b> At the start of a run the model's loss is traced once through MXNet's autograd
 *       into a symbolic graph, which becomes one MXNet {@code CachedOp} (static memory, static shapes): the
 *       forward pass is then one native call per batch instead of one per layer and per loss term, and the
 *       backward pass runs over the same pre-planned graph. The trace is checked against the imperative loss
 *       and its gradients before use; if anything in it is not understood (an input that is neither the
 *       batch, a parameter nor standard normal noise, a mismatch) the run falls back to the imperative loss.</li>
 *   <li><b>Grouped Adam.</b> The large tensors get one {@code adam_update} call each and all small tensors share
 *       one {@code _multi_adamw_update} call (with weight decay 0 and the bias-corrected step size this is exactly
 *       Adam): 3 native calls per step for the course's MLPs instead of one per parameter.</li>
 *   <li><b>No per-batch wait.</b> MXNet runs ops asynchronously; reading a batch's loss waits for that batch.
 *       The loop reads batch <i>b</i>'s loss only after it has queued batch <i>b</i>+1, so Java's work for the
 *       next step overlaps the native work of the current one.</li>
 * </ul>
 *
 * <p>Listener contract: {@link TrainingListener#batchFinished} is still called once per batch, in order, with
 * that batch's exact loss, but one step late: batch <i>b</i> is reported after batch <i>b</i>+1 has been
 * queued (the last batch of an epoch is reported before the epoch ends). {@link TrainingListener#cancelRequested}
 * is still polled before every batch; on cancel, the batch that ran last is not reported. A non-finite loss is
 * detected when read, so a diverging run stops one batch later than before.
 *
 * <p>The system properties {@code latent.train.compiled}, {@code latent.train.fused} and
 * {@code latent.train.lazyLoss} ({@code false} turns a path off) exist for side-by-side measurements.
 */
public final class Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);
    private static final int TRACE_SEED = 0x1a7e47;

    private static volatile String lastRun = "none";

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
        List<Parameter> parameters = model.parameters();
        for (Parameter p : parameters) p.getArray().setRequiresGradient(true);
        int n = Math.toIntExact(trainImages.getShape().get(0));
        int batchSize = Math.min(config.batchSize(), n);
        int batches = (n + batchSize - 1) / batchSize;
        int firstEpoch = history.epochs().size() + 1;
        NDManager manager = model.manager();
        NDArray[] weights = new NDArray[parameters.size()];
        NDArray[] gradients = new NDArray[parameters.size()];
        Map<Integer, CompiledLoss> compiled = new HashMap<>();
        Updater updater = null;
        boolean lazyLoss = enabled("latent.train.lazyLoss");
        LastGoodWeights lastGood = new LastGoodWeights(parameters, firstEpoch - 1);
        try {
            // The gradient buffers stay the same across steps (grad_req "write"), so fetch their handles once.
            for (int i = 0; i < gradients.length; i++) {
                weights[i] = parameters.get(i).getArray();
                gradients[i] = weights[i].getGradient();
            }
            if (enabled("latent.train.compiled")) {
                // Traced before seeding, so the run's random sequence (order, noise) starts from the seed as before.
                for (int rows : n % batchSize == 0 ? new int[] {batchSize} : new int[] {batchSize, n % batchSize}) {
                    CompiledLoss c = CompiledLoss.trace(model, trainImages, rows, parameters, gradients);
                    if (c == null) break;
                    compiled.put(rows, c);
                }
            }
            boolean allCompiled = compiled.size() == (n % batchSize == 0 ? 1 : 2);
            if (!allCompiled) {
                compiled.values().forEach(CompiledLoss::close);
                compiled.clear();
            }
            updater = Updater.create(config, weights, parameters, manager);
            lastRun = (allCompiled ? "compiled loss (CachedOp)" : "imperative loss") + ", " + updater.describe()
                    + ", " + (lazyLoss ? "loss read one step late" : "loss read every step");
            LOG.debug("training with {}", lastRun);
            Engine.getInstance().setRandomSeed((int) config.seed());
            for (int epoch = firstEpoch; epoch < firstEpoch + config.epochs(); epoch++) {
                long start = System.nanoTime();
                double lossSum = 0;
                Step pending = null;
                try (NDManager epochScope = manager.newSubManager()) {
                    NDArray order = epochScope.randomPermutation(n);
                    NDArray shuffled = trainImages.get(order);
                    shuffled.attach(epochScope);
                    try {
                        for (int b = 0; b < batches; b++) {
                            if (listener.cancelRequested()) throw new TrainingCancelledException(epoch, b);
                            int rows = Math.min(n, (b + 1) * batchSize) - b * batchSize;
                            Step step = step(model, shuffled, b * batchSize, rows, b + 1, compiled.get(rows),
                                    gradients, updater);
                            if (lazyLoss) {
                                Step previous = pending;
                                pending = step;
                                if (previous != null) lossSum += finish(previous, epoch, batches, listener, lastGood);
                            } else {
                                lossSum += finish(step, epoch, batches, listener, lastGood);
                            }
                        }
                        if (pending != null) {
                            Step last = pending;
                            pending = null;
                            lossSum += finish(last, epoch, batches, listener, lastGood);
                        }
                    } finally {
                        if (pending != null) pending.scope.close();
                    }
                }
                // Seconds count training only, as PyTorch's reference does, so throughputs compare.
                double seconds = (System.nanoTime() - start) / 1e9;
                double testLoss = testImages == null ? Double.NaN : evaluate(model, testImages);
                lastGood.epochFinished(epoch, lossSum / n, testImages == null ? null : testLoss);
                TrainingHistory.Epoch record = new TrainingHistory.Epoch(epoch, lossSum / n, testLoss, seconds);
                history.add(record);
                listener.epochFinished(record);
            }
        } catch (TrainingDivergedException e) {
            throw lastGood.restore(e);
        } finally {
            compiled.values().forEach(CompiledLoss::close);
            if (updater != null) updater.close();
            for (NDArray g : gradients) if (g != null) g.close();
        }
    }

    /** What the last training run used (compiled or imperative loss, optimizer path, loss reads), for reports. */
    public static String lastRunDescription() {
        return lastRun;
    }

    static Optimizer optimizerFor(TrainingConfig config) {
        Tracker lr = Tracker.fixed((float) config.learningRate());
        return switch (config.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(lr).build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(lr).build();
            case RMSPROP -> Optimizer.rmsprop().optLearningRateTracker(lr).build();
        };
    }

    private static boolean enabled(String property) {
        return !"false".equalsIgnoreCase(System.getProperty(property, "true"));
    }

    /** A queued step: its scope (closed once its loss is read), its loss and its place. */
    private record Step(NDManager scope, NDArray loss, int batch, int rows) {}

    private static Step step(Autoencoder model, NDArray data, int from, int rows, int batch, CompiledLoss compiled,
                             NDArray[] gradients, Updater updater) {
        NDManager scope = model.manager().newSubManager();
        try {
            NDArray x = rows(data, from, rows, scope);
            NDArray loss;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                loss = compiled != null ? compiled.forward(x, scope) : model.loss(x, true);
                collector.backward(loss);
            }
            updater.update(gradients);
            return new Step(scope, loss, batch, rows);
        } catch (RuntimeException e) {
            scope.close();
            throw e;
        }
    }

    /**
     * Rows [from, from + count) of {@code data} as a view sharing its memory: one C call (MXNDArraySlice64), no
     * operator and no copy, where {@code get(NDIndex)} costs an operator and a few hundred µs of Java per batch.
     */
    private static NDArray rows(NDArray data, int from, int count, NDManager scope) {
        if (data instanceof MxNDArray mx && scope instanceof MxNDManager mxScope) {
            try {
                PointerByReference view = new PointerByReference();
                Mx.check(Mx.LIB.MXNDArraySlice64(mx.getHandle(), from, (long) from + count, view));
                return mxScope.create(view.getValue());
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("no MXNDArraySlice64 ({}); slicing with an operator", e.getMessage());
            }
        }
        NDArray x = data.get(new NDIndex().addSliceDim(from, from + count));
        x.attach(scope);
        return x;
    }

    /** Reads a step's loss (waiting for that step only), reports it, and frees the step. */
    private static double finish(Step step, int epoch, int batches, TrainingListener listener,
                                 LastGoodWeights lastGood) throws TrainingDivergedException {
        double loss;
        try {
            loss = step.loss.toFloatArray()[0]; // getFloat() would run an indexing op first
        } finally {
            step.scope.close();
        }
        lastGood.check(epoch, step.batch, loss);
        listener.batchFinished(epoch, step.batch, batches, loss);
        listener.betweenBatches();
        return loss * step.rows;
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

    // ---------------------------------------------------------------------------------------------------------
    // Compiled loss: the model's loss traced into one MXNet CachedOp.

    /**
     * The loss of {@link Autoencoder#loss} for batches of one size, as one CachedOp whose inputs are the batch,
     * the parameters and (for a VAE) the standard normal noise of the reparameterisation trick, drawn fresh for
     * every batch.
     */
    private static final class CompiledLoss implements AutoCloseable {
        private final CachedOp op;
        private final MxNDArray[] inputs;
        private final int dataIndex;
        private final int noiseIndex;
        private final Shape noiseShape;

        private final MxNDArray[] constants;

        private CompiledLoss(CachedOp op, MxNDArray[] inputs, MxNDArray[] constants, int dataIndex, int noiseIndex,
                             Shape noiseShape) {
            this.op = op;
            this.inputs = inputs;
            this.constants = constants;
            this.dataIndex = dataIndex;
            this.noiseIndex = noiseIndex;
            this.noiseShape = noiseShape;
        }

        NDArray forward(NDArray x, NDManager scope) {
            inputs[dataIndex] = (MxNDArray) x;
            if (noiseIndex >= 0) inputs[noiseIndex] = (MxNDArray) scope.randomNormal(noiseShape);
            try {
                return JnaUtils.cachedOpInvoke((MxNDManager) scope, op.getHandle(), inputs)[0];
            } finally {
                inputs[dataIndex] = null;
                if (noiseIndex >= 0) inputs[noiseIndex] = null;
            }
        }

        @Override
        public void close() {
            op.close();
            for (MxNDArray c : constants) if (c != null) c.close();
        }

        /** The compiled loss for batches of {@code rows} images, or null (logged) if the model cannot be traced. */
        static CompiledLoss trace(Autoencoder model, NDArray images, int rows, List<Parameter> parameters,
                                  NDArray[] gradients) {
            if (!(model.manager() instanceof MxNDManager)) return null;
            CachedOp op = null;
            List<NDArray> made = new ArrayList<>();
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray x = images.get(new NDIndex().addSliceDim(0, rows));
                x.attach(scope);
                // The batch becomes a graph variable without gradient, so ops applied to it alone (a reshape
                // for a convolution) are recorded too instead of turning into unknown inputs.
                NDArray unusedGradient = x.zerosLike();
                JnaUtils.autogradMarkVariables(1, ((MxNDArray) x).getHandle(),
                        IntBuffer.allocate(1).put(0, GradReq.NULL.getValue()), ((MxNDArray) unusedGradient).getHandle());
                Engine.getInstance().setRandomSeed(TRACE_SEED);
                Map<String, Integer> parameterByName = new HashMap<>();
                Map<String, NDArray> variables = new HashMap<>();
                String dataName;
                float reference;
                float[][] referenceGradients = new float[gradients.length][];
                String[] names;
                MxSymbolBlock block;
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray loss = model.loss(x, true);
                    // A deep copy: backward() below releases the recorded graph.
                    Symbol graph;
                    try (Symbol recorded = MxGradientCollector.getSymbol(scope, loss)) {
                        graph = Symbol.loadJson((MxNDManager) scope, recorded.toJsonString());
                    }
                    for (int i = 0; i < parameters.size(); i++) {
                        parameterByName.put(variableName(scope, parameters.get(i).getArray()), i);
                    }
                    dataName = variableName(scope, x);
                    for (NDArray a : scope.getManagedArrays()) {
                        String name = variableNameOrNull(scope, a);
                        if (name != null) variables.put(name, a);
                    }
                    collector.backward(loss);
                    reference = loss.getFloat();
                    names = graph.getAllNames();
                    block = new MxSymbolBlock(scope, graph);
                }
                for (int i = 0; i < gradients.length; i++) referenceGradients[i] = gradients[i].toFloatArray();

                MxNDArray[] inputs = new MxNDArray[names.length];
                MxNDArray[] constants = new MxNDArray[names.length];
                int dataIndex = -1, noiseIndex = -1;
                Shape noiseShape = null;
                NDArray placeholder = scope.zeros(new Shape(1));
                for (int i = 0; i < names.length; i++) {
                    Integer p = parameterByName.get(names[i]);
                    if (p != null) {
                        // Marks the input as a parameter for the CachedOp's flags; the value is passed per call.
                        block.getAllParameters().get(i).setArray(placeholder);
                        inputs[i] = (MxNDArray) parameters.get(p).getArray();
                    } else if (names[i].equals(dataName)) {
                        dataIndex = i;
                    } else if (noiseIndex < 0 && variables.containsKey(names[i])
                            && isStandardNormalDraw(scope, variables.get(names[i]))) {
                        noiseIndex = i;
                        noiseShape = variables.get(names[i]).getShape();
                        inputs[i] = (MxNDArray) variables.get(names[i]);
                    } else {
                        // An array of one value the model makes for itself (an LSTM's zero state, the ones of a
                        // sum written as a dot product): a constant. Anything else is not understood.
                        NDArray own = variables.get(names[i]);
                        Float value = own == null ? null : uniformValue(own);
                        if (value == null) throw new IllegalStateException("the loss depends on an unknown input " + names[i]);
                        constants[i] = (MxNDArray) model.manager().full(own.getShape(), value, own.getDataType());
                        inputs[i] = constants[i];
                        made.add(constants[i]);
                    }
                }
                if (dataIndex < 0) throw new IllegalStateException("the loss does not depend on the batch");
                op = JnaUtils.createCachedOp(block, (MxNDManager) model.manager(), true);
                CompiledLoss compiled = new CompiledLoss(op, inputs, constants, dataIndex, noiseIndex, noiseShape);

                // Check: same loss and same gradients as the imperative pass, on the same batch and noise.
                inputs[dataIndex] = (MxNDArray) x;
                float value;
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray loss = JnaUtils.cachedOpInvoke((MxNDManager) scope, op.getHandle(), inputs)[0];
                    collector.backward(loss);
                    value = loss.getFloat();
                }
                inputs[dataIndex] = null;
                if (noiseIndex >= 0) inputs[noiseIndex] = null;
                if (!close(value, reference)) throw new IllegalStateException("traced loss " + value + " ≠ " + reference);
                for (int i = 0; i < gradients.length; i++) {
                    float[] g = gradients[i].toFloatArray();
                    for (int j = 0; j < g.length; j++) {
                        if (!close(g[j], referenceGradients[i][j])) {
                            throw new IllegalStateException("traced gradient of parameter " + i + " differs");
                        }
                    }
                }
                return compiled;
            } catch (RuntimeException e) {
                if (op != null) op.close();
                made.forEach(NDArray::close);
                LOG.warn("cannot compile the loss of {} ({}); training with the imperative loss",
                        model.spec().describe(), e.getMessage());
                return null;
            }
        }

        private static boolean close(float a, float b) {
            return Math.abs(a - b) <= 1e-5f + 1e-3f * Math.max(Math.abs(a), Math.abs(b));
        }

        private static String variableName(NDManager scope, NDArray array) {
            String name = variableNameOrNull(scope, array);
            if (name == null) throw new IllegalStateException("not a graph variable");
            return name;
        }

        /** The name of the autograd variable {@code array} stands for, or null if it is not one. */
        private static String variableNameOrNull(NDManager scope, NDArray array) {
            try (Symbol s = MxGradientCollector.getSymbol(scope, array)) {
                String[] inputs = s.getAllNames();
                String[] outputs = s.getOutputNames();
                return inputs.length == 1 && outputs.length == 1 && inputs[0].equals(outputs[0]) ? inputs[0] : null;
            } catch (RuntimeException e) {
                return null; // not part of the recorded graph
            }
        }

        /** The value every element of {@code array} has, or null if they differ (or it is empty). */
        private static Float uniformValue(NDArray array) {
            float[] values = array.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray();
            if (values.length == 0) return null;
            for (float v : values) if (Float.compare(v, values[0]) != 0) return null;
            return values[0];
        }

        /** True if {@code array} is exactly the first standard normal draw after seeding with the trace seed. */
        private static boolean isStandardNormalDraw(NDManager scope, NDArray array) {
            Engine.getInstance().setRandomSeed(TRACE_SEED);
            NDArray replay = scope.randomNormal(array.getShape());
            return replay.getDataType() == array.getDataType() && replay.contentEquals(array);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Parameter updates.

    /** Applies one optimizer step to every parameter. */
    private interface Updater extends AutoCloseable {
        void update(NDArray[] gradients);

        String describe();

        @Override
        void close();

        static Updater create(TrainingConfig config, NDArray[] weights, List<Parameter> parameters,
                              NDManager manager) {
            if (config.optimizer() == TrainingConfig.Optimizer.ADAM && enabled("latent.train.fused")) {
                try {
                    return new FusedAdam(weights, (float) config.learningRate(), manager);
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("grouped Adam unavailable ({}); updating parameter by parameter", e.getMessage());
                }
            }
            Optimizer optimizer = optimizerFor(config);
            return new Updater() {
                @Override public void update(NDArray[] gradients) {
                    for (int i = 0; i < gradients.length; i++) {
                        Parameter p = parameters.get(i);
                        optimizer.update(p.getId(), weights[i], gradients[i]);
                    }
                }

                @Override public String describe() {
                    return "DJL " + config.optimizer().id() + " per parameter";
                }

                @Override public void close() {}
            };
        }
    }

    /** The few MXNet C functions DJL does not expose in a usable form. */
    private interface MxC extends Library {
        int NNGetOpHandle(String name, PointerByReference out);

        int MXNDArraySlice64(Pointer handle, long begin, long end, PointerByReference out);

        int MXImperativeInvokeEx(Pointer creator, int numInputs, Pointer[] inputs, IntBuffer numOutputs,
                                 PointerByReference outputs, int numParams, String[] keys, String[] values,
                                 PointerByReference outStorageTypes);

        String MXGetLastError();
    }

    private static final class Mx {
        static final MxC LIB = com.sun.jna.Native.load(LibUtils.getLibName(), MxC.class,
                Map.of(Library.OPTION_OPEN_FLAGS, 1));
        static final Pointer MULTI_ADAMW = opHandle("_multi_adamw_update");
        static final Pointer ADAM = opHandle("adam_update");

        private static Pointer opHandle(String name) {
            PointerByReference ref = new PointerByReference();
            check(LIB.NNGetOpHandle(name, ref));
            if (ref.getValue() == null) throw new IllegalStateException("MXNet has no operator " + name);
            return ref.getValue();
        }

        static void check(int status) {
            if (status != 0) throw new IllegalStateException("MXNet call failed: " + LIB.MXGetLastError());
        }
    }

    /**
     * Adam as DJL's {@code Adam} computes it (β₁ 0.9, β₂ 0.999, ε 1e-8, bias correction folded into the step
     * size), in few native calls. Each large tensor gets its own {@code adam_update} (DJL's operator): there the
     * kernel's time dominates, and {@code _multi_adamw_update}'s kernel is slower on large tensors. The small
     * tensors, where the per-call cost dominates, share {@code _multi_adamw_update} calls (MXNet's AdamW with
     * weight decay 0 and η 1 is exactly that update). For the course's MLPs: 3 calls instead of 8 or 16.
     */
    private static final class FusedAdam implements Updater {
        /** Tensors of at least this many values are updated alone; at most MAX_GROUP small tensors per call. */
        private static final int LARGE = 32_768, MAX_GROUP = 24;
        private static final float BETA1 = 0.9f, BETA2 = 0.999f;
        private static final String[] MULTI_KEYS = {"lrs", "wds", "etas", "beta1", "beta2", "epsilon", "clip_gradient", "num_weights"};
        private static final String[] SINGLE_KEYS = {"lr", "beta1", "beta2", "epsilon", "wd", "rescale_grad", "clip_gradient", "lazy_update"};
        private final NDArray[] weights;
        private final NDArray[] means;
        private final NDArray[] variances;
        private final NDArray rescale;
        private final float learningRate;
        private final List<Group> groups = new ArrayList<>();
        private int t;

        /**
         * One call: the parameters' indices, its input handles (gradients filled per step), its outputs;
         * {@code multi} for a shared {@code _multi_adamw_update} call, else one {@code adam_update}.
         */
        private record Group(boolean multi, int[] members, Pointer[] inputs, Memory outputs, String[] values) {}

        FusedAdam(NDArray[] weights, float learningRate, NDManager manager) {
            if (Mx.MULTI_ADAMW == null || Mx.ADAM == null) throw new IllegalStateException("no Adam operators");
            this.weights = weights;
            this.learningRate = learningRate;
            means = new NDArray[weights.length];
            variances = new NDArray[weights.length];
            for (int i = 0; i < weights.length; i++) {
                means[i] = weights[i].zerosLike();
                variances[i] = weights[i].zerosLike();
            }
            rescale = manager.create(new float[] {1f});
            List<Integer> small = new ArrayList<>();
            for (int i = 0; i < weights.length; i++) {
                if (weights[i].size() >= LARGE) groups.add(group(false, List.of(i)));
                else small.add(i);
            }
            for (int from = 0; from < small.size(); from += MAX_GROUP) {
                groups.add(group(true, small.subList(from, Math.min(small.size(), from + MAX_GROUP))));
            }
        }

        private Group group(boolean multi, List<Integer> members) {
            int count = members.size();
            Pointer[] inputs = new Pointer[4 * count + (multi ? 1 : 0)];
            Memory outputs = new Memory((long) com.sun.jna.Native.POINTER_SIZE * count);
            for (int k = 0; k < count; k++) {
                int i = members.get(k);
                outputs.setPointer((long) k * com.sun.jna.Native.POINTER_SIZE, ((MxNDArray) weights[i]).getHandle());
                inputs[4 * k] = ((MxNDArray) weights[i]).getHandle();
                inputs[4 * k + 2] = ((MxNDArray) means[i]).getHandle();
                inputs[4 * k + 3] = ((MxNDArray) variances[i]).getHandle();
            }
            if (multi) inputs[4 * count] = ((MxNDArray) rescale).getHandle();
            // Every value but the step size (first) is the same at every step.
            String[] values = multi
                    ? new String[] {null, repeat("0", count), repeat("1", count), Float.toString(BETA1),
                            Float.toString(BETA2), "1e-08", "-1", Integer.toString(count)}
                    : new String[] {null, Float.toString(BETA1), Float.toString(BETA2), "1e-08", "0", "1", "-1", "True"};
            return new Group(multi, members.stream().mapToInt(Integer::intValue).toArray(), inputs, outputs, values);
        }

        @Override
        public void update(NDArray[] gradients) {
            t++;
            double c1 = 1 - Math.pow(BETA1, t), c2 = 1 - Math.pow(BETA2, t);
            float step = (float) (learningRate * Math.sqrt(c2) / c1);
            if (!Float.isFinite(step)) throw new IllegalStateException("learning rate is not finite");
            String stepText = Float.toString(step);
            for (Group g : groups) {
                int count = g.members.length;
                for (int k = 0; k < count; k++) g.inputs[4 * k + 1] = ((MxNDArray) gradients[g.members[k]]).getHandle();
                g.values[0] = g.multi ? repeat(stepText, count) : stepText;
                String[] keys = g.multi ? MULTI_KEYS : SINGLE_KEYS;
                IntBuffer outputs = IntBuffer.allocate(1).put(0, count);
                PointerByReference outputArray = new PointerByReference(g.outputs);
                Mx.check(Mx.LIB.MXImperativeInvokeEx(g.multi ? Mx.MULTI_ADAMW : Mx.ADAM, g.inputs.length, g.inputs,
                        outputs, outputArray, keys.length, keys, g.values, new PointerByReference()));
            }
        }

        private static String repeat(String value, int count) {
            StringBuilder sb = new StringBuilder(count * (value.length() + 1) + 2).append('(');
            for (int i = 0; i < count; i++) sb.append(value).append(',');
            return sb.append(')').toString();
        }

        @Override
        public String describe() {
            return "grouped Adam (" + groups.size() + " native call" + (groups.size() == 1 ? "" : "s") + " per step for "
                    + weights.length + " parameters)";
        }

        @Override
        public void close() {
            for (NDArray a : means) a.close();
            for (NDArray a : variances) a.close();
            rescale.close();
        }
    }
}
