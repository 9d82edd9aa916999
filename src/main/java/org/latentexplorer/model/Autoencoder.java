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
 * A dense autoencoder or VAE as DJL blocks. The decoder ends in logits; {@link #decode} applies the sigmoid,
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
        this.spec = spec;
        this.manager = parent.newSubManager();
        this.encoder = new SequentialBlock();
        for (int h : spec.hidden()) {
            encoder.add(Linear.builder().setUnits(h).build());
            addActivation(encoder, spec.activation());
        }
        encoder.add(Linear.builder().setUnits(spec.kind() == ModelKind.VAE ? 2L * spec.latentDim() : spec.latentDim()).build());
        this.decoder = new SequentialBlock();
        List<Integer> mirrored = new ArrayList<>(spec.hidden());
        java.util.Collections.reverse(mirrored);
        for (int h : mirrored) {
            decoder.add(Linear.builder().setUnits(h).build());
            addActivation(decoder, spec.activation());
        }
        decoder.add(Linear.builder().setUnits(spec.inputSize()).build());
        encoder.initialize(manager, DataType.FLOAT32, new Shape(1, spec.inputSize()));
        decoder.initialize(manager, DataType.FLOAT32, new Shape(1, spec.latentDim()));
        this.store = new ParameterStore(manager, false);
    }

    private static void addActivation(SequentialBlock block, Activation activation) {
        switch (activation) {
            case RELU -> block.add(ai.djl.nn.Activation::relu);
            case TANH -> block.add(ai.djl.nn.Activation::tanh);
            case SIGMOID -> block.add(ai.djl.nn.Activation::sigmoid);
            case LINEAR -> { }
        }
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
        for (Block block : List.of(encoder, decoder)) {
            for (Pair<String, Block> child : block.getChildren()) {
                if (!(child.getValue() instanceof Linear linear)) continue;
                NDArray weight = linear.getParameters().get("weight").getArray();
                NDArray bias = linear.getParameters().get("bias").getArray();
                double bound = 1.0 / Math.sqrt(weight.getShape().get(1));
                fillUniform(weight, bound, random);
                fillUniform(bias, bound, random);
            }
        }
    }

    private static void fillUniform(NDArray array, double bound, SplittableRandom random) {
        float[] values = new float[Math.toIntExact(array.size())];
        for (int i = 0; i < values.length; i++) values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        array.set(FloatBuffer.wrap(values));
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
        NDArray raw = encodeRaw(x, false);
        return spec.kind() == ModelKind.VAE ? raw.get(":, :" + spec.latentDim()) : raw;
    }

    public NDArray decodeLogits(NDArray z, boolean training) {
        return decoder.forward(store, new NDList(z), training).singletonOrThrow();
    }

    public NDArray decode(NDArray z) {
        return ai.djl.nn.Activation.sigmoid(decodeLogits(z, false));
    }

    /** Reconstruction of each row through the deterministic code. */
    public NDArray reconstruct(NDArray x) {
        return decode(encode(x));
    }

    /**
     * The training loss of a batch (a scalar): reconstruction, plus β·KL for a VAE with a code sampled by
     * the reparameterisation trick.
     */
    public NDArray loss(NDArray x, boolean training) {
        NDArray raw = encodeRaw(x, training);
        if (spec.kind() == ModelKind.AE) {
            return reconstructionLoss(decodeLogits(raw, training), x);
        }
        NDList stats = raw.split(2, 1);
        NDArray mu = stats.get(0);
        NDArray logVar = stats.get(1);
        NDArray eps = raw.getManager().randomNormal(mu.getShape());
        NDArray z = mu.add(eps.mul(logVar.mul(0.5f).exp()));
        NDArray reconstruction = reconstructionLoss(decodeLogits(z, training), x);
        NDArray kl = klDivergence(mu, logVar).mean();
        return spec.beta() == 1.0 ? reconstruction.add(kl) : reconstruction.add(kl.mul((float) spec.beta()));
    }

    /** Reconstruction loss per the spec, averaged over the batch. */
    public NDArray reconstructionLoss(NDArray logits, NDArray x) {
        NDArray perPixel;
        if (spec.loss() == ReconstructionLoss.BCE) {
            // BCE(sigmoid(l), x) = softplus(l) − x·l, stable for any l.
            perPixel = ai.djl.nn.Activation.softPlus(logits).sub(logits.mul(x));
        } else {
            NDArray diff = ai.djl.nn.Activation.sigmoid(logits).sub(x);
            perPixel = diff.mul(diff);
        }
        NDArray perImage = perPixel.sum();
        float batch = x.getShape().get(0);
        float divisor = spec.reduction() == ReconstructionLoss.Reduction.SUM ? batch : batch * spec.inputSize();
        return perImage.div(divisor);
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
