package org.latentexplorer.training;

/** The loss became NaN or infinite: training cannot go on meaningfully. */
public class TrainingDivergedException extends Exception {
    public TrainingDivergedException(int epoch, int batch, double loss) {
        super("the loss became " + loss + " in epoch " + epoch + " at batch " + batch
                + "; try a smaller learning rate");
    }
}
