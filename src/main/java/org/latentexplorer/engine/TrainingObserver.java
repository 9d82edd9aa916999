package org.latentexplorer.engine;

import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.model.TrainingHistory;

/**
 * What a view sees of a training run through {@link ModelEngine#train}: plain values, never the model.
 * Called on the engine thread, so implementations hand off quickly.
 */
public interface TrainingObserver {
    /** After each batch, with that batch's loss. */
    default void batchFinished(int epoch, int batch, int batchesPerEpoch, double batchLoss) {}

    /** After each epoch, with the test codes of the model in its new state (so the wall can follow the map). */
    default void epochFinished(TrainingHistory.Epoch epoch, LatentCodes testCodes) {}

    /** Polled between batches; true stops the run before the next batch. */
    default boolean cancelRequested() {
        return false;
    }
}
