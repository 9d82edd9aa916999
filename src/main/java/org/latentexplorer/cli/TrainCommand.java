package org.latentexplorer.cli;

import org.latentexplorer.data.DatasetSource;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.HeldOutClass;
import org.latentexplorer.model.Activation;
import org.latentexplorer.model.BundleLimits;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.LayerwiseTrainer;
import org.latentexplorer.training.Preset;
import org.latentexplorer.training.Presets;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.training.TrainingDivergedException;
import org.latentexplorer.training.TrainingProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an autoencoder and save it as a model bundle: a named --preset from the course, or a dense "
                + "AE/VAE described by the options. Progress goes to stderr; one JSON line with the results goes to stdout.")
final class TrainCommand implements Callable<Integer> {
    /** A million epochs would take days even on the smallest split; more is a typo. */
    private static final int MAX_EPOCHS = 1_000_000;
    /** Larger than any split the app reads, so a batch is at most the whole split. */
    private static final int MAX_BATCH = 1 << 20;
    /** Divergence is caught anyway; a rate beyond this is a typo, not an experiment. */
    private static final double MAX_LEARNING_RATE = 1e12;

    @Spec picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--preset", description = "a recipe by name (see the presets command); other options override its training settings")
    String preset;
    @Option(names = "--dataset", defaultValue = "mnist", description = "mnist, fashion-mnist, or a path: an IDX or image folder, .csv, .npz or .npy (docs/datasets.md) (default: ${DEFAULT-VALUE})")
    String dataset;
    @Option(names = "--image-size", paramLabel = "HxW", description = "resize pictures of an image folder to this size (default: their most common size)")
    String imageSize;
    @Option(names = "--model", defaultValue = "vae", description = "ae, vae or aae (adversarial) (default: ${DEFAULT-VALUE})")
    String kind;
    @Option(names = "--latent", description = "latent size n ≥ 1 (required without --preset)")
    Integer latent;
    @Option(names = "--hidden", defaultValue = "400", split = ",", description = "hidden layer sizes, input side first (default: ${DEFAULT-VALUE})")
    List<Integer> hidden;
    @Option(names = "--activation", defaultValue = "relu", description = "relu, tanh, sigmoid or linear (default: ${DEFAULT-VALUE})")
    String activation;
    @Option(names = "--loss", defaultValue = "bce", description = "bce or mse (default: ${DEFAULT-VALUE})")
    String loss;
    @Option(names = "--reduction", description = "sum (per image) or mean (per pixel); default: sum for bce, mean for mse")
    String reduction;
    @Option(names = "--beta", defaultValue = "1", description = "weight of the KL term of a VAE (default: ${DEFAULT-VALUE})")
    double beta;
    @Option(names = "--epochs", description = "(required without --preset)")
    Integer epochs;
    @Option(names = "--batch", description = "batch size (default: the preset's, else 128)")
    Integer batch;
    @Option(names = "--lr", description = "learning rate (default: the preset's, else 0.001)")
    Double lr;
    @Option(names = "--seed", description = "(default: the preset's, else 0)")
    Long seed;
    @Option(names = "--limit-train", description = "use only the first N training images (quick runs, tests)")
    Integer limitTrain;
    @Option(names = "--limit-test", description = "use only the first N test images")
    Integer limitTest;
    @Option(names = "--hold-out-class", paramLabel = "K", description = "leave every image of class K out of the training split (the test split keeps them), for 'anomalies --anomaly-class K'")
    Integer holdOutClass;
    @Option(names = "--layerwise", description = "train a dense AE greedily, one shallow autoencoder per layer (--epochs each)")
    boolean layerwise;
    @Option(names = "--fine-tune", defaultValue = "0", description = "with --layerwise: epochs of end-to-end fine-tuning afterwards (default: ${DEFAULT-VALUE})")
    int fineTune;
    @Option(names = "--out", required = true, description = "model bundle to write (.zip)")
    Path out;

