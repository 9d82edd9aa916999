package org.latentexplorer.training;

import org.latentexplorer.model.TrainingHistory;

/**
 * What a training run tells whoever started it, and asks of them (cancel). Called on the engine thread, so
 * implementations hand off quickly.
 */
public interface TrainingProgress {
    /** Before the first batch: how the run computes its steps (compiled or imperative loss, optimizer path), for reports. */
    default void methodChosen(String method) {}

    /** After each batch. {@code batchLoss} is the loss of that batch. */
    default void batchFinished(int epoch, int batch, int batchesPerEpoch, double batchLoss) {}

    /** After each epoch, with the model in its new state (encode it here to watch the map form). */
    default void epochFinished(TrainingHistory.Epoch epoch) {}

    /** Between batches: a chance to run other short engine work (a decode the user asked for). */
    default void betweenBatches() {}

    /** Polled between batches; returning true stops the run before the next batch. */
    default boolean cancelRequested() {
        return false;
    }
}
