package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Networks a family trains beside the autoencoder during one run, and the steps they add to every batch after the
 * reconstruction step. They live only for the run: closed at its end, never saved.
 */
public interface RunExtras extends AutoCloseable {
    RunExtras NONE = new RunExtras() {
        @Override public List<Step> steps() {
            return List.of();
        }

        @Override public void close() {}
    };

    /**
     * One step of every batch: a loss of the batch and the parameters it trains (with their own optimizer). The mean
     * of a {@code recorded} step's loss is the epoch's discriminator loss, the training chart's second curve.
     */
    record Step(UnaryOperator<NDArray> loss, List<Parameter> parameters, boolean recorded) {}

    /** The steps in the order each batch takes them. */
    List<Step> steps();

    @Override
    void close();
}
