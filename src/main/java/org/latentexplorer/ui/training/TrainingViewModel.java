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
import org.latentexplorer.engine.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.model.Activation;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.TrainingCancelledException;
import org.latentexplorer.training.Preset;
import org.latentexplorer.training.Presets;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.training.TrainingListener;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** One point of the loss chart. */
    public record LossPoint(double x, double loss) {}

    private final ExplorerViewModel explorer;
    private final ModelService service;

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

    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(this, "phase", Phase.IDLE);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final StringProperty progressText = new SimpleStringProperty(this, "progressText", "");
    private final ObservableList<LossPoint> trainLoss = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> testLoss = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> batchLoss = FXCollections.observableArrayList();
    private final BooleanProperty showBatchLoss = new SimpleBooleanProperty(this, "showBatchLoss", false);
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");

    private final AtomicBoolean cancel = new AtomicBoolean();
    private final AtomicReference<double[]> latestBatch = new AtomicReference<>();
    private ModelHandle trainingModel;
    private TrainingHistory history;
    private ModelHandle previousModel;
    private long startNanos;

    public TrainingViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.service = explorer.service();
        preset.addListener((o, old, p) -> applyPreset(p));
    }

    /** Fills the form with the recipe's settings; its architecture then comes from the recipe itself. */
    private void applyPreset(Preset p) {
        if (p == null) {
            presetExplanation.set("");
            return;
        }
        presetExplanation.set(p.summary() + "\n\n" + p.explanation());
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

    private static org.latentexplorer.data.ImageSet emptySet() {
        return new org.latentexplorer.data.ImageSet(new byte[0], new int[0], 28, 28);
    }

    public List<Preset> presets() {
        return Presets.all();
    }

    public ObservableList<String> datasets() { return datasets; }
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
    public ReadOnlyObjectProperty<Phase> phaseProperty() { return phase; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty progressTextProperty() { return progressText; }
    public ObservableList<LossPoint> trainLoss() { return trainLoss; }
    public ObservableList<LossPoint> testLoss() { return testLoss; }
    public ObservableList<LossPoint> batchLoss() { return batchLoss; }
    public BooleanProperty showBatchLossProperty() { return showBatchLoss; }
    public ReadOnlyStringProperty formErrorProperty() { return formError; }

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

    public void start() {
        if (phase.get() == Phase.RUNNING) return;
        if (phase.get() == Phase.FINISHED) discard();
        List<Integer> hiddenSizes;
        TrainingConfig config;
        try {
            hiddenSizes = parseHidden(hidden.get());
            TrainingConfig.Optimizer optimizer = preset.get() == null ? TrainingConfig.Optimizer.ADAM : preset.get().config().optimizer();
            config = new TrainingConfig(optimizer, epochs.get(), batch.get(), learningRate.get(), seed.get());
            if (latent.get() < 1) throw new IllegalArgumentException(Messages.get("train.error.latent"));
        } catch (NumberFormatException e) {
            formError.set(Messages.get("train.error.hidden", hidden.get()));
            return;
        } catch (IllegalArgumentException e) {
            formError.set(e.getMessage());
            return;
        }
        formError.set("");
        phase.set(Phase.RUNNING);
        explorer.trainingProperty().set(true);
        trainLoss.clear();
        testLoss.clear();
        batchLoss.clear();
        cancel.set(false);
        progress.set(-1);
        progressText.set(Messages.get("train.preparing"));
        previousModel = explorer.modelProperty().get();
        history = new TrainingHistory();
        history.setSettings(config.describe());
        String datasetName = dataset.get();
        Preset recipe = preset.get();
        CompletableFuture<Void> run = explorer.datasetFor(datasetName).thenCompose(data -> {
            ModelSpec spec = recipe != null ? recipe.specFor(data) : new ModelSpec(kind.get(), latent.get(), hiddenSizes, Activation.RELU, loss.get(),
                    loss.get() == ReconstructionLoss.BCE ? ReconstructionLoss.Reduction.SUM : ReconstructionLoss.Reduction.MEAN,
                    1.0, data.name(), data.height(), data.width(), data.classNames());
            return service.create(spec, config.seed()).thenCompose(handle -> {
                trainingModel = handle;
                return service.encode(handle, data.test()).thenCompose(codes -> {
                    UiTasks.fx(() -> explorer.show(handle, data, codes, history));
                    startNanos = System.nanoTime();
                    return service.train(handle, data.train(), data.test(), config, listener(handle, data, config), history);
                });
            });
        }).thenApply(h -> null);
        UiTasks.onFx(run, ok -> finish(Messages.get("train.done", history.epochs().size(), lastTestLoss())), error -> {
            if (error instanceof TrainingCancelledException && trainingModel != null) {
                finish(Messages.get("train.cancelled", history.epochs().size()));
            } else {
                phase.set(trainingModel == null ? Phase.IDLE : Phase.FINISHED);
                explorer.trainingProperty().set(false);
                progress.set(0);
                progressText.set(Messages.get("train.failed", UiTasks.message(error)));
                explorer.fail(error);
            }
        });
    }

    private TrainingListener listener(ModelHandle handle, ImageDataset data, TrainingConfig config) {
        return new TrainingListener() {
            @Override public void batchFinished(int epoch, int b, int batches, double value) {
                // Coalesce: the FX thread picks up the latest batch only, however fast batches come.
                if (latestBatch.getAndSet(new double[] {epoch, b, batches, value}) == null) {
                    UiTasks.fx(() -> showBatch(config));
                }
            }

            @Override public void epochFinished(TrainingHistory.Epoch e) {
                LatentCodes codes = service.encodeOnEngineThread(handle, data.test());
                UiTasks.fx(() -> {
                    trainLoss.add(new LossPoint(e.epoch(), e.trainLoss()));
                    testLoss.add(new LossPoint(e.epoch(), e.testLoss()));
                    if (handle.equals(explorer.modelProperty().get())) explorer.showCodes(codes, false);
                });
            }

            @Override public boolean cancelRequested() {
                return cancel.get();
            }
        };
    }

    private void showBatch(TrainingConfig config) {
        double[] b = latestBatch.getAndSet(null);
        if (b == null || phase.get() != Phase.RUNNING) return;
        int epoch = (int) b[0], batchIndex = (int) b[1], batches = (int) b[2];
        double done = ((epoch - 1) * (double) batches + batchIndex) / ((double) config.epochs() * batches);
        progress.set(done);
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        long eta = done > 0 ? Math.round(elapsed * (1 - done) / done) : -1;
        progressText.set(Messages.get("train.progress", epoch, config.epochs(), batchIndex, batches,
                eta < 0 ? "…" : formatSeconds(eta), String.format(java.util.Locale.ROOT, "%.4f", b[3])));
        if (showBatchLoss.get()) batchLoss.add(new LossPoint(epoch - 1 + batchIndex / (double) batches, b[3]));
    }

    static String formatSeconds(long seconds) {
        return seconds >= 60 ? (seconds / 60) + ":" + String.format("%02d", seconds % 60) : seconds + " s";
    }

    private void finish(String message) {
        phase.set(Phase.FINISHED);
        explorer.trainingProperty().set(false);
        progress.set(history.epochs().isEmpty() ? 0 : 1);
        progressText.set(message);
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
        ModelHandle handle = trainingModel;
        if (handle == null) return;
        explorer.begin(Messages.get("status.saving", file));
        UiTasks.onFx(service.save(handle, history, file), ok -> {
            explorer.done(Messages.get("status.saved", file));
            explorer.adoptSaved(file);
            if (previousModel != null && !previousModel.equals(handle)) service.release(previousModel);
            trainingModel = null;
            previousModel = null;
            phase.set(Phase.IDLE);
        }, explorer::fail);
    }

    /** Throws the trained model away and shows the model from before training again. */
    public void discard() {
        ModelHandle handle = trainingModel;
        trainingModel = null;
        phase.set(Phase.IDLE);
        progress.set(0);
        progressText.set("");
        if (handle != null) {
            service.release(handle);
            if (previousModel != null) service.release(previousModel);
            previousModel = null;
            explorer.reopenCurrent();
        }
    }
}
