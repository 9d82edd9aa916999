package org.latentexplorer.ui.training;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentexplorer.ui.common.Messages;

import java.util.concurrent.atomic.AtomicReference;

/**
 * How far a run is: a fraction (−1 while it prepares) and a line with the epoch, the batch, the time left and
 * the loss. Batches are reported on the engine thread as fast as they come; the FX thread shows the latest.
 */
final class RunProgress {
    /** The latest batch not yet shown: epoch, batch, batches, loss. */
    private final AtomicReference<double[]> latestBatch = new AtomicReference<>();
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "progressText", "");
    private volatile long startNanos;

    ReadOnlyDoubleProperty fractionProperty() { return fraction.getReadOnlyProperty(); }
    ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    void clear() {
        fraction.set(0);
        text.set("");
    }

    void preparing() {
        fraction.set(-1);
        text.set(Messages.get("train.preparing"));
    }

    /** The first batch is about to train: the time left is reckoned from here. */
    void trainingStarts() {
        startNanos = System.nanoTime();
    }

    /**
     * On any thread. True if no batch was waiting to be shown: the caller then asks the FX thread to show it
     * (a batch that was waiting is replaced and shown in its place).
     */
    boolean offer(int epoch, int batch, int batches, double loss) {
        return latestBatch.getAndSet(new double[] {epoch, batch, batches, loss}) == null;
    }

    /** The latest batch offered (epoch, batch, batches, loss), or null if it has been taken. */
    double[] take() {
        return latestBatch.getAndSet(null);
    }

    /** Shows a batch taken with {@link #take}, with the time left at the pace so far. */
    void show(double[] b, int totalEpochs) {
        int epoch = (int) b[0], batchIndex = (int) b[1], batches = (int) b[2];
        double done = ((epoch - 1) * (double) batches + batchIndex) / ((double) totalEpochs * batches);
        fraction.set(done);
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        long eta = done > 0 ? Math.round(elapsed * (1 - done) / done) : -1;
        text.set(RunTexts.progress(epoch, totalEpochs, batchIndex, batches, eta, b[3]));
    }

    /** The run ended with a model; a cancelled run keeps the fraction it reached. */
    void ended(String message, boolean cancelled, boolean anyEpoch) {
        if (!cancelled) fraction.set(anyEpoch ? 1 : 0);
        else if (fraction.get() < 0) fraction.set(0);
        text.set(message);
    }

    void failed(String message) {
        fraction.set(0);
        text.set(message);
    }

    void say(String message) {
        text.set(message);
    }
}
