package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import org.latentexplorer.model.Activation;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.InputNoise;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.model.Sparsity;
import org.latentexplorer.model.TrainingHistory;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy layer-wise training of a stacked dense autoencoder, as in the course notes: a shallow autoencoder per
 * layer, each trained to reconstruct the codes of the layer before it, then stacked into the full network and,
 * optionally, fine-tuned end to end. Each stage is its own entry in the history, so the loss chart shows them.
 * The first stage and the fine-tuning use the recipe's optimizer; inner stages reconstruct unbounded codes under
 * MSE, where a recipe's SGD step for pixels (lr 1.5) diverges, so they use Adam 1e-3.
 */
public final class LayerwiseTrainer {
    private LayerwiseTrainer() {}

    /** How many epochs the whole run has (all stages and the fine-tuning), for progress. */
    public static int totalEpochs(ModelSpec spec, TrainingConfig config) {
        return (spec.hidden().size() + 1) * config.epochs() + config.fineTuneEpochs();
    }

    public static void check(ModelSpec spec) {
        if (spec.architecture() != Architecture.DENSE || spec.kind() != ModelKind.AE || spec.tiedWeights()
                || spec.sparsity().type() != Sparsity.Type.NONE) {
            throw new IllegalArgumentException("layer-wise training needs a dense, untied autoencoder without sparsity");
        }
    }

    public static void train(Autoencoder model, NDArray trainImages, NDArray testImages, TrainingConfig config,
                             TrainingProgress progress, TrainingHistory history)
            throws TrainingCancelledException, TrainingDivergedException {
        ModelSpec spec = model.spec();
        check(spec);
        List<Integer> widths = new ArrayList<>();
        widths.add(spec.inputSize());
        widths.addAll(spec.hidden());
        widths.add(spec.latentDim());
        int layers = widths.size() - 1;
        List<Parameter> full = model.parameters();
        TrainingConfig stageConfig = new TrainingConfig(config.optimizer(), config.epochs(), config.batchSize(),
                config.learningRate(), config.seed());
        try (NDManager scope = model.manager().newSubManager()) {
            NDArray train = trainImages;
            NDArray test = testImages;
            for (int layer = 1; layer <= layers; layer++) {
                ModelSpec stage = stageSpec(spec, widths.get(layer - 1), widths.get(layer), layer == 1, layer == layers);
                try (Autoencoder shallow = Autoencoder.create(stage, scope, config.seed() + layer)) {
                    history.beginStage("layer " + layer + ": " + widths.get(layer - 1) + "→" + widths.get(layer));
                    TrainingConfig forStage = layer == 1 ? stageConfig : new TrainingConfig(TrainingConfig.Optimizer.ADAM,
                            config.epochs(), config.batchSize(), 1e-3, config.seed());
                    try {
                        TrainingLoop.train(shallow, train, test, forStage, progress, history);
                    } finally {
                        // Also after a divergence: the stage then holds its last good epoch's weights, which the
                        // full model takes, so it is left finite and as far trained as the run got.
                        stack(shallow, full, layer, layers);
                    }
                    if (layer < layers) {
                        train = codes(shallow, train, scope);
                        test = test == null ? null : codes(shallow, test, scope);
                    }
                }
            }
        }
        if (config.fineTuneEpochs() > 0) {
            history.beginStage("fine-tune");
            TrainingLoop.train(model, trainImages, testImages, stageConfig.withEpochs(config.fineTuneEpochs()), progress, history);
        }
        history.beginStage("");
    }

    /**
     * The shallow AE for one layer: the first reconstructs pixels with the model's own loss; deeper ones
     * reconstruct the previous layer's codes (with its activation, as the stacked decoder applies it) under MSE.
     */
    static ModelSpec stageSpec(ModelSpec spec, int in, int out, boolean first, boolean last) {
        Activation code = last ? spec.codeActivation() : spec.activation();
        Activation output = first ? spec.output() : spec.activation();
        return new ModelSpec(ModelKind.AE, Architecture.DENSE, List.of(), out, List.of(), spec.activation(), code, output,
                first ? spec.loss() : ReconstructionLoss.MSE, first ? spec.reduction() : ReconstructionLoss.Reduction.MEAN,
                1.0, 1.0, false, first ? spec.noise() : InputNoise.NONE, Sparsity.NONE, spec.dataset(), 1, in,
                spec.classNames());
    }

    /** Encoder layer {@code layer} and the decoder layer that mirrors it take the shallow AE's weights. */
    private static void stack(Autoencoder shallow, List<Parameter> full, int layer, int layers) {
        List<Parameter> p = shallow.parameters();
        copy(p.get(0), full.get(2 * (layer - 1)));
        copy(p.get(1), full.get(2 * (layer - 1) + 1));
        int decoderLayer = layers - layer;
        copy(p.get(2), full.get(2 * layers + 2 * decoderLayer));
        copy(p.get(3), full.get(2 * layers + 2 * decoderLayer + 1));
    }

    private static void copy(Parameter from, Parameter to) {
        to.getArray().set(FloatBuffer.wrap(from.getArray().toFloatArray()));
    }

    /** The shallow encoder's codes of {@code data}, in chunks, as one array owned by {@code scope}. */
    private static NDArray codes(Autoencoder shallow, NDArray data, NDManager scope) {
        long n = data.getShape().get(0);
        NDList parts = new NDList();
        for (long from = 0; from < n; from += 2000) {
            NDArray part = shallow.encode(data.get(new NDIndex().addSliceDim(from, Math.min(n, from + 2000))));
            part.attach(scope);
            parts.add(part);
        }
        NDArray all = ai.djl.ndarray.NDArrays.concat(parts);
        all.attach(scope);
        return all;
    }
}
