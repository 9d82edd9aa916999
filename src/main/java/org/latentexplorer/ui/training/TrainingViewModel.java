package org.latentexplorer.ui.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
import org.latentexplorer.engine.LatentCodes;
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
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

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

    private final ObservableList<String> datasets = FXCollections.observableArrayList("mnist", "fashion-mnist");
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset", "mnist");
    /** A course recipe, or null for a custom dense model described by the form. */
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(this, "preset");
    private final StringProperty presetExplanation = new SimpleStringProperty(this, "presetExplanation", "");
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
    /** The held-out picker's choices: null (hold out nothing), then each class of the chosen dataset. */
    private final ObservableList<Integer> holdOutChoices = FXCollections.observableArrayList((Integer) null);
    /** A class left out of the training split (as {@code train --hold-out-class}), or null for none. */
    private final ObjectProperty<Integer> holdOutClass = new SimpleObjectProperty<>(this, "holdOutClass");
    private List<String> classNames = List.of();
    /** Parameter count and, for sparse models, the code units' mean activation after each epoch. */
    private final StringProperty modelFacts = new SimpleStringProperty(this, "modelFacts", "");

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.IDLE);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final ObservableList<LossPoint> trainLoss = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> testLoss = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> batchLoss = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> discriminatorLoss = FXCollections.observableArrayList();
    private final BooleanProperty showBatchLoss = new SimpleBooleanProperty(this, "showBatchLoss", false);
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    /** The test codes after every epoch (index 0: before training), so the wall can be scrubbed through time. */
    private final ObservableList<LatentCodes> timeline = FXCollections.observableArrayList();
    /** The epoch the wall shows; fractions blend two epochs so points glide between them. */
    private final DoubleProperty shownEpoch = new SimpleDoubleProperty(this, "shownEpoch", 0);
    private boolean applyingEpoch;

    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicReference<double[]> latestBatch = new AtomicReference<>();
    private ModelHandle trainingModel;
    private volatile ImageSet trainingSet;
    private TrainingHistory history;
    private long startNanos;
    private long parameters = -1;

    public TrainingViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.service = explorer.service();
        preset.addListener((o, old, p) -> applyPreset(p));
        dataset.addListener((o, old, name) -> loadClasses(name));
        loadClasses(dataset.get());
        shownEpoch.addListener((o, old, epoch) -> {
            if (!applyingEpoch) showEpoch(epoch.doubleValue());
        });
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
        timeline.clear();
        applyingEpoch = true;
        shownEpoch.set(0);
        applyingEpoch = false;
    }

    /** Forgets the last run: chart, timeline, facts and progress. */
    private void clearRun() {
        trainingModel = null;
        phase.set(Phase.IDLE);
        progress.set(0);
        progressText.set("");
        modelFacts.set("");
        trainLoss.clear();
        testLoss.clear();
        batchLoss.clear();
        discriminatorLoss.clear();
        timeline.clear();
        applyingEpoch = true;
        shownEpoch.set(0);
        applyingEpoch = false;
    }

    public ObservableList<LatentCodes> timeline() { return timeline; }
    public DoubleProperty shownEpochProperty() { return shownEpoch; }

    /** Puts the codes of (fractional) epoch {@code epoch} of the current run on the wall. */
    private void showEpoch(double epoch) {
        if (timeline.isEmpty() || trainingModel == null || !trainingModel.equals(explorer.modelProperty().get())) return;
        int last = timeline.size() - 1;
        double e = Math.max(0, Math.min(last, epoch));
        int lo = (int) Math.floor(e), hi = Math.min(last, lo + 1);
        explorer.showCodes(blend(timeline.get(lo), timeline.get(hi), e - lo), false);
    }

    /** Codes a fraction {@code t} of the way from {@code a} to {@code b} (same images, same order). */
    static LatentCodes blend(LatentCodes a, LatentCodes b, double t) {
        if (t <= 0) return a;
        if (t >= 1) return b;
        float[][] mixed = new float[a.count()][];
        for (int i = 0; i < mixed.length; i++) {
            float[] x = a.codes()[i], y = b.codes()[i], m = new float[x.length];
            for (int j = 0; j < x.length; j++) m[j] = (float) (x[j] + t * (y[j] - x[j]));
            mixed[i] = m;
        }
        return new LatentCodes(mixed, a.labels(), t < 0.5 ? a.errors() : b.errors());
    }

    /** Keeps the wall live: after a new epoch, the slider follows it unless the user has scrubbed back. */
    private void epochArrived(LatentCodes codes) {
        boolean wasAtEnd = shownEpoch.get() >= timeline.size() - 1 - 1e-9;
        timeline.add(codes);
        if (wasAtEnd) {
            applyingEpoch = true;
            shownEpoch.set(timeline.size() - 1);
            applyingEpoch = false;
            if (trainingModel != null && trainingModel.equals(explorer.modelProperty().get())) explorer.showCodes(codes, false);
        }
    }

    /** Fills the form with the recipe's settings; its architecture then comes from the recipe itself. */
    private void applyPreset(Preset p) {
        if (p == null) {
            presetExplanation.set("");
            return;
        }
        presetExplanation.set(org.latentexplorer.ui.common.ModelTexts.presetExplanation(p));
        ModelSpec spec = p.specFor(explorer.datasetProperty().get() != null ? explorer.datasetProperty().get()
                : new ImageDataset("mnist", List.of(), emptySet(), emptySet()));
        kind.set(spec.kind());
        latent.set(spec.latentDim());
        hidden.set(spec.hidden().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
        loss.set(spec.loss());
        epochs.set(p.config().epochs());
        batch.set(p.config().batchSize());
        learningRate.set(p.config().learningRate());
        seed.set((int) p.config().seed());
    }

    private static ImageSet emptySet() {
        return new ImageSet(new byte[0], new int[0], 28, 28);
    }

    /**
     * Offers the classes of dataset {@code name} to hold out, once it is loaded. A class chosen for another
     * dataset is cleared: class K of one dataset is not class K of another.
     */
    private void loadClasses(String name) {
        holdOutClass.set(null);
        classNames = List.of();
        holdOutChoices.setAll((Integer) null);
        if (name == null) return;
        UiTasks.onFx(explorer.datasetFor(name), data -> {
            if (!name.equals(dataset.get())) return;
            classNames = data.classNames();
            List<Integer> choices = new ArrayList<>();
            choices.add(null);
            for (int k = 0; k < classNames.size(); k++) choices.add(k);
            holdOutChoices.setAll(choices);
        }, error -> { /* Training this dataset reports the failure; until then nothing can be held out. */ });
    }

    /** The picker's text for a choice: the class name, or "none". */
    public String holdOutText(Integer label) {
        if (label == null) return Messages.get("train.holdOut.none");
        return label < classNames.size() ? classNames.get(label) : Integer.toString(label);
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
                    data.height(), data.width()));
        }, explorer::fail);
    }
    public StringProperty datasetProperty() { return dataset; }
    public ObjectProperty<Preset> presetProperty() { return preset; }
    public ReadOnlyStringProperty presetExplanationProperty() { return presetExplanation; }
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
    public ObservableList<Integer> holdOutChoices() { return holdOutChoices; }
    public ObjectProperty<Integer> holdOutClassProperty() { return holdOutClass; }
    /** The training split of the latest run, after any held-out class was removed; null before a run. */
    ImageSet trainingSet() { return trainingSet; }
    public ReadOnlyStringProperty modelFactsProperty() { return modelFacts; }
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty progressTextProperty() { return progressText; }
    public ObservableList<LossPoint> trainLoss() { return trainLoss; }
    public ObservableList<LossPoint> testLoss() { return testLoss; }
    public ObservableList<LossPoint> batchLoss() { return batchLoss; }
    /** An adversarial autoencoder's discriminator loss per epoch (empty for other models). */
    public ObservableList<LossPoint> discriminatorLoss() { return discriminatorLoss; }
    public BooleanProperty showBatchLossProperty() { return showBatchLoss; }
    public ReadOnlyStringProperty formErrorProperty() { return formError; }

    /** Whether the model on the wall cannot be trained here (an imported ONNX model); the panel says so. */
    public javafx.beans.binding.BooleanBinding wallModelUntrainable() {
        return javafx.beans.binding.Bindings.createBooleanBinding(() -> explorer.modelProperty().get() != null
                && !explorer.modelProperty().get().trainable(), explorer.modelProperty());
    }

    /** Hidden sizes from the form ("512, 256"); empty means none. */
    static List<Integer> parseHidden(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) continue;
            int v = Integer.parseInt(part.trim());
            if (v < 1) throw new NumberFormatException(part);
            sizes.add(v);
        }
        return sizes;
    }

    /** Starts a run with the form's settings; a trained model that is not saved is asked about first. */
    public void start() {
        if (phase.get() == Phase.RUNNING || explorer.stateProperty().get() == ModelState.TRAINING) return;
        explorer.whenUnsavedHandled(this::startRun);
    }

    private void startRun() {
        List<Integer> hiddenSizes;
        TrainingConfig config;
        try {
            hiddenSizes = parseHidden(hidden.get());
            TrainingConfig.Optimizer optimizer = preset.get() == null ? TrainingConfig.Optimizer.ADAM : preset.get().config().optimizer();
            config = new TrainingConfig(optimizer, epochs.get(), batch.get(), learningRate.get(), seed.get());
            if (layerwise.get()) config = config.layerwise(fineTuneEpochs.get());
            if (latent.get() < 1) throw new IllegalArgumentException(Messages.get("train.error.latent"));
        } catch (NumberFormatException e) {
            formError.set(Messages.get("train.error.hidden", hidden.get()));
            return;
        } catch (IllegalArgumentException e) {
            formError.set(e.getMessage());
            return;
        }
        formError.set("");
        clearRun();
        parameters = -1;
        phase.set(Phase.RUNNING);
        cancel.set(false);
        CompletableFuture<Void> ended = new CompletableFuture<>();
        Integer heldOut = holdOutClass.get();
        String runName = (preset.get() != null ? preset.get().name()
                : dataset.get() + "-" + kind.get().id() + "-" + latent.get() + "d") + (heldOut == null ? "" : "-without-" + heldOut);
        explorer.trainingStarting(this::cancel, ended, runName);
        explorer.done(Messages.get("status.training", runName));
        progress.set(-1);
        progressText.set(Messages.get("train.preparing"));
        Integer held = holdOutClass.get();
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
                    1.0, data.name(), data.height(), data.width(), data.classNames());
            if (runConfig.layerwise()) LayerwiseTrainer.check(spec);
            int totalEpochs = runConfig.layerwise() ? LayerwiseTrainer.totalEpochs(spec, runConfig) : runConfig.epochs();
            return service.create(spec, runConfig.seed()).thenCompose(handle -> {
                trainingModel = handle;
                service.parameterCount(handle).thenAccept(count -> UiTasks.fx(() -> {
                    if (!handle.equals(trainingModel)) return;
                    parameters = count;
                    if (modelFacts.get().isEmpty()) modelFacts.set(Messages.get("train.facts.parameters", count));
                }));
                return service.encode(handle, data.test()).thenCompose(codes -> {
                    UiTasks.fx(() -> {
                        explorer.showTrainingModel(handle, data, codes, history);
                        timeline.setAll(codes);
                        applyingEpoch = true;
                        shownEpoch.set(0);
                        applyingEpoch = false;
                    });
                    startNanos = System.nanoTime();
                    return service.train(handle, train, data.test(), runConfig,
                            listener(handle, data, totalEpochs, spec.sparsity()), history);
                });
            });
        }).thenApply(h -> null);
        UiTasks.onFx(run, ok -> {
            finish(Messages.get("train.done", history.epochs().size(), lastTestLoss()), false);
            ended.complete(null);
        }, error -> {
            if (error instanceof TrainingCancelledException && trainingModel != null) {
                finish(Messages.get("train.cancelled", history.epochs().size()), true);
            } else {
                phase.set(trainingModel == null ? Phase.IDLE : Phase.FINISHED);
                progress.set(0);
                progressText.set(Messages.get("train.failed", UiTasks.message(error)));
                explorer.trainingFinished();
                explorer.fail(error);
            }
            ended.complete(null);
        });
    }

    private TrainingObserver listener(ModelHandle handle, ImageDataset data, int totalEpochs, Sparsity sparsity) {
        return new TrainingObserver() {
            @Override public void batchFinished(int epoch, int b, int batches, double value) {
                // Coalesce: the FX thread picks up the latest batch only, however fast batches come.
                if (latestBatch.getAndSet(new double[] {epoch, b, batches, value}) == null) {
                    UiTasks.fx(() -> showBatch(totalEpochs));
                }
            }

            @Override public void epochFinished(TrainingHistory.Epoch e, LatentCodes codes) {
                // Inner stages of a layer-wise run train shallow models; the stacked model is shown as it fills in.
                UiTasks.fx(() -> {
                    trainLoss.add(new LossPoint(e.epoch(), e.trainLoss(), e.stage()));
                    testLoss.add(new LossPoint(e.epoch(), e.testLoss(), e.stage()));
                    if (Double.isFinite(e.discriminatorLoss())) discriminatorLoss.add(new LossPoint(e.epoch(), e.discriminatorLoss(), e.stage()));
                    epochArrived(codes);
                    modelFacts.set(facts(codes, sparsity));
                });
            }

            @Override public boolean cancelRequested() {
                return cancel.get();
            }
        };
    }

    /** Parameter count; for a sparse model also the code units' mean activation against its target. */
    private String facts(LatentCodes codes, Sparsity sparsity) {
        String count = parameters < 0 ? "" : Messages.get("train.facts.parameters", parameters);
        if (sparsity.type() == Sparsity.Type.NONE) return count;
        double sum = 0;
        for (float[] code : codes.codes()) for (float v : code) sum += Math.abs(v);
        double mean = sum / Math.max(1, (double) codes.count() * codes.dimension());
        String activation = sparsity.type() == Sparsity.Type.KL
                ? Messages.get("train.facts.activationTarget", mean, sparsity.target())
                : Messages.get("train.facts.activation", mean);
        return count.isEmpty() ? activation : count + " · " + activation;
    }

    private void showBatch(int totalEpochs) {
        double[] b = latestBatch.getAndSet(null);
        if (b == null || phase.get() != Phase.RUNNING) return;
        int epoch = (int) b[0], batchIndex = (int) b[1], batches = (int) b[2];
        double done = ((epoch - 1) * (double) batches + batchIndex) / ((double) totalEpochs * batches);
        progress.set(done);
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        long eta = done > 0 ? Math.round(elapsed * (1 - done) / done) : -1;
        progressText.set(Messages.get("train.progress", epoch, totalEpochs, batchIndex, batches,
                eta < 0 ? "…" : formatSeconds(eta), String.format(java.util.Locale.ROOT, "%.4f", b[3])));
        if (showBatchLoss.get()) batchLoss.add(new LossPoint(epoch - 1 + batchIndex / (double) batches, b[3]));
    }

    static String formatSeconds(long seconds) {
        return seconds >= 60 ? (seconds / 60) + ":" + String.format("%02d", seconds % 60) : seconds + " s";
    }

    /** A run ended with a model: it waits on the wall to be saved or discarded. A cancelled run keeps its progress. */
    private void finish(String message, boolean cancelled) {
        phase.set(Phase.FINISHED);
        if (!cancelled) progress.set(history.epochs().isEmpty() ? 0 : 1);
        else if (progress.get() < 0) progress.set(0);
        progressText.set(message);
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
        progressText.set(Messages.get("train.cancelling"));
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
