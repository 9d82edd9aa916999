package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * A model's training loss for batches of one size, compiled by an engine so a step costs fewer native calls than
 * {@link org.latentexplorer.model.Autoencoder#loss}; same value and gradients.
 */
public interface CompiledLoss extends AutoCloseable {
    /** The loss of {@code batch}, recorded for autograd; what it makes is owned by {@code scope}. */
    NDArray forward(NDArray batch, NDManager scope);

    /** How it computes, for reports ("compiled loss (CachedOp)"). */
    String describe();

    @Override
    void close();
}
