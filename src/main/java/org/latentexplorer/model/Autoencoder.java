package org.latentexplorer.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An autoencoder of any family as DJL blocks. The decoder ends in logits; {@link #decode} applies the sigmoid,
 * and the loss works on the logits so BCE stays finite when a pixel is predicted with certainty.
 * All methods must be called on the engine thread.
 */
public final class Autoencoder implements AutoCloseable {
    private final ModelSpec spec;
    private final NDManager manager;
    private final SequentialBlock encoder;
    private final SequentialBlock decoder;
    private final ParameterStore store;

    private Autoencoder(ModelSpec spec, NDManager parent) {
        NetworkBuilder.Halves halves = NetworkBuilder.build(spec);
        this.spec = spec;
        this.manager = parent.newSubManager();
        this.encoder = halves.encoder();
        this.decoder = halves.decoder();
        try {
            encoder.initialize(manager, DataType.FLOAT32, new Shape(1, spec.inputSize()));
            decoder.initialize(manager, DataType.FLOAT32, new Shape(1, spec.latentDim()));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
        this.store = new ParameterStore(manager, false);
    }

    /** A new network with weights drawn as PyTorch draws them (U(±1/√fan_in)), so both start alike. */
    public static Autoencoder create(ModelSpec spec, NDManager parent, long seed) {
        Autoencoder model = new Autoencoder(spec, parent);
        model.initializeLikePyTorch(new SplittableRandom(seed));
        return model;
    }

    /** A network whose parameters are read from {@code in} (written by {@link #saveParameters}). */
    public static Autoencoder load(ModelSpec spec, NDManager parent, DataInputStream in) throws IOException {
        Autoencoder model = new Autoencoder(spec, parent);
        // DJL loads whatever shapes the stream holds, so compare them with the shapes the spec gives.
        List<Shape> expected = model.parameters().stream().map(p -> p.getArray().getShape()).toList();
        try {
            model.encoder.loadParameters(model.manager, in);
            model.decoder.loadParameters(model.manager, in);
            List<Parameter> loaded = model.parameters();
            for (int i = 0; i < loaded.size(); i++) {
                Shape shape = loaded.get(i).getArray().getShape();
                if (!shape.equals(expected.get(i))) {
                    throw new MalformedModelException("parameter " + loaded.get(i).getName() + " has shape " + shape
                            + " where the spec needs " + expected.get(i));
                }
            }
        } catch (MalformedModelException | RuntimeException e) {
            model.close();
            throw new IOException("parameters do not fit " + spec.describe() + ": " + e.getMessage(), e);
        }
        return model;
    }

    public void saveParameters(DataOutputStream out) throws IOException {
        encoder.saveParameters(out);
        decoder.saveParameters(out);
    }

    private void initializeLikePyTorch(SplittableRandom random) {
        PyTorchInit.apply(encoder, random);
        PyTorchInit.apply(decoder, random);
    }

    public ModelSpec spec() {
        return spec;
    }

    public NDManager manager() {
        return manager;
    }

    /** Every trainable parameter, encoder first. */
    public List<Parameter> parameters() {
        List<Parameter> all = new ArrayList<>();
        for (Block block : List.of(encoder, decoder)) {
            for (Pair<String, Parameter> p : block.getParameters()) all.add(p.getValue());
        }
        return all;
    }

    /** How many of {@link #parameters()} (they come first) belong to the encoder. */
    public int encoderParameterCount() {
        return encoder.getParameters().size();
    }

    /** A parameter holding NaN or infinite values: its name and how many. */
    public record NonFinite(String parameter, long count) {}

    /** The first parameter with non-finite values, or null when every weight is finite. */
    public NonFinite nonFiniteParameter() {
        for (Parameter p : parameters()) {
            long bad = 0;
            for (float v : p.getArray().toFloatArray()) if (!Float.isFinite(v)) bad++;
            if (bad > 0) return new NonFinite(p.getName(), bad);
        }
        return null;
    }

    public long parameterCount() {
        long count = 0;
        for (Parameter p : parameters()) count += p.getArray().size();
        return count;
    }

    /** Encoder output: for a VAE, μ and log σ² concatenated on axis 1. */
    public NDArray encodeRaw(NDArray x, boolean training) {
        return encoder.forward(store, new NDList(x), training).singletonOrThrow();
    }

    /** The deterministic code of each row of {@code x}: the code itself, or μ for a VAE. */
    public NDArray encode(NDArray x) {
        return spec.kind().family().code(encodeRaw(x, false), spec.latentDim());
    }

    public NDArray decodeLogits(NDArray z, boolean training) {
        return decoder.forward(store, new NDList(z), training).singletonOrThrow();
    }

    public NDArray decode(NDArray z) {
        return output(decodeLogits(z, false));
    }

    /** The decoder's last layer through the output activation (sigmoid for pixels, none for a linear AE). */
    private NDArray output(NDArray logits) {
        return NetworkBuilder.activate(spec.output(), logits);
    }

    /** Reconstruction of each row through the deterministic code. */
    public NDArray reconstruct(NDArray x) {
        return decode(encode(x));
    }

    /**
     * The training loss of a batch (a scalar), as the spec's family defines it: reconstruction, plus β·KL for a VAE
     * (a code sampled by the reparameterisation trick) or a sparsity penalty. Training corrupts the input of a
     * denoising AE; the target stays {@code x}.
     */
    public NDArray loss(NDArray x, boolean training) {
        NDArray input = training ? spec.noise().corrupt(x) : x;
        return spec.kind().family().loss(this, input, x, training);
    }

    /** Reconstruction loss per the spec, averaged over the batch. */
    public NDArray reconstructionLoss(NDArray logits, NDArray x) {
        float batch = x.getShape().get(0);
        float divisor = spec.reduction() == ReconstructionLoss.Reduction.SUM ? batch : batch * spec.inputSize();
        if (ReconstructionKernels.available(x) && logits.size() == x.size()) {
            NDArray total = spec.loss() == ReconstructionLoss.BCE
                    ? ReconstructionKernels.binaryCrossEntropySum(logits, x)
                    : ReconstructionKernels.squaredErrorSum(spec.output() == Activation.SIGMOID
                            ? ReconstructionKernels.sigmoid(logits) : output(logits), x);
            return total.div(divisor);
        }
        NDArray perPixel;
        if (spec.loss() == ReconstructionLoss.BCE) {
            // BCE(sigmoid(l), x) = softplus(l) − x·l, stable for any l.
            perPixel = ai.djl.nn.Activation.softPlus(logits).sub(logits.mul(x));
        } else {
            NDArray diff = output(logits).sub(x);
            perPixel = diff.mul(diff);
        }
        return perPixel.sum().div(divisor);
    }

    /** KL(N(μ, σ²) ‖ N(0, I)) per row: −½ Σ (1 + log σ² − μ² − σ²). */
    public static NDArray klDivergence(NDArray mu, NDArray logVar) {
        return logVar.add(1f).sub(mu.mul(mu)).sub(logVar.exp()).sum(new int[] {1}).mul(-0.5f);
    }

    @Override
    public void close() {
        manager.close();
    }
}
