package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A decoder layer whose weight is the transpose of an encoder layer's (tied weights): only its bias is its own.
 * Gradients from both uses of the shared weight add up in that one parameter.
 */
final class TiedLinear extends AbstractBlock {
    private final Parameter sharedWeight;
    private final Parameter bias;
    private final long units;

    /** @param encoderWeight the encoder layer's weight, shape (out, in); this layer maps out → in */
    TiedLinear(Parameter encoderWeight, long units) {
        super((byte) 1);
        this.sharedWeight = encoderWeight;
        this.units = units;
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        NDArray w = store.getValue(sharedWeight, device, training);
        NDArray b = store.getValue(bias, device, training);
        return Linear.linear(x, w.transpose(), b);
    }

    /** Width of this layer's input: rows of the shared encoder weight. */
    long inputWidth() {
        return sharedWeight.getShape().get(0);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        return new Shape[] {inputs[0].slice(0, inputs[0].dimension() - 1).add(units)};
    }

    @Override
    public void prepare(Shape[] inputShapes) {
        bias.setShape(new Shape(units));
    }
}
