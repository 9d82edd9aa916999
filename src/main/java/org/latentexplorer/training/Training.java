package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.TrainingHistory;

/**
 * Runs the schedule a config asks for: greedy layer-wise stages, or the training loop (which trains whatever the
 * model's family adds beside the autoencoder).
 */
public final class Training {
    private Training() {}

    public static void train(Autoencoder model, NDArray trainImages, NDArray testImages, TrainingConfig config,
                             TrainingProgress progress, TrainingHistory history)
            throws TrainingCancelledException, TrainingDivergedException {
        if (config.layerwise()) {
            LayerwiseTrainer.train(model, trainImages, testImages, config, progress, history);
        } else {
            TrainingLoop.train(model, trainImages, testImages, config, progress, history);
        }
    }
}
