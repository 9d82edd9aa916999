package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Blocks;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.pooling.Pool;
import ai.djl.nn.recurrent.LSTM;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Builds the encoder and decoder blocks a {@link ModelSpec} describes. */
final class NetworkBuilder {
    private static final int KERNEL = 3;

    /** The encoder and the decoder. */
    record Halves(SequentialBlock encoder, SequentialBlock decoder) {}

    private final ModelSpec spec;

    private NetworkBuilder(ModelSpec spec) {
        this.spec = spec;
    }

    static Halves build(ModelSpec spec) {
        spec.kind().family().check(spec);
        NetworkBuilder b = new NetworkBuilder(spec);
        return switch (spec.architecture()) {
            case DENSE -> b.dense();
            case CONV -> b.conv();
            case LSTM -> b.recurrent();
            case ONNX -> throw new IllegalArgumentException("an imported ONNX model is run by ONNX Runtime; it cannot be built or trained here");
        };
    }

    private int encoderOutputs() {
        return spec.kind().family().encoderOutputs(spec.latentDim());
    }

    private Halves dense() {
        SequentialBlock encoder = new SequentialBlock();
        List<Linear> encoderLayers = new ArrayList<>();
        for (int h : spec.hidden()) {
            encoderLayers.add(addLinear(encoder, h));
            addActivation(encoder, spec.activation());
        }
        encoderLayers.add(addLinear(encoder, encoderOutputs()));
        if (!spec.kind().samplesCode()) addActivation(encoder, spec.codeActivation());

        SequentialBlock decoder = new SequentialBlock();
        List<Integer> widths = new ArrayList<>(spec.hidden());
        Collections.reverse(widths);
        widths.add(spec.inputSize());
        for (int i = 0; i < widths.size(); i++) {
            if (spec.tiedWeights()) {
                Linear mirror = encoderLayers.get(encoderLayers.size() - 1 - i);
                decoder.add(new TiedLinear(mirror.getParameters().get("weight"), widths.get(i)));
            } else {
                addLinear(decoder, widths.get(i));
            }
            if (i < widths.size() - 1) addActivation(decoder, spec.activation());
        }
        return new Halves(encoder, decoder);
    }

    /**
     * Convolutions ("same" padding) with optional pooling, then dense layers to the code. The decoder inverts
     * each step with a transposed convolution whose padding is solved from out = (in − 1)·s − 2·pad + k + outpad,
     * so the output has exactly the input's size, or the configuration is rejected.
     */
    private Halves conv() {
        int h = spec.height(), w = spec.width();
        int[][] sizes = new int[spec.convLayers().size() + 1][];
        int[] channels = new int[spec.convLayers().size() + 1];
        sizes[0] = new int[] {h, w};
        channels[0] = spec.channels();
        SequentialBlock encoder = new SequentialBlock();
        encoder.add(reshape(spec.channels(), h, w));
        for (int i = 0; i < spec.convLayers().size(); i++) {
            ConvLayer c = spec.convLayers().get(i);
            encoder.add(Conv2d.builder().setKernelShape(new Shape(KERNEL, KERNEL)).setFilters(c.filters())
                    .optStride(new Shape(c.stride(), c.stride())).optPadding(new Shape(1, 1)).build());
            addActivation(encoder, spec.activation());
            int oh = (sizes[i][0] - 1) / c.stride() + 1, ow = (sizes[i][1] - 1) / c.stride() + 1;
            if (c.pool()) {
                encoder.add(Pool.maxPool2dBlock(new Shape(2, 2), new Shape(2, 2)));
                oh /= 2;
                ow /= 2;
            }
            if (oh < 1 || ow < 1) throw new IllegalArgumentException("conv layer " + (i + 1) + " shrinks the image to nothing");
            sizes[i + 1] = new int[] {oh, ow};
            channels[i + 1] = c.filters();
        }
        int last = spec.convLayers().size();
        int flat = channels[last] * sizes[last][0] * sizes[last][1];
        encoder.add(Blocks.batchFlattenBlock());
        // An AE whose code is exactly the last feature map (the course's pooled conv AE) needs no dense layer.
        boolean directCode = !spec.kind().samplesCode() && spec.hidden().isEmpty() && spec.latentDim() == flat;
        if (!directCode) {
            for (int units : spec.hidden()) {
                addLinear(encoder, units);
                addActivation(encoder, spec.activation());
            }
            addLinear(encoder, encoderOutputs());
        }
        if (!spec.kind().samplesCode()) addActivation(encoder, spec.codeActivation());

        SequentialBlock decoder = new SequentialBlock();
        if (!directCode) {
            List<Integer> widths = new ArrayList<>(spec.hidden());
            Collections.reverse(widths);
            for (int units : widths) {
                addLinear(decoder, units);
                addActivation(decoder, spec.activation());
            }
            addLinear(decoder, flat);
        }
        decoder.add(reshape(channels[last], sizes[last][0], sizes[last][1]));
        for (int i = last - 1; i >= 0; i--) {
            ConvLayer c = spec.convLayers().get(i);
            int stride = c.stride() * (c.pool() ? 2 : 1);
            int[] pad = solvePadding(sizes[i + 1][0], sizes[i][0], stride, i);
            int[] padW = solvePadding(sizes[i + 1][1], sizes[i][1], stride, i);
            decoder.add(new TransposedConv2d(channels[i], stride, pad[0], padW[0], pad[1], padW[1]));
            if (i > 0) addActivation(decoder, spec.activation());
        }
        decoder.add(Blocks.batchFlattenBlock());
        return new Halves(encoder, decoder);
    }

