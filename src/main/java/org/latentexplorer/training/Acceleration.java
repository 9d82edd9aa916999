package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.training.mxnet.MxnetAcceleration;

import java.util.List;

/**
 * What an engine can do faster than plain DJL inside {@link TrainingLoop}. Each method may decline (return null)
 * and the loop then does it the plain DJL way, so any DJL engine runs the same loop with {@link #NONE}.
 */
public interface Acceleration {
    /** The plain DJL way for everything. */
    Acceleration NONE = new Acceleration() {};

    /**
     * The model's loss compiled for batches of {@code rows} images of {@code images}, or null. It may run the
     * loss once under autograd to check itself, which writes into {@code gradients}.
     */
    default CompiledLoss compileLoss(Autoencoder model, NDArray images, int rows, List<Parameter> parameters,
                                     NDArray[] gradients) {
        return null;
    }

    /** An optimizer for {@code weights} cheaper per step than DJL's per-parameter one, or null. */
    default ParameterUpdater updater(TrainingConfig config, NDArray[] weights, NDManager manager) {
        return null;
    }

    /** Rows [from, from + count) of {@code data} as a view owned by {@code scope}, without a copy; or null. */
    default NDArray rows(NDArray data, int from, int count, NDManager scope) {
        return null;
    }

    /** The acceleration for the engine the model lives on. */
    static Acceleration forModel(Autoencoder model) {
        return "MXNet".equals(model.manager().getEngine().getEngineName()) ? new MxnetAcceleration() : NONE;
    }
}
