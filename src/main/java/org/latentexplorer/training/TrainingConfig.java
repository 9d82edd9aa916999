package org.latentexplorer.training;

import java.util.Locale;

/**
 * How to train: the optimizer and its learning rate, and the schedule. With {@code layerwise}, a dense AE is
 * trained greedily, one shallow autoencoder per layer for {@code epochs} each, then fine-tuned end to end for
 * {@code fineTuneEpochs}.
 */
public record TrainingConfig(Optimizer optimizer, int epochs, int batchSize, double learningRate, long seed,
                             boolean layerwise, int fineTuneEpochs) {
    /** The optimizers the course's recipes use. */
    public enum Optimizer {
        ADAM, SGD, RMSPROP;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optimizer parse(String text) {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        }
    }

    public TrainingConfig {
        if (optimizer == null) throw new IllegalArgumentException("optimizer is missing");
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, was " + learningRate);
        }
        if (fineTuneEpochs < 0) throw new IllegalArgumentException("fine-tune epochs must be ≥ 0, was " + fineTuneEpochs);
    }

    public TrainingConfig(Optimizer optimizer, int epochs, int batchSize, double learningRate, long seed) {
        this(optimizer, epochs, batchSize, learningRate, seed, false, 0);
    }

    /** Greedy layer-wise training of a dense AE, then {@code fineTune} epochs end to end. */
    public TrainingConfig layerwise(int fineTune) {
        return new TrainingConfig(optimizer, epochs, batchSize, learningRate, seed, true, fineTune);
    }

    /** Adam, as most recipes of the course use. */
    public TrainingConfig(int epochs, int batchSize, double learningRate, long seed) {
        this(Optimizer.ADAM, epochs, batchSize, learningRate, seed);
    }

    public TrainingConfig withEpochs(int newEpochs) {
        return new TrainingConfig(optimizer, newEpochs, batchSize, learningRate, seed, layerwise, fineTuneEpochs);
    }

    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(optimizer, epochs, batchSize, learningRate, newSeed, layerwise, fineTuneEpochs);
    }

    public String describe() {
        return optimizer.name().replace("RMSPROP", "RMSprop").replace("ADAM", "Adam") + " lr " + learningRate
                + ", batch " + batchSize + ", " + epochs + " epochs" + (layerwise ? " per layer (greedy), "
                + fineTuneEpochs + " fine-tuning" : "") + ", seed " + seed;
    }
}
