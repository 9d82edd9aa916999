package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

/** Initial weights drawn as PyTorch draws them by default, from a seed, so our runs and the reference start alike. */
public final class PyTorchInit {
    private PyTorchInit() {}

    /**
     * PyTorch's defaults, layer by layer in a fixed order: weights and biases U(±1/√fan_in), with fan_in as
     * PyTorch computes it, and U(±1/√hidden) for LSTMs.
     */
    public static void apply(Block block, SplittableRandom random) {
        var params = block.getDirectParameters();
        if (block instanceof ai.djl.nn.recurrent.RecurrentBlock) {
            long hiddenSize = 1;
            for (Parameter p : params.values()) {
                if (p.getName().contains("h2h_weight")) hiddenSize = p.getArray().getShape().get(1);
            }
            for (Parameter p : params.values()) fillUniform(p.getArray(), 1.0 / Math.sqrt(hiddenSize), random);
        } else if (params.contains("weight")) {
            Shape w = params.get("weight").getArray().getShape();
            long receptive = 1;
            for (int i = 2; i < w.dimension(); i++) receptive *= w.get(i);
            long fanIn = w.get(1) * receptive; // PyTorch: for transposed convolutions too (weight is in×out×k×k)
            double bound = 1.0 / Math.sqrt(fanIn);
            fillUniform(params.get("weight").getArray(), bound, random);
            if (params.contains("bias")) fillUniform(params.get("bias").getArray(), bound, random);
        } else if (block instanceof TiedLinear tied) {
            fillUniform(params.get("bias").getArray(), 1.0 / Math.sqrt(tied.inputWidth()), random);
        }
        for (Pair<String, Block> child : block.getChildren()) apply(child.getValue(), random);
    }

    private static void fillUniform(NDArray array, double bound, SplittableRandom random) {
        float[] values = new float[Math.toIntExact(array.size())];
        for (int i = 0; i < values.length; i++) values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        array.set(FloatBuffer.wrap(values));
    }
}
