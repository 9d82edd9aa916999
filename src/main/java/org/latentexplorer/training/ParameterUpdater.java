package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;

/** Applies one optimizer step to every parameter of a run, from the gradients of the step just taken. */
public interface ParameterUpdater extends AutoCloseable {
    void update(NDArray[] gradients);

    /** How it updates, for reports ("DJL adam per parameter"). */
    String describe();

    @Override
    void close();
}
