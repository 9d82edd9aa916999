package org.latentexplorer.training;

import java.util.Locale;

/** How to train: the optimizer and its learning rate, and the schedule. */
public record TrainingConfig(Optimizer optimizer, int epochs, int batchSize, double learningRate, long seed) {
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
    }

    /** Adam, as most recipes of the course use. */
    public TrainingConfig(int epochs, int batchSize, double learningRate, long seed) {
        this(Optimizer.ADAM, epochs, batchSize, learningRate, seed);
    }

    public TrainingConfig withEpochs(int newEpochs) {
        return new TrainingConfig(optimizer, newEpochs, batchSize, learningRate, seed);
    }

    public String describe() {
        return optimizer.name().replace("RMSPROP", "RMSprop").replace("ADAM", "Adam") + " lr " + learningRate
                + ", batch " + batchSize + ", " + epochs + " epochs, seed " + seed;
    }
}
