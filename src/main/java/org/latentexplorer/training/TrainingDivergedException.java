package org.latentexplorer.training;

import org.latentexplorer.data.ErrorText;
import org.latentexplorer.data.Explained;

/**
 * The loss became NaN or infinite, or exploded past {@link LastGoodWeights#EXPLOSION_FACTOR} times the run's first
 * batch loss: training cannot go on meaningfully. By the time a caller sees this, the model holds the weights of
 * the last good epoch again ({@link #restoredEpoch()}; 0 means the weights the run started from).
 */
public class TrainingDivergedException extends Exception implements Explained {
    /** Why the run was stopped; each has its message key. */
    public enum Reason {
        NON_FINITE("training.diverged.nonFinite"),
        EXPLODED("training.diverged.exploded"),
        WEIGHTS_NON_FINITE("training.diverged.weights");

        final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;
    private final int epoch;
    private final int batch;
    private final double loss;
    private final double bound;
    private int restoredEpoch = -1;

    public TrainingDivergedException(int epoch, int batch, double loss) {
        this(Double.isFinite(loss) ? Reason.EXPLODED : Reason.NON_FINITE, epoch, batch, loss, Double.NaN);
    }

    public TrainingDivergedException(Reason reason, int epoch, int batch, double loss, double bound) {
        this.reason = reason;
        this.epoch = epoch;
        this.batch = batch;
        this.loss = loss;
        this.bound = bound;
    }

    /** Records which epoch's weights the model was given back; returns this, to rethrow. */
    TrainingDivergedException restoredTo(int epoch) {
        restoredEpoch = epoch;
        return this;
    }

    public Reason reason() {
        return reason;
    }

    public int epoch() {
        return epoch;
    }

    public int batch() {
        return batch;
    }

    public double loss() {
        return loss;
    }

    /** The epoch whose weights the model holds now (0: the starting weights), or -1 if none were restored. */
    public int restoredEpoch() {
        return restoredEpoch;
    }

    @Override
    public String key() {
        return reason.key;
    }

    /** {0} loss, {1} epoch, {2} batch, {3} the explosion bound, {4} the restored epoch (0 = starting weights). */
    @Override
    public Object[] args() {
        return new Object[] {String.valueOf((float) loss), epoch, batch, String.valueOf((float) bound), Math.max(0, restoredEpoch)};
    }

    @Override
    public String getMessage() {
        return ErrorText.english(key(), args());
    }
}
