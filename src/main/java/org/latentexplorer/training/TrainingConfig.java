package org.latentexplorer.training;

/** How to train: the optimizer's settings and the schedule. Adam, as every recipe of the course uses. */
public record TrainingConfig(int epochs, int batchSize, double learningRate, long seed) {
    public TrainingConfig {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        if (batchSize < 1) throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, was " + learningRate);
        }
    }

    public String describe() {
        return "Adam lr " + learningRate + ", batch " + batchSize + ", " + epochs + " epochs, seed " + seed;
    }
}
