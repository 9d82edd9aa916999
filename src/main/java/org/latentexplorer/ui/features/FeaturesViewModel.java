package org.latentexplorer.ui.features;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.features.FeatureComparison;
import org.latentexplorer.latent.features.LabelBudget;
import org.latentexplorer.latent.features.SoftmaxClassifier;
import org.latentexplorer.training.PretrainedClassifier;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Features window: (1) the model's codes as features for a small classifier against raw pixels and PCA of
 * the pixels, test accuracy by labels per class; (2) unsupervised pretraining, the model's encoder (frozen,
 * fine-tuned) under a softmax head against the same network from scratch, with their loss curves. Both on the
 * model on the wall; fitting on the train split, scoring on the test split.
 */
public final class FeaturesViewModel {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.features.messages");

    /** One budget's line of the table: accuracies in 0..1 (NaN when not measured). */
    public record Row(String labelsPerClass, int labelled, double codes, double pixels, double pca) {}

    private final ExplorerViewModel explorer;
    private final StringProperty budgets = new SimpleStringProperty(this, "budgets", "1,5,10,50,100,all");
    private final IntegerProperty hidden = new SimpleIntegerProperty(this, "hidden", 0);
    private final IntegerProperty seed = new SimpleIntegerProperty(this, "seed", 1);
    private final ReadOnlyObjectWrapper<FeatureComparison.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    private final IntegerProperty pretrainLabels = new SimpleIntegerProperty(this, "pretrainLabels", 10);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", PretrainedClassifier.Config.defaults(1).epochs());
    private final BooleanProperty fineTune = new SimpleBooleanProperty(this, "fineTune", true);
    private final ReadOnlyObjectWrapper<Map<PretrainedClassifier.Variant, List<Double>>> losses =
            new ReadOnlyObjectWrapper<>(this, "losses", Map.of());
    private final ReadOnlyObjectWrapper<PretrainedClassifier.Result> pretrainResult = new ReadOnlyObjectWrapper<>(this, "pretrainResult");

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper modelText = new ReadOnlyStringWrapper(this, "modelText", "");
    private final LatestWins work = new LatestWins();
    private Runnable canceller = () -> {};

