package org.latentexplorer.ui.explorer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentexplorer.data.Assets;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelEngine;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.model.ModelCatalog;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.ModelTexts;
import org.latentexplorer.ui.common.UiTasks;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The life cycle of the model on the wall ({@link ModelState}): open, train, save, discard, close. Every path
 * that replaces or releases the wall's model goes through here; the wall itself (what is shown) is the
 * explorer's, which this drives through {@link ExplorerViewModel#show} and {@link ExplorerViewModel#clearWall}.
 */
final class ModelLifecycle {
    private final ExplorerViewModel explorer;
    private final ModelEngine service;
    private final LatestWins loads = new LatestWins();
    private final ObservableList<ExplorerViewModel.ModelEntry> models = FXCollections.observableArrayList();
    /** The bundle shown on the wall; null while the wall shows a model trained here and not saved. */
    private final ReadOnlyObjectWrapper<ExplorerViewModel.ModelEntry> currentEntry = new ReadOnlyObjectWrapper<>(this, "currentEntry");
    /** The bundle the user last opened: Discard goes back to it. */
    private ExplorerViewModel.ModelEntry lastOpened;
    private final ReadOnlyObjectWrapper<ModelState> state = new ReadOnlyObjectWrapper<>(this, "state", ModelState.EMPTY);
    private final BooleanBinding training = state.isEqualTo(ModelState.TRAINING);
    private UnsavedModelPrompt unsavedPrompt = name -> CompletableFuture.completedFuture(UnsavedModelPrompt.Choice.cancel());
    /** Stops the running training; set by the training panel while a run goes. */
    private Runnable trainingCanceller = () -> {};
    private CompletableFuture<Void> trainingEnded = CompletableFuture.completedFuture(null);
    private ModelState stateBeforeLoading = ModelState.EMPTY;
    /** The entry of the load in flight, if any. */
    private ExplorerViewModel.ModelEntry loadingEntry;
    private ModelState stateBeforeTraining = ModelState.EMPTY;
    /** What the running (or last) run made, as a file name without extension, e.g. "vae-mlp-2d". */
    private String trainedName = "model";
    /** The model the running (or last) run trains; null before the run has one. */
    private ModelHandle trainedModel;
    /**
     * How a bundle is opened: the engine's {@link ModelEngine#open}, unless the explorer answers a failed open
     * (a moved dataset) itself; set by {@link ExplorerViewModel#setOpener}.
     */
    private Function<Path, CompletableFuture<ModelEngine.Opened>> opener;

    ModelLifecycle(ExplorerViewModel explorer, ModelEngine service) {
        this.explorer = explorer;
        this.service = service;
        this.opener = service::open;
    }

