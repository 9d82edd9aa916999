package org.latentexplorer.training.mxnet;

import ai.djl.engine.Engine;
import ai.djl.mxnet.engine.CachedOp;
import ai.djl.mxnet.engine.GradReq;
import ai.djl.mxnet.engine.MxGradientCollector;
import ai.djl.mxnet.engine.MxNDArray;
import ai.djl.mxnet.engine.MxNDManager;
import ai.djl.mxnet.engine.MxSymbolBlock;
import ai.djl.mxnet.engine.Symbol;
import ai.djl.mxnet.jna.JnaUtils;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.training.CompiledLoss;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loss tracer. At the start of a run the model's loss is traced once through MXNet's autograd into a symbolic
 * graph, which becomes one MXNet {@code CachedOp} (static memory, static shapes): the forward pass is then one
 * native call per batch instead of one per layer and per loss term, and the backward pass runs over the same
 * pre-planned graph. The trace is checked against the imperative loss and its gradients before use; if anything in
 * it is not understood (an input that is neither the batch, a parameter nor standard normal noise, a mismatch) the
 * run falls back to the imperative loss.
 *
 * <p>The traced loss's inputs are the batch, the parameters and (for a VAE) the standard normal noise of the
 * reparameterisation trick, drawn fresh for every batch.
 */
final class TracedLoss implements CompiledLoss {
    private static final Logger LOG = LoggerFactory.getLogger(TracedLoss.class);
    private static final int TRACE_SEED = 0x1a7e47;

    private final CachedOp op;
    private final MxNDArray[] inputs;
    private final int dataIndex;
    private final int noiseIndex;
    private final Shape noiseShape;

    private final MxNDArray[] constants;

    private TracedLoss(CachedOp op, MxNDArray[] inputs, MxNDArray[] constants, int dataIndex, int noiseIndex,
                       Shape noiseShape) {
        this.op = op;
        this.inputs = inputs;
        this.constants = constants;
        this.dataIndex = dataIndex;
        this.noiseIndex = noiseIndex;
        this.noiseShape = noiseShape;
    }

    @Override
    public NDArray forward(NDArray x, NDManager scope) {
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
    public String describe() {
        return "compiled loss (CachedOp)";
    }

    @Override
    public void close() {
        op.close();
        for (MxNDArray c : constants) if (c != null) c.close();
    }

    /** The compiled loss for batches of {@code rows} images, or null (logged) if the model cannot be traced. */
    static TracedLoss trace(Autoencoder model, NDArray images, int rows, List<Parameter> parameters,
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
            TracedLoss compiled = new TracedLoss(op, inputs, constants, dataIndex, noiseIndex, noiseShape);

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
