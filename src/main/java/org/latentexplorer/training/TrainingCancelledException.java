package org.latentexplorer.training;

/** The user stopped training; the model keeps the weights of the last finished batch. */
public class TrainingCancelledException extends Exception {
    public TrainingCancelledException(int epoch, int batch) {
        super("training cancelled in epoch " + epoch + " at batch " + batch);
    }
}
