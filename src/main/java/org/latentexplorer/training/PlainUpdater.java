package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.util.List;

/** The engine-neutral update: DJL's optimizer of the recipe, called once per parameter. */
final class PlainUpdater implements ParameterUpdater {
    private final Optimizer optimizer;
    private final List<Parameter> parameters;
    private final NDArray[] weights;
    private final TrainingConfig.Optimizer kind;

    PlainUpdater(TrainingConfig config, NDArray[] weights, List<Parameter> parameters) {
        this.optimizer = optimizerFor(config);
        this.parameters = parameters;
        this.weights = weights;
        this.kind = config.optimizer();
    }

    /** DJL's optimizer for the recipe, at its fixed learning rate. */
    static Optimizer optimizerFor(TrainingConfig config) {
        Tracker lr = Tracker.fixed((float) config.learningRate());
        return switch (config.optimizer()) {
            case ADAM -> Optimizer.adam().optLearningRateTracker(lr).build();
            case SGD -> Optimizer.sgd().setLearningRateTracker(lr).build();
            case RMSPROP -> Optimizer.rmsprop().optLearningRateTracker(lr).build();
        };
    }

    @Override
    public void update(NDArray[] gradients) {
        for (int i = 0; i < gradients.length; i++) optimizer.update(parameters.get(i).getId(), weights[i], gradients[i]);
    }

    @Override
    public String describe() {
        return "DJL " + kind.id() + " per parameter";
    }

    @Override
    public void close() {}
}