    ObservableList<ExplorerViewModel.ModelEntry> models() { return models; }
    ReadOnlyObjectProperty<ExplorerViewModel.ModelEntry> currentEntryProperty() { return currentEntry.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<ModelState> stateProperty() { return state.getReadOnlyProperty(); }
    BooleanBinding trainingProperty() { return training; }

    void setUnsavedPrompt(UnsavedModelPrompt prompt) {
        unsavedPrompt = prompt;
    }

    void setOpener(Function<Path, CompletableFuture<ModelEngine.Opened>> open) {
        opener = open;
    }

    // --- opening models -------------------------------------------------------------------------------

    void start(Path file) {
        Path folder = Assets.root().map(r -> r.resolve("models")).orElse(null);
        if (folder == null && file == null) {
            explorer.fail(new IllegalStateException(Messages.get("error.noAssets")));
            return;
        }
        if (folder != null) for (Path bundled : ModelCatalog.list(folder)) models.add(new ExplorerViewModel.ModelEntry(ModelCatalog.displayName(bundled), bundled));
        if (file != null) {
            open(entryFor(file));
            return;
        }
        ExplorerViewModel.ModelEntry first = models.stream().filter(m -> m.file().getFileName().toString().equals(ModelCatalog.DEFAULT_MODEL))
                .findFirst().orElse(models.isEmpty() ? null : models.get(0));
        if (first == null) {
            explorer.fail(new IllegalStateException(Messages.get("error.noModels", folder)));
            return;
        }
        open(first);
    }

    void open(ExplorerViewModel.ModelEntry entry) {
        if (entry == null || state.get() == ModelState.TRAINING) return;
        if (entry.equals(currentEntry.get()) && explorer.modelProperty().get() != null && state.get() != ModelState.LOADING) return;
        if (entry.equals(loadingEntry) && state.get() == ModelState.LOADING) return; // asked twice: one load is enough
        whenUnsavedHandled(() -> load(entry));
    }

    void reopenCurrent() {
        if (lastOpened != null && state.get() != ModelState.TRAINING) whenUnsavedHandled(() -> load(lastOpened));
    }

    ExplorerViewModel.ModelEntry entryFor(Path file) {
        return models.stream().filter(m -> m.file().equals(file)).findFirst().orElseGet(() -> {
            ExplorerViewModel.ModelEntry added = new ExplorerViewModel.ModelEntry(ModelCatalog.displayName(file), file);
            models.add(added);
            return added;
        });
    }

    /** Reads, encodes and shows {@code entry}; a newer load makes this one stale (its model is released). */
    private void load(ExplorerViewModel.ModelEntry entry) {
        LatestWins.Ticket ticket = loads.next();
        loadingEntry = entry;
        ModelState before = settledState();
        stateBeforeLoading = before;
        state.set(ModelState.LOADING);
        explorer.begin(Messages.get("status.loading", entry.name()));
        CompletableFuture<ModelEngine.Opened> opened = opener.apply(entry.file());
        opened.thenAccept(o -> UiTasks.fx(() -> {
            if (!ticket.isCurrent()) service.release(o.handle());
        }));
        ticket.onFx(opened, o -> {
            ModelHandle old = explorer.modelProperty().get();
            lastOpened = entry;
            currentEntry.set(entry);
            state.set(ModelState.READY);
            explorer.show(o.handle(), o.dataset(), o.codes(), o.history());
            if (old != null) service.release(old);
            explorer.done(Messages.get("status.loaded", entry.name(), ModelTexts.describe(o.handle().spec()), o.codes().count()));
        }, error -> {
            state.set(explorer.modelProperty().get() == null ? ModelState.EMPTY : before);
            explorer.fail(error);
        });
    }

    /** The state to come back to: while a load is in flight, the one from before it. */
    private ModelState settledState() {
        return state.get() == ModelState.LOADING ? stateBeforeLoading : state.get();
    }

    // --- the life cycle of a trained model ------------------------------------------------------------

    void whenUnsavedHandled(Runnable proceed) {
        if (state.get() != ModelState.TRAINED_UNSAVED) {
            proceed.run();
            return;
        }
        unsavedPrompt.ask(suggestedFileName()).thenAccept(choice -> UiTasks.fx(() -> {
            switch (choice.kind()) {
                case SAVE -> saveCurrent(choice.file()).thenAccept(ok -> UiTasks.fx(proceed));
                case DISCARD -> {
                    releaseTrained();
                    proceed.run();
                }
                case CANCEL -> { }
            }
        }));
    }

    String suggestedFileName() {
        return trainedName + "-trained.zip";
    }

    void trainingStarting(Runnable canceller, CompletableFuture<?> run, String runName) {
        loads.invalidate();
        trainedName = runName;
        stateBeforeTraining = settledState();
        state.set(ModelState.TRAINING);
        trainingCanceller = canceller;
        trainingEnded = run.handle((v, e) -> null);
        explorer.followProperty().set(true);
    }

    void showTrainingModel(ModelHandle handle, ImageDataset data, LatentCodes first, TrainingHistory runHistory) {
        if (state.get() != ModelState.TRAINING) {
            service.release(handle);
            return;
        }
        ModelHandle old = explorer.modelProperty().get();
        trainedModel = handle;
        currentEntry.set(null);
        explorer.show(handle, data, first, runHistory);
        if (old != null && !old.equals(handle)) service.release(old);
    }

    void trainingFinished() {
        trainingCanceller = () -> {};
        if (state.get() != ModelState.TRAINING) return;
        ModelHandle shown = explorer.modelProperty().get();
        boolean ownModel = trainedModel != null && trainedModel.equals(shown);
        state.set(ownModel ? ModelState.TRAINED_UNSAVED : shown == null ? ModelState.EMPTY
                : stateBeforeTraining == ModelState.TRAINED_UNSAVED ? ModelState.TRAINED_UNSAVED : ModelState.READY);
    }

    CompletableFuture<Void> saveCurrent(Path file) {
        ModelHandle handle = explorer.modelProperty().get();
        CompletableFuture<Void> saved = new CompletableFuture<>();
        if (handle == null || state.get() == ModelState.TRAINING) {
            saved.completeExceptionally(new IllegalStateException(Messages.get("error.nothingToSave")));
            return saved;
        }
        explorer.begin(Messages.get("status.saving", file));
        UiTasks.onFx(service.save(handle, explorer.historyProperty().get(), file), ok -> {
            explorer.done(Messages.get("status.saved", file));
            if (handle.equals(explorer.modelProperty().get())) {
                ExplorerViewModel.ModelEntry entry = entryFor(file);
                currentEntry.set(entry);
                lastOpened = entry;
                state.set(ModelState.READY);
            }
            saved.complete(null);
        }, error -> {
            explorer.fail(error);
            saved.completeExceptionally(error);
        });
        return saved;
    }

    void discardTrained() {
        if (state.get() != ModelState.TRAINED_UNSAVED) return;
        releaseTrained();
        if (lastOpened != null) load(lastOpened);
    }

    private void releaseTrained() {
        ModelHandle handle = explorer.modelProperty().get();
        state.set(ModelState.EMPTY);
        explorer.clearWall();
        if (handle != null) service.release(handle);
    }

    CompletableFuture<Boolean> requestClose() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        trainingCanceller.run();
        trainingEnded.whenComplete((v, e) -> UiTasks.fx(() -> {
            if (state.get() != ModelState.TRAINED_UNSAVED) {
                answer.complete(true);
                return;
            }
            unsavedPrompt.ask(suggestedFileName()).thenAccept(choice -> UiTasks.fx(() -> {
                switch (choice.kind()) {
                    case SAVE -> saveCurrent(choice.file()).whenComplete((ok, error) -> answer.complete(error == null));
                    case DISCARD -> {
                        releaseTrained();
                        answer.complete(true);
                    }
                    case CANCEL -> answer.complete(false);
                }
            }));
        }));
        return answer;
    }
}