    @Override
    public Integer call() throws Exception {
        checkOptions();
        ImageDataset data = Inputs.dataset(dataset, DatasetTexts.options(imageSize)).limitedTo(limitTrain, limitTest);
        DatasetSource source = data.source();
        if (holdOutClass != null) {
            try {
                data = HeldOutClass.trainingData(data, holdOutClass);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--hold-out-class " + e.getMessage(), e);
            }
        }
        ModelSpec spec;
        TrainingConfig config;
        if (preset != null) {
            Preset recipe = Presets.require(preset);
            spec = recipe.specFor(data);
            TrainingConfig base = recipe.config();
            config = new TrainingConfig(base.optimizer(), epochs != null ? epochs : base.epochs(),
                    batch != null ? batch : base.batchSize(), lr != null ? lr : base.learningRate(),
                    seed != null ? seed : base.seed());
        } else {
            if (latent == null || epochs == null) {
                throw new IllegalArgumentException("--latent and --epochs are required unless --preset is given");
            }
            ReconstructionLoss lossKind = ReconstructionLoss.parse(loss);
            ReconstructionLoss.Reduction red = reduction != null ? ReconstructionLoss.Reduction.parse(reduction)
                    : lossKind == ReconstructionLoss.BCE ? ReconstructionLoss.Reduction.SUM : ReconstructionLoss.Reduction.MEAN;
            spec = new ModelSpec(ModelKind.parse(kind), latent, hidden, Activation.parse(activation), lossKind, red,
                    beta, data.name(), data.height(), data.width(), data.classNames()).withChannels(data.channels());
            config = new TrainingConfig(epochs, batch != null ? batch : 128, lr != null ? lr : 1e-3, seed != null ? seed : 0);
        }
        BundleLimits.checkBuildable(spec);
        if (layerwise) {
            LayerwiseTrainer.check(spec);
            config = config.layerwise(fineTune);
        }
        var err = command.commandLine().getErr();
        err.println("training " + spec.describe() + " on " + data.name() + " (" + data.train().count() + " train, "
                + data.test().count() + " test), " + config.describe());
        DatasetTexts.notes(data).forEach(err::println);
        try (ModelService service = new ModelService()) {
            ModelHandle handle = service.create(spec, config.seed()).join();
            TrainingHistory history = new TrainingHistory();
            history.setSettings(HeldOutClass.settings(config.describe(),
                    holdOutClass == null ? OptionalInt.empty() : OptionalInt.of(holdOutClass)));
            history.setDatasetSource(source);
            long start = System.nanoTime();
            int totalEpochs = config.layerwise() ? LayerwiseTrainer.totalEpochs(spec, config) : config.epochs();
            try {
                service.train(handle, data.train(), data.test(), config, new TrainingProgress() {
                    @Override public void epochFinished(TrainingHistory.Epoch e) {
                        err.printf("epoch %d/%d  train loss %.4f  test loss %.4f  %.2f s%s%n", e.epoch(), totalEpochs,
                                e.trainLoss(), e.testLoss(), e.seconds(), e.stage().isEmpty() ? "" : "  (" + e.stage() + ")");
                    }
                }, history).join();
            } catch (CompletionException e) {
                // A diverged run holds its last good epoch again: after hours of training, that is worth keeping.
                if (e.getCause() instanceof TrainingDivergedException d && d.restoredEpoch() > 0) {
                    service.save(handle, history, out).join();
                    throw new IllegalStateException(d.getMessage() + "; saved epoch " + d.restoredEpoch() + " to " + out, d);
                }
                throw e;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ModelService.Evaluation eval = service.evaluate(handle, data.test()).join();
            service.save(handle, history, out).join();
            double[] epochSeconds = history.epochs().stream().mapToDouble(TrainingHistory.Epoch::seconds).sorted().toArray();
            double median = epochSeconds[epochSeconds.length / 2];
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("model", out.toString());
            result.put("spec", spec.describe());
            result.put("dataset", data.name());
            result.put("train_images", data.train().count());
            if (holdOutClass != null) result.put("held_out_class", holdOutClass);
            if (preset != null) result.put("preset", preset);
            result.put("epochs", config.epochs());
            result.put("test_loss", Json.round(eval.loss(), 5));
            result.put("test_mse", Json.round(eval.mse(), 6));
            result.put("seconds", Json.round(seconds, 3));
            result.put("median_epoch_seconds", Json.round(median, 4));
            result.put("samples_per_second", Json.round(data.train().count() / median, 1));
            command.commandLine().getOut().println(Json.line(result));
        }
        return 0;
    }

    /** Every number is checked where it enters, and --out before hours of training. */
    private void checkOptions() {
        Inputs.checkWritable(out, "--out");
        if (latent != null) ToolInputs.checkRange("--latent", latent, 1, BundleLimits.MAX_LATENT);
        if (hidden.size() > BundleLimits.MAX_HIDDEN_LAYERS) {
            throw new IllegalArgumentException("--hidden has " + hidden.size() + " layers; at most " + BundleLimits.MAX_HIDDEN_LAYERS);
        }
        for (int h : hidden) ToolInputs.checkRange("--hidden", h, 1, BundleLimits.MAX_LAYER_WIDTH);
        if (epochs != null) ToolInputs.checkRange("--epochs", epochs, 1, MAX_EPOCHS);
        if (batch != null) ToolInputs.checkRange("--batch", batch, 1, MAX_BATCH);
        if (limitTrain != null) ToolInputs.checkRange("--limit-train", limitTrain, 1, Integer.MAX_VALUE);
        if (limitTest != null) ToolInputs.checkRange("--limit-test", limitTest, 1, Integer.MAX_VALUE);
        ToolInputs.checkRange("--fine-tune", fineTune, 0, MAX_EPOCHS);
        if (lr != null && !(lr > 0 && lr <= MAX_LEARNING_RATE)) {
            throw new IllegalArgumentException("--lr must be a number above 0 and at most " + MAX_LEARNING_RATE + ", was " + lr);
        }
        if (!(beta >= 0 && beta <= 1e6)) throw new IllegalArgumentException("--beta must be between 0 and 1e6, was " + beta);
    }
}