    public FeaturesViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        // Results belong to a model: another model (or a training run) makes them stale.
        explorer.modelProperty().addListener((o, a, m) -> modelChanged());
        modelChanged();
    }

    public StringProperty budgetsProperty() { return budgets; }
    public IntegerProperty hiddenProperty() { return hidden; }
    public IntegerProperty seedProperty() { return seed; }
    public ReadOnlyObjectProperty<FeatureComparison.Result> resultProperty() { return result.getReadOnlyProperty(); }
    public ObservableList<Row> rows() { return rows; }
    public IntegerProperty pretrainLabelsProperty() { return pretrainLabels; }
    public IntegerProperty epochsProperty() { return epochs; }
    public BooleanProperty fineTuneProperty() { return fineTune; }
    public ReadOnlyObjectProperty<Map<PretrainedClassifier.Variant, List<Double>>> lossesProperty() { return losses.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<PretrainedClassifier.Result> pretrainResultProperty() { return pretrainResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty modelTextProperty() { return modelText.getReadOnlyProperty(); }

    private void modelChanged() {
        cancel();
        work.invalidate();
        result.set(null);
        rows.clear();
        pretrainResult.set(null);
        losses.set(Map.of());
        ExplorerViewModel.ModelEntry entry = explorer.currentEntryProperty().get();
        ModelHandle handle = explorer.modelProperty().get();
        modelText.set(handle == null ? TEXT.get("model.none")
                : TEXT.get("model", entry == null ? handle.spec().dataset() : entry.name(), handle.spec().latentDim()));
        status.set("");
    }

    /** What a run needs from the explorer, or null (with the reason in the status) when it cannot run. */
    private record Subject(ModelHandle handle, ImageDataset data) {}

    private Subject subject() {
        ModelHandle handle = explorer.modelProperty().get();
        ImageDataset data = explorer.datasetProperty().get();
        if (handle == null || data == null) {
            status.set(TEXT.get("status.noModel"));
            return null;
        }
        if (explorer.trainingProperty().get()) {
            status.set(TEXT.get("status.training"));
            return null;
        }
        if (data.train().count() == 0 || data.test().count() == 0) {
            status.set(TEXT.get("status.noSplits", data.name()));
            return null;
        }
        return new Subject(handle, data);
    }

    /** Trains the three classifiers at every budget, in the background. */
    public void runFeatures() {
        int[] parsed;
        try {
            parsed = LabelBudget.parse(budgets.get());
        } catch (IllegalArgumentException e) {
            status.set(TEXT.get("status.badBudgets", budgets.get()));
            return;
        }
        Subject s = subject();
        if (s == null) return;
        cancel();
        LatestWins.Ticket ticket = work.next();
        result.set(null);
        rows.clear();
        int classes = s.data().classNames().size();
        SoftmaxClassifier.Options options = SoftmaxClassifier.Options.defaults(Math.max(0, hidden.get()), seed.get());
        long started = System.nanoTime();
        java.util.concurrent.atomic.AtomicReference<CompletableFuture<FeatureComparison.Result>> inner = new java.util.concurrent.atomic.AtomicReference<>();
        begin(TEXT.get("status.encoding", s.data().train().count()));
        CompletableFuture<float[][]> trainCodes = explorer.service().encode(s.handle(), s.data().train()).thenApply(c -> c.codes());
        CompletableFuture<float[][]> testCodes = explorer.service().encode(s.handle(), s.data().test()).thenApply(c -> c.codes());
        CompletableFuture<FeatureComparison.Result> run = trainCodes.thenCombine(testCodes, (train, test) -> FeatureComparison.Inputs.of(train, test, s.data().train(), s.data().test(), classes))
                .thenCompose(inputs -> inner.updateAndGet(was -> UiTasks.background(() -> FeatureComparison.run(inputs, parsed, options, seed.get(),
                        (fraction, source, budget) -> ticket.fx(() -> {
                            progress.set(fraction);
                            status.set(TEXT.get("status.fitting", sourceName(source),
                                    budget < 0 ? "" : LabelBudget.name(parsed[budget]), percent(fraction), eta(started, fraction)));
                        })))));
        // Cancelling the composed future would not reach the worker: cancel the background task itself.
        canceller = () -> {
            run.cancel(false);
            CompletableFuture<?> task = inner.get();
            if (task != null) task.cancel(true);
        };
        ticket.onFx(run, r -> {
            result.set(r);
            List<Row> table = new ArrayList<>();
            for (int b = 0; b < r.budgets().length; b++) {
                table.add(new Row(LabelBudget.name(r.budgets()[b]), r.labelled()[b], r.curve(FeatureComparison.Source.CODES).accuracy()[b],
                        r.curve(FeatureComparison.Source.PIXELS).accuracy()[b], r.curve(FeatureComparison.Source.PCA).accuracy()[b]));
            }
            rows.setAll(table);
            end(TEXT.get("status.featuresDone", seconds(started), r.testCount()));
        }, error -> end(isCancellation(error) ? TEXT.get("status.cancelled") : TEXT.get("status.failed", UiTasks.message(error))));
    }

    /** Trains the pretrained (frozen, fine-tuned) and the from-scratch classifier on the engine thread. */
    public void runPretraining() {
        Subject s = subject();
        if (s == null) return;
        cancel();
        LatestWins.Ticket ticket = work.next();
        pretrainResult.set(null);
        losses.set(Map.of());
        int classes = s.data().classNames().size();
        int[] labelled = LabelBudget.draw(s.data().train().labels(), classes, Math.max(1, pretrainLabels.get()), seed.get());
        PretrainedClassifier.Config defaults = PretrainedClassifier.Config.defaults(seed.get());
        PretrainedClassifier.Config config = new PretrainedClassifier.Config(Math.max(1, epochs.get()), defaults.batch(),
                defaults.learningRate(), fineTune.get(), seed.get());
        int runsCount = config.fineTune() ? 3 : 2;
        AtomicBoolean stop = new AtomicBoolean();
        long started = System.nanoTime();
        begin(TEXT.get("status.pretraining", labelled.length));
        int[] finished = {0};
        CompletableFuture<PretrainedClassifier.Result> run = explorer.service().pretrain(s.handle(), s.data().train(), labelled,
                s.data().test(), classes, config, new PretrainedClassifier.Listener() {
                    @Override public void epochFinished(PretrainedClassifier.Variant variant, int epoch, int total, double loss) {
                        ticket.fx(() -> {
                            Map<PretrainedClassifier.Variant, List<Double>> next = new EnumMap<>(PretrainedClassifier.Variant.class);
                            next.putAll(losses.get());
                            List<Double> curve = new ArrayList<>(next.getOrDefault(variant, List.of()));
                            curve.add(loss);
                            next.put(variant, List.copyOf(curve));
                            losses.set(next);
                            double fraction = (++finished[0]) / (double) (runsCount * total);
                            progress.set(fraction);
                            status.set(TEXT.get("status.pretrainEpoch", variantName(variant), epoch, total, percent(fraction), eta(started, fraction)));
                        });
                    }

                    @Override public boolean cancelRequested() {
                        return stop.get();
                    }
                });
        canceller = () -> stop.set(true);
        ticket.onFx(run, r -> {
            pretrainResult.set(r);
            end(TEXT.get("status.pretrainDone", seconds(started), r.labelled(), r.testCount()));
        }, error -> end(isCancellation(error) ? TEXT.get("status.cancelled") : TEXT.get("status.failed", UiTasks.message(error))));
    }

    /** Stops the running job (between batches); its partial results are dropped. */
    public void cancel() {
        Runnable c = canceller;
        canceller = () -> {};
        c.run();
        if (running.get()) {
            work.invalidate();
            end(TEXT.get("status.cancelled"));
        }
    }

    private void begin(String text) {
        running.set(true);
        progress.set(0);
        status.set(text);
    }

    private void end(String text) {
        running.set(false);
        progress.set(1);
        canceller = () -> {};
        status.set(text);
    }

    private static boolean isCancellation(Throwable error) {
        return UiTasks.unwrap(error) instanceof java.util.concurrent.CancellationException;
    }

    static String sourceName(FeatureComparison.Source source) {
        return switch (source) {
            case CODES -> TEXT.get("source.codes");
            case PIXELS -> TEXT.get("source.pixels");
            case PCA -> TEXT.get("source.pca");
        };
    }

    static String variantName(PretrainedClassifier.Variant variant) {
        return switch (variant) {
            case FROZEN -> TEXT.get("variant.frozen");
            case FINE_TUNED -> TEXT.get("variant.fineTuned");
            case SCRATCH -> TEXT.get("variant.scratch");
        };
    }

    static String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * fraction);
    }

    private static String seconds(long started) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9);
    }

    /** "about 12 s left", once a tenth is done (earlier guesses mislead). */
    private static String eta(long started, double fraction) {
        if (fraction < 0.1 || fraction >= 1) return "";
        double elapsed = (System.nanoTime() - started) / 1e9;
        return TEXT.get("status.eta", Math.max(1, Math.round(elapsed / fraction - elapsed)));
    }
}
