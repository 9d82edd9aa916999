package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;

import java.nio.FloatBuffer;
import java.util.List;

/**
 * Keeps one copy of a model's parameters as they were at the end of the last good epoch (or at the start of the
 * run), and judges each loss: a run whose loss is not finite, or explodes, is stopped and given back that copy.
 * Lives on the engine thread, like the training loop that owns it.
 */
final class LastGoodWeights {
    /**
     * A batch loss above this many times the run's first batch loss means divergence: the first batch is the
     * loss before any step of this run, and training only lowers it, so even a noisy batch never comes near 1000×
     * (an MSE AE at lr 1e6 reaches 1e9× and stays finite, so NaN alone would not catch it).
     */
    static final double EXPLOSION_FACTOR = 1e3;

    private final List<Parameter> parameters;
    private final float[][] copy;
    private int epoch;
    private double reference = Double.NaN;

    /** Copies the parameters as they are now, which count as the state after {@code epoch}. */
    LastGoodWeights(List<Parameter> parameters, int epoch) {
        this.parameters = parameters;
        this.copy = new float[parameters.size()][];
        this.epoch = epoch;
        for (int i = 0; i < copy.length; i++) {
            copy[i] = parameters.get(i).getArray().toFloatArray();
        }
    }

    /** Throws if {@code loss} (of batch {@code batch}) is not finite or exploded; the first loss sets the reference. */
    void check(int epoch, int batch, double loss) throws TrainingDivergedException {
        if (!Double.isFinite(loss)) {
            throw new TrainingDivergedException(TrainingDivergedException.Reason.NON_FINITE, epoch, batch, loss, bound());
        }
        if (Double.isNaN(reference)) {
            reference = loss;
        } else if (reference > 0 && loss > bound()) {
            throw new TrainingDivergedException(TrainingDivergedException.Reason.EXPLODED, epoch, batch, loss, bound());
        }
    }

    private double bound() {
        return reference * EXPLOSION_FACTOR;
    }

    /**
     * At the end of a good epoch: checks the epoch's losses ({@code testLoss} null when there is no test split) and that every weight is finite (the last step's update
     * is never seen by a loss), then makes the parameters the new copy.
     */
    void epochFinished(int epoch, double trainLoss, Double testLoss) throws TrainingDivergedException {
        check(epoch, 0, trainLoss);
        if (testLoss != null) check(epoch, 0, testLoss);
        float[][] now = new float[copy.length][];
        for (int i = 0; i < copy.length; i++) {
            now[i] = parameters.get(i).getArray().toFloatArray();
            for (float v : now[i]) {
                if (!Float.isFinite(v)) {
                    throw new TrainingDivergedException(TrainingDivergedException.Reason.WEIGHTS_NON_FINITE, epoch, 0, v, bound());
                }
            }
        }
        System.arraycopy(now, 0, copy, 0, copy.length);
        this.epoch = epoch;
    }

    /** Gives the parameters back the copy; returns {@code e}, marked with the epoch restored, to rethrow. */
    TrainingDivergedException restore(TrainingDivergedException e) {
        for (int i = 0; i < copy.length; i++) {
            NDArray array = parameters.get(i).getArray();
            array.set(FloatBuffer.wrap(copy[i]));
        }
        return e.restoredTo(epoch);
    }
}