    /** {pad, outPad} so that a 3×3 transposed convolution of stride s maps {@code in} to {@code target}. */
    static int[] solvePadding(int in, int target, int stride, int layer) {
        int base = (in - 1) * stride + KERNEL;
        for (int pad = 1; pad >= 0; pad--) {
            int outPad = target - (base - 2 * pad);
            if (outPad >= 0 && outPad < stride) return new int[] {pad, outPad};
        }
        throw new IllegalArgumentException(String.format(
                "conv layer %d cannot be inverted: a 3×3 transposed convolution of stride %d maps %d to "
                        + "(%d−1)·%d − 2·pad + 3 + outpad, which cannot equal %d for pad ∈ {0, 1}, 0 ≤ outpad < stride; "
                        + "change the strides or pooling so each layer halves the size exactly",
                layer + 1, stride, in, in, stride, target));
    }

    /** Rows as time steps: LSTMs to a code (AE) or to μ, log σ² through a dense layer (VAE); back per row. */
    private Halves recurrent() {
        int rows = spec.height(), c = spec.channels(), cols = c * spec.width();
        SequentialBlock encoder = new SequentialBlock();
        // A colour row is its R, G and B values side by side: channel-first images are turned row-first.
        if (c > 1) encoder.add(swapChannelsAndRows(c, rows, spec.width()));
        encoder.add(reshape(rows, cols));
        for (int units : spec.hidden()) encoder.add(lstm(units));
        if (!spec.kind().samplesCode()) {
            encoder.add(lstm(spec.latentDim()));
            encoder.add(new LambdaBlock(x -> new ai.djl.ndarray.NDList(x.singletonOrThrow().get(":, -1, :"))));
            addActivation(encoder, spec.codeActivation());
        } else {
            if (spec.hidden().isEmpty()) throw new IllegalArgumentException("a recurrent VAE needs at least one hidden LSTM");
            encoder.add(new LambdaBlock(x -> new ai.djl.ndarray.NDList(x.singletonOrThrow().get(":, -1, :"))));
            addLinear(encoder, encoderOutputs());
        }
        SequentialBlock decoder = new SequentialBlock();
        decoder.add(new LambdaBlock(x -> {
            NDArray z = x.singletonOrThrow();
            return new ai.djl.ndarray.NDList(z.expandDims(1).repeat(1, rows));
        }));
        List<Integer> widths = new ArrayList<>(spec.hidden());
        Collections.reverse(widths);
        for (int units : widths) decoder.add(lstm(units));
        addLinear(decoder, cols);
        if (c > 1) decoder.add(swapChannelsAndRows(rows, c, spec.width()));
        decoder.add(Blocks.batchFlattenBlock());
        return new Halves(encoder, decoder);
    }

    /** (N, a·b·w) read as (N, a, b, w) and returned as (N, b, a, w): channel-first to row-first and back. */
    private static LambdaBlock swapChannelsAndRows(int a, int b, int w) {
        return new LambdaBlock(x -> new ai.djl.ndarray.NDList(x.singletonOrThrow().reshape(-1, a, b, w).transpose(0, 2, 1, 3)));
    }

    private static LSTM lstm(int units) {
        return LSTM.builder().setStateSize(units).setNumLayers(1).optBatchFirst(true).optReturnState(false).build();
    }

    private static LambdaBlock reshape(long... dims) {
        long[] shape = new long[dims.length + 1];
        shape[0] = -1;
        System.arraycopy(dims, 0, shape, 1, dims.length);
        return new LambdaBlock(x -> new ai.djl.ndarray.NDList(x.singletonOrThrow().reshape(new Shape(shape))));
    }

    private static Linear addLinear(SequentialBlock block, long units) {
        Linear linear = Linear.builder().setUnits(units).build();
        block.add(linear);
        return linear;
    }

    static void addActivation(SequentialBlock block, Activation activation) {
        if (activation != Activation.LINEAR) {
            block.add(new LambdaBlock(list -> new ai.djl.ndarray.NDList(activate(activation, list.singletonOrThrow()))));
        }
    }

    static NDArray activate(Activation activation, NDArray x) {
        return switch (activation) {
            case RELU -> ai.djl.nn.Activation.relu(x);
            case TANH -> ai.djl.nn.Activation.tanh(x);
            case SIGMOID -> ai.djl.nn.Activation.sigmoid(x);
            case SELU -> ai.djl.nn.Activation.selu(x);
            case LEAKY_RELU -> ai.djl.nn.Activation.leakyRelu(x, 0.3f);
            case LINEAR -> x;
        };
    }
}
