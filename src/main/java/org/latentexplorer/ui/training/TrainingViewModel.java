package org.latentexplorer.ui.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelEngine;
import org.latentexplorer.engine.TrainingObserver;
import org.latentexplorer.latent.HeldOutClass;
import org.latentexplorer.model.Activation;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.TrainingCancelledException;
import org.latentexplorer.model.Sparsity;
import org.latentexplorer.training.LayerwiseTrainer;
import org.latentexplorer.training.Preset;
import org.latentexplorer.training.Presets;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.explorer.ModelState;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The training panel's form, its run and its outcome. While a run goes, the explorer's wall shows the model
 * being trained and is re-encoded after every epoch; when it ends the user saves or discards the model.
 */
public final class TrainingViewModel {
    /** Where a run is. */
    public enum Phase { IDLE, RUNNING, FINISHED }

    /** One point of the loss chart; {@code stage} names the part of a layer-wise run (empty otherwise). */
    public record LossPoint(double x, double loss, String stage) {
        public LossPoint(double x, double loss) {
            this(x, loss, "");
        }
    }

    private final ExplorerViewModel explorer;
    private final ModelEngine service;
    private final HoldOutChoice holdOut;

    private final ObservableList<String> datasets = FXCollections.observableArrayList("mnist", "fashion-mnist");
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset", "mnist");
    /** A course recipe, or null for a custom dense model described by the form. */
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset");
    private final ReadOnlyStringWrapper presetExplanation = new ReadOnlyStringWrapper(this, "presetExplanation", "");
    private final ObjectProperty<ModelKind> kind = new SimpleObjectProperty<>(this, "kind", ModelKind.VAE);
    private final IntegerProperty latent = new SimpleIntegerProperty(this, "latent", 2);
    private final StringProperty hidden = new SimpleStringProperty(this, "hidden", "400");
    private final ObjectProperty<ReconstructionLoss> loss = new SimpleObjectProperty<>(this, "loss", ReconstructionLoss.BCE);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 10);
    private final IntegerProperty batch = new SimpleIntegerProperty(this, "batch", 128);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 1e-3);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 0);
    private final BooleanProperty layerwise = new SimpleBooleanProperty(this, "layerwise", false);
    private final IntegerProperty fineTuneEpochs = new SimpleIntegerProperty(this, "fineTuneEpochs", 2);
    /** Parameter count and, for sparse models, the code units' mean activation after each epoch. */
    private final ReadOnlyStringWrapper modelFacts = new ReadOnlyStringWrapper(this, "modelFacts", "");

    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.IDLE);
    private final RunProgress progress = new RunProgress();
    private final LossCurves losses = new LossCurves();
    private final BooleanProperty showBatchLoss = new SimpleBooleanProperty(this, "showBatchLoss", false);
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final EpochTimeline timeline = new EpochTimeline(this::showRunCodes);

    private final AtomicBoolean cancel = new AtomicBoolean();
    private ModelHandle trainingModel;
    private volatile ImageSet trainingSet;
    private TrainingHistory history;
    private long parameters = -1;

    public TrainingViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.service = explorer.service();
        this.holdOut = new HoldOutChoice(dataset, explorer::datasetFor);
        preset.addListener((o, old, p) -> applyPreset(p));
        // The panel shows the run whose model is on the wall; once another model replaces it, nothing of the run is left.
        explorer.modelProperty().addListener((o, old, now) -> {
            if (phase.get() != Phase.RUNNING && trainingModel != null && !trainingModel.equals(now)) clearRun();
        });
        explorer.stateProperty().addListener((o, old, now) -> {
            if (phase.get() == Phase.FINISHED && now == ModelState.READY && trainingModel != null
                    && trainingModel.equals(explorer.modelProperty().get())) runSaved();
        });
    }

    /**
     * The run's model was saved (here, or at the question before something replaced it): the chart stays with
     * it, Save and the timeline's scrubbing end with the run.
     */
    private void runSaved() {
        phase.set(Phase.IDLE);
        timeline.reset();
    }

    /** Forgets the last run: chart, timeline, facts and progress. */
    private void clearRun() {
        trainingModel = null;
        phase.set(Phase.IDLE);
        progress.clear();
        modelFacts.set("");
        losses.clear();
        timeline.reset();
    }

    /** The test codes after every epoch (index 0: before training), so the wall can be scrubbed through time. */
    public ObservableList<LatentCodes> timeline() { return timeline.codes(); }
    /** The epoch the wall shows; fractions blend two epochs so points glide between them. */
    public DoubleProperty shownEpochProperty() { return timeline.shownEpochProperty(); }

    private void showRunCodes(LatentCodes codes) {
        if (trainingModel != null && trainingModel.equals(explorer.modelProperty().get())) explorer.showCodes(codes, false);
    }

    /** Fills the form with the recipe's settings; its architecture then comes from the recipe itself. */
    private void applyPreset(Preset p) {
        if (p == null) {
            presetExplanation.set("");
            return;
        }
        presetExplanation.set(org.latentexplorer.ui.common.ModelTexts.presetExplanation(p));
        // A recipe sizes its model for a dataset; before one is open, for an empty 28×28 one.
        ImageDataset shown = explorer.datasetProperty().get();
        ImageSet none = new ImageSet(new byte[0], new int[0], 28, 28);
        ModelSpec spec = p.specFor(shown != null ? shown : new ImageDataset("mnist", List.of(), none, none));
        kind.set(spec.kind());
        latent.set(spec.latentDim());
        hidden.set(spec.hidden().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        loss.set(spec.loss());
        epochs.set(p.config().epochs());
        batch.set(p.config().batchSize());
        learningRate.set(p.config().learningRate());
        seed.set((int) p.config().seed());
    }

    /** The held-out picker's text for a choice: the class name, or "none". */
    public String holdOutText(Integer label) {
        return holdOut.text(label);
    }

    public List<Preset> presets() {
        return Presets.all();
    }

    public ObservableList<String> datasets() { return datasets; }

    /**
     * Offers the user's own dataset (a folder of images, a CSV, an npz, IDX files) for training: read once in
     * the background, then chosen in the form. A file that cannot be read is named in the status bar.
     */
    public void addDataset(Path path) {
        String name = path.toAbsolutePath().normalize().toString();
        explorer.begin(Messages.get("status.readingDataset", path.getFileName()));
        UiTasks.onFx(explorer.datasetFor(name), data -> {
            if (!datasets.contains(name)) datasets.add(name);
            if (phase.get() != Phase.RUNNING) dataset.set(name);
            explorer.done(Messages.get("status.datasetReady", data.name(), data.train().count(), data.test().count(),
                    data.height(), data.width(), data.channels()));
        }, explorer::fail);
    }
    public StringProperty datasetProperty() { return dataset; }
    public ObjectProperty<Preset> presetProperty() { return preset; }
    public ReadOnlyStringProperty presetExplanationProperty() { return presetExplanation.getReadOnlyProperty(); }
    public ObjectProperty<ModelKind> kindProperty() { return kind; }
    public IntegerProperty latentProperty() { return latent; }
    public StringProperty hiddenProperty() { return hidden; }
    public ObjectProperty<ReconstructionLoss> lossProperty() { return loss; }
    public IntegerProperty epochsProperty() { return epochs; }
    public IntegerProperty batchProperty() { return batch; }
    public DoubleProperty learningRateProperty() { return learningRate; }
    public IntegerProperty seedProperty() { return seed; }
    public BooleanProperty layerwiseProperty() { return layerwise; }
    public IntegerProperty fineTuneEpochsProperty() { return fineTuneEpochs; }
    public ObservableList<Integer> holdOutChoices() { return holdOut.choices(); }
    /** A class left out of the training split (as {@code train --hold-out-class}), or null for none. */
    public ObjectProperty<Integer> holdOutClassProperty() { return holdOut.chosenProperty(); }
    /** The training split of the latest run, after any held-out class was removed; null before a run. */
    ImageSet trainingSet() { return trainingSet; }
    public ReadOnlyStringProperty modelFactsProperty() { return modelFacts.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.fractionProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progress.textProperty(); }
    public ObservableList<LossPoint> trainLoss() { return losses.train; }
    public ObservableList<LossPoint> testLoss() { return losses.test; }
    public ObservableList<LossPoint> batchLoss() { return losses.batch; }
    /** An adversarial autoencoder's discriminator loss per epoch (empty for other models). */
    public ObservableList<LossPoint> discriminatorLoss() { return losses.discriminator; }
    public BooleanProperty showBatchLossProperty() { return showBatchLoss; }
    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }

    /** Whether the model on the wall cannot be trained here (an imported ONNX model); the panel says so. */
    public javafx.beans.binding.BooleanBinding wallModelUntrainable() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> explorer.modelProperty().get() != null
                && !explorer.modelProperty().get().trainable(), explorer.modelProperty());
    }

    /** Starts a run with the form's settings; a trained model that is not saved is asked about first. */
    public void start() {
        if (phase.get() == Phase.RUNNING || explorer.stateProperty().get() == ModelState.TRAINING) return;
        explorer.whenUnsavedHandled(this::startRun);
    }

    /** What the form asks for: the hidden sizes of a custom model and the schedule. */
    private record Form(List<Integer> hiddenSizes, TrainingConfig config) {}

    /** The form's settings, or null when one is wrong (the form then says which). */
    private Form readForm() {
        try {
            List<Integer> hiddenSizes = HiddenSizes.parse(hidden.get());
            TrainingConfig.Optimizer optimizer = preset.get() == null ? TrainingConfig.Optimizer.ADAM : preset.get().config().optimizer();
            TrainingConfig config = new TrainingConfig(optimizer, epochs.get(), batch.get(), learningRate.get(), seed.get());
            if (layerwise.get()) config = config.layerwise(fineTuneEpochs.get());
            if (latent.get() < 1) throw new IllegalArgumentException(Messages.get("train.error.latent"));
            formError.set("");
            return new Form(hiddenSizes, config);
        } catch (NumberFormatException e) {
            formError.set(Messages.get("train.error.hidden", hidden.get()));
        } catch (IllegalArgumentException e) {
            formError.set(e.getMessage());
        }
        return null;
    }

    private void startRun() {
        Form form = readForm();
        if (form == null) return;
        List<Integer> hiddenSizes = form.hiddenSizes();
        TrainingConfig config = form.config();
        clearRun();
        parameters = -1;
        phase.set(Phase.RUNNING);
        cancel.set(false);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        Integer held = holdOut.chosenProperty().get();
        String runName = (preset.get() != null ? preset.get().name()
                : dataset.get() + "-" + kind.get().id() + "-" + latent.get() + "d") + (held == null ? "" : "-without-" + held);
        explorer.trainingStarting(this::cancel, ended, runName);
        explorer.done(Messages.get("status.training", runName));
        progress.preparing();
        history = new TrainingHistory();
        // Worded as the train command words it, so the Anomalies tool finds the class in the saved model.
        history.setSettings(HeldOutClass.settings(config.describe(), held == null ? OptionalInt.empty() : OptionalInt.of(held)));
        trainingSet = null;
        String datasetName = dataset.get();
        Preset recipe = preset.get();
        TrainingConfig runConfig = config;
        CompletableFuture<Void> run = explorer.datasetFor(datasetName).thenCompose(data -> {
            // Only training loses the class; the wall and the test loss keep every test image.
            ImageSet train = held == null ? data.train() : HeldOutClass.trainingData(data, held).train();
            trainingSet = train;
            // The bundle remembers where its data came from, so it finds a user's own files again.
            history.setDatasetSource(data.source());
            ModelSpec spec = recipe != null ? recipe.specFor(data) : new ModelSpec(kind.get(), latent.get(), hiddenSizes, Activation.RELU, loss.get(),
                    loss.get() == ReconstructionLoss.BCE ? ReconstructionLoss.Reduction.SUM : ReconstructionLoss.Reduction.MEAN,
                    1.0, data.name(), data.height(), data.width(), data.classNames()).withChannels(data.channels());
            if (runConfig.layerwise()) LayerwiseTrainer.check(spec);
            int totalEpochs = runConfig.layerwise() ? LayerwiseTrainer.totalEpochs(spec, runConfig) : runConfig.epochs();
            return service.create(spec, runConfig.seed()).thenCompose(handle -> {
                trainingModel = handle;
                service.parameterCount(handle).thenAccept(count -> UiTasks.fx(() -> {
                    if (!handle.equals(trainingModel)) return;
                    parameters = count;
                    if (modelFacts.get().isEmpty()) modelFacts.set(RunTexts.parameters(count));
                }));
                return service.encode(handle, data.test()).thenCompose(codes -> {
                    UiTasks.fx(() -> {
                        explorer.showTrainingModel(handle, data, codes, history);
                        timeline.reset(codes);
                    });
                    progress.trainingStarts();
                    return service.train(handle, train, data.test(), runConfig,
                            listener(handle, data, totalEpochs, spec.sparsity()), history);
                });
            });
        }).thenApply(h -> null);
        UiTasks.onFx(run, ok -> {
            finish(Messages.get("train.done", history.epochs().size(), lastTestLoss()), false);
            ended.complete(null);
        }, error -> {
            failed(error);
            ended.complete(null);
        });
    }

    /** A run that stopped on an error, or was cancelled (then its model waits to be saved or discarded). */
    private void failed(Throwable error) {
        if (error instanceof TrainingCancelledException && trainingModel != null) {
            finish(Messages.get("train.cancelled", history.epochs().size()), true);
            return;
        }
        phase.set(trainingModel == null ? Phase.IDLE : Phase.FINISHED);
        progress.failed(Messages.get("train.failed", UiTasks.message(error)));
        explorer.trainingFinished();
        explorer.fail(error);
    }

    private TrainingObserver listener(ModelHandle handle, ImageDataset data, int totalEpochs, Sparsity sparsity) {
        return new TrainingObserver() {
            @Override public void batchFinished(int epoch, int b, int batches, double value) {
                // Coalesce: the FX thread picks up the latest batch only, however fast batches come.
                if (progress.offer(epoch, b, batches, value)) UiTasks.fx(() -> showBatch(totalEpochs));
            }

            @Override public void epochFinished(TrainingHistory.Epoch e, LatentCodes codes) {
                // Inner stages of a layer-wise run train shallow models; the stacked model is shown as it fills in.
                UiTasks.fx(() -> {
                    losses.epoch(e);
                    timeline.add(codes);
                    modelFacts.set(RunTexts.facts(parameters, codes, sparsity));
                });
            }

            @Override public boolean cancelRequested() {
                return cancel.get();
            }
        };
    }

    private void showBatch(int totalEpochs) {
        double[] b = progress.take();
        if (b == null || phase.get() != Phase.RUNNING) return;
        progress.show(b, totalEpochs);
        if (showBatchLoss.get()) losses.batch.add(new LossPoint(b[0] - 1 + b[1] / b[2], b[3]));
    }

    /** A run ended with a model: it waits on the wall to be saved or discarded. A cancelled run keeps its progress. */
    private void finish(String message, boolean cancelled) {
        phase.set(Phase.FINISHED);
        progress.ended(message, cancelled, !history.epochs().isEmpty());
        explorer.trainingFinished();
        explorer.done(message);
    }

    private double lastTestLoss() {
        List<TrainingHistory.Epoch> epochs = history.epochs();
        return epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).testLoss();
    }

    /** Stops the run before its next batch. */
    public void cancel() {
        cancel.set(true);
        progress.say(Messages.get("train.cancelling"));
    }

    /** Saves the trained model; it stays on the wall and is added to the picker. */
    public void save(Path file) {
        if (trainingModel == null || !trainingModel.equals(explorer.modelProperty().get())) return;
        explorer.saveCurrent(file);
    }

    /** A file name to propose for saving: the run's recipe, never the name of the model loaded before. */
    public String suggestedFileName() {
        return explorer.suggestedFileName();
    }

    /** Throws the trained model away and shows the model from before training again. */
    public void discard() {
        if (phase.get() != Phase.FINISHED) return;
        clearRun();
        explorer.discardTrained();
    }
}
