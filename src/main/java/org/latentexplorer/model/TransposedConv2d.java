package org.latentexplorer.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A 3×3 transposed convolution. DJL 0.36's block and its static helper take the output channels from the
 * weight's first axis, while MXNet's Deconvolution wants the weight as (in, out, k, k): any layer that changes
 * the channel count fails. This one declares MXNet's (and PyTorch's) layout and calls the operator itself.
 */
final class TransposedConv2d extends AbstractBlock {
    private static final int KERNEL = 3;
    private final int filters;
    private final Shape stride;
    private final Shape padding;
    private final Shape outPadding;
    private final Parameter weight;
    private final Parameter bias;

    TransposedConv2d(int filters, int stride, int padH, int padW, int outPadH, int outPadW) {
        super((byte) 1);
        this.filters = filters;
        this.stride = new Shape(stride, stride);
        this.padding = new Shape(padH, padW);
        this.outPadding = new Shape(outPadH, outPadW);
        this.weight = addParameter(Parameter.builder().setName("weight").setType(Parameter.Type.WEIGHT).build());
        this.bias = addParameter(Parameter.builder().setName("bias").setType(Parameter.Type.BIAS).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        Device device = x.getDevice();
        NDArray w = store.getValue(weight, device, training);
        NDArray b = store.getValue(bias, device, training);
        PairList<String, Object> op = new PairList<>();
        op.add("kernel", new Shape(KERNEL, KERNEL).toString());
        op.add("stride", stride.toString());
        op.add("pad", padding.toString());
        op.add("adj", outPadding.toString());
        op.add("num_filter", Integer.toString(computedFilters()));
        op.add("no_bias", "False");
        NDList out = x.getManager().invoke("_npx_deconvolution", new NDList(x, w, b), op);
        return filters == 1 ? new NDList(out.singletonOrThrow().get(":, 0:1")) : out;
    }

    /**
     * MKL-DNN 1.9 crashes back-propagating a deconvolution with one output channel (and with a weight computed
     * from the parameter), so a one-channel layer computes a second channel from weights of its own and drops
     * it: those weights get no gradient and never change; the kept channel is exact.
     */
    private int computedFilters() {
        return filters == 1 ? 2 : filters;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputs) {
        Shape in = inputs[0];
        long h = (in.get(2) - 1) * stride.get(0) - 2 * padding.get(0) + KERNEL + outPadding.get(0);
        long w = (in.get(3) - 1) * stride.get(1) - 2 * padding.get(1) + KERNEL + outPadding.get(1);
        return new Shape[] {new Shape(in.get(0), filters, h, w)};
    }

    @Override
    public void prepare(Shape[] inputs) {
        weight.setShape(new Shape(inputs[0].get(1), computedFilters(), KERNEL, KERNEL));
        bias.setShape(new Shape(computedFilters()));
    }
}
