package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;

import java.util.function.UnaryOperator;

/**
 * A family of autoencoders in one place: what its encoder outputs, what its loss adds to reconstruction, what it
 * trains beside the autoencoder, and the key the UI labels it with. One implementation per {@link ModelKind}
 * (model.json's {@code kind}). The layers (dense, convolutional, LSTM) are the spec's {@link Architecture}, built by
 * {@link NetworkBuilder}; input noise and sparsity are options of the spec ({@link InputNoise}, {@link Sparsity}).
 */
public interface ModelFamily {
    /** The message key of the family's name ("train.kind.vae"); {@code ui} words it. */
    String labelKey();

    /** How many numbers the encoder outputs for a code of {@code latentDim} numbers. */
    default int encoderOutputs(int latentDim) {
        return latentDim;
    }

    /** Whether the encoder outputs a distribution to sample from (μ, log σ²) rather than the code itself. */
    default boolean samplesCode() {
        return false;
    }

    /** Whether training pulls the codes toward the prior N(0, I), so the prior's region and quantiles mean something. */
    default boolean hasPrior() {
        return false;
    }

    /** The deterministic code of each row from the encoder's output. */
    default NDArray code(NDArray encoded, int latentDim) {
        return encoded;
    }

    /**
     * The training loss of a batch (a scalar): the decoder's reconstruction of {@code target} from the encoding of
     * {@code input} (the corrupted batch of a denoising AE), plus what the family adds.
     */
    NDArray loss(Autoencoder model, NDArray input, NDArray target, boolean training);

    /** What the loss adds, in the notation of {@link ModelSpec#describe()} (" + KL"); words through {@code word}. */
    default String lossTerms(ModelSpec spec, UnaryOperator<String> word) {
        return "";
    }

    /** Rejects a spec the family cannot build, naming why. */
    default void check(ModelSpec spec) {}

    /** What the family trains beside the autoencoder during one run (an AAE's discriminator). */
    default RunExtras extras(Autoencoder model, long seed) {
        return RunExtras.NONE;
    }
}
