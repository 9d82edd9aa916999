package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.TrainingHistory;

/** Picks the procedure a model and config call for: layer-wise, adversarial, or the plain loop. */
public final class Training {
    private Training() {}

    public static void train(Autoencoder model, NDArray trainImages, NDArray testImages, TrainingConfig config,
                             TrainingListener listener, TrainingHistory history)
            throws TrainingCancelledException, TrainingDivergedException {
        if (config.layerwise()) {
            LayerwiseTrainer.train(model, trainImages, testImages, config, listener, history);
        } else if (model.spec().kind() == ModelKind.AAE) {
            AdversarialTrainer.train(model, trainImages, testImages, config, listener, history);
        } else {
            Trainer.train(model, trainImages, testImages, config, listener, history);
        }
    }
}
