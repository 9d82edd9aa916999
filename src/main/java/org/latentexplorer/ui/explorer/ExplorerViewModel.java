package org.latentexplorer.ui.explorer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.latentexplorer.data.Assets;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.LatentCodes;
import org.latentexplorer.engine.LiveDecoder;
import org.latentexplorer.engine.ModelEngine;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelReleasedException;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Projections;
import org.latentexplorer.model.ModelCatalog;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.WallMarker;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallScenes;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The explorer's state and commands: which model and dataset are shown, the wall's scene, the probed
 * coordinate and its decode, the selected point. Holds properties only; views bind to them.
 */
public final class ExplorerViewModel {
    /** A model as the picker lists it. */
    public record ModelEntry(String name, Path file) {
        @Override public String toString() { return name; }
    }

    private final ModelEngine service;
    private final LiveDecoder liveDecoder;
    private final LatestWins loads = new LatestWins();

    private final ObservableList<ModelEntry> models = FXCollections.observableArrayList();
    /** The bundle shown on the wall; null while the wall shows a model trained here and not saved. */
    private final ReadOnlyObjectWrapper<ModelEntry> currentEntry = new ReadOnlyObjectWrapper<>(this, "currentEntry");
    /** The bundle the user last opened: Discard goes back to it. */
    private ModelEntry lastOpened;
    private final ReadOnlyObjectWrapper<ModelState> state = new ReadOnlyObjectWrapper<>(this, "state", ModelState.EMPTY);
    private final BooleanBinding training = state.isEqualTo(ModelState.TRAINING);
    private final ReadOnlyObjectWrapper<ModelHandle> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<ImageDataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<LatentCodes> codes = new ReadOnlyObjectWrapper<>(this, "codes");
    private final ReadOnlyObjectWrapper<TrainingHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ObjectProperty<WallScene> wallScene = new SimpleObjectProperty<>(this, "wallScene");
    private final ReadOnlyObjectWrapper<Projection> projection = new ReadOnlyObjectWrapper<>(this, "projection");
    private final ObjectProperty<Terrain> terrain = new SimpleObjectProperty<>(this, "terrain");
    /** The latent box the 2-D wall shows: {x0, x1, y0, y1}, set by the view as the user zooms and pans. */
    private final ReadOnlyObjectWrapper<double[]> visibleRegion = new ReadOnlyObjectWrapper<>(this, "visibleRegion");
    private final ReadOnlyObjectWrapper<Image> decodedImage = new ReadOnlyObjectWrapper<>(this, "decodedImage");
    private final ReadOnlyStringWrapper decodedCaption = new ReadOnlyStringWrapper(this, "decodedCaption", "");
    private final ReadOnlyObjectWrapper<Image> selectedOriginal = new ReadOnlyObjectWrapper<>(this, "selectedOriginal");
    private final ReadOnlyObjectWrapper<Image> selectedReconstruction = new ReadOnlyObjectWrapper<>(this, "selectedReconstruction");
    private final ReadOnlyStringWrapper selectedCaption = new ReadOnlyStringWrapper(this, "selectedCaption", "");
    private final ReadOnlyStringWrapper pointerText = new ReadOnlyStringWrapper(this, "pointerText", "");
    private final StatusLine statusLine = new StatusLine();
    /** While training, the wall fits itself to the map after every epoch, until the user zooms or pans. */
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final WallClaims wallClaims = new WallClaims();
    private UnsavedModelPrompt unsavedPrompt = name -> CompletableFuture.completedFuture(UnsavedModelPrompt.Choice.cancel());
    /** Stops the running training; set by the training panel while a run goes. */
    private Runnable trainingCanceller = () -> {};
    private CompletableFuture<Void> trainingEnded = CompletableFuture.completedFuture(null);

    public ExplorerViewModel(ModelEngine service) {
        this.service = service;
        this.liveDecoder = new LiveDecoder(service, (code, pixels) -> UiTasks.fx(() -> showDecoded(code, pixels)),
                error -> UiTasks.fx(() -> failUnlessStale(error)));
        // View state belongs to a model: whatever a tool armed on the wall ends when the model changes.
        model.addListener((o, a, b) -> {
            wallClaims.endAll();
            pointerText.set("");
        });
    }

    // --- properties -----------------------------------------------------------------------------------

    public ObservableList<ModelEntry> models() { return models; }
    public ReadOnlyObjectProperty<ModelEntry> currentEntryProperty() { return currentEntry.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ModelState> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ModelHandle> modelProperty() { return model.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ImageDataset> datasetProperty() { return dataset.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LatentCodes> codesProperty() { return codes.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TrainingHistory> historyProperty() { return history.getReadOnlyProperty(); }
    public ObjectProperty<WallScene> wallSceneProperty() { return wallScene; }
    public ReadOnlyObjectProperty<Projection> projectionProperty() { return projection.getReadOnlyProperty(); }
    public ObjectProperty<Terrain> terrainProperty() { return terrain; }
    public ReadOnlyObjectProperty<double[]> visibleRegionProperty() { return visibleRegion.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> decodedImageProperty() { return decodedImage.getReadOnlyProperty(); }
    public ReadOnlyStringProperty decodedCaptionProperty() { return decodedCaption.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> selectedOriginalProperty() { return selectedOriginal.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> selectedReconstructionProperty() { return selectedReconstruction.getReadOnlyProperty(); }
    public ReadOnlyStringProperty selectedCaptionProperty() { return selectedCaption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pointerTextProperty() { return pointerText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return statusLine.textProperty(); }
    public ReadOnlyBooleanProperty statusIsErrorProperty() { return statusLine.isErrorProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return statusLine.busyProperty(); }
    public DoubleProperty progressProperty() { return statusLine.progressProperty(); }
    /** True while a run trains the model on the wall; opening another model waits for it. */
    public BooleanBinding trainingProperty() { return training; }
    public BooleanProperty followProperty() { return follow; }
    public ModelEngine service() { return service; }
    public WallClaims wallClaims() { return wallClaims; }

    /** How the view asks what to do with an unsaved trained model (a dialog). */
    public void setUnsavedPrompt(UnsavedModelPrompt prompt) {
        unsavedPrompt = prompt;
    }

    // --- opening models -------------------------------------------------------------------------------

    /** Lists the bundled models and opens the default one. */
    public void start() {
        start(null);
    }

    /** Runs {@code action} once, after the first model is on the wall. */
    public void whenShown(Runnable action) {
        if (wallScene.get() != null) {
            action.run();
            return;
        }
        // One listener for all waiting actions: two listeners that each remove themselves on the same change
        // trip JavaFX's listener list.
        if (whenShown.isEmpty()) {
            wallScene.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override public void changed(javafx.beans.value.ObservableValue<? extends WallScene> o, WallScene a, WallScene b) {
                    if (b == null) return;
                    wallScene.removeListener(this);
                    java.util.List<Runnable> due = java.util.List.copyOf(whenShown);
                    whenShown.clear();
                    due.forEach(Runnable::run);
                }
            });
        }
        whenShown.add(action);
    }

    private final java.util.List<Runnable> whenShown = new java.util.ArrayList<>();

    /** Lists the bundled models and opens {@code file}, or the default model when it is null. */
    public void start(Path file) {
        Path folder = Assets.root().map(r -> r.resolve("models")).orElse(null);
        if (folder == null && file == null) {
            fail(new IllegalStateException(Messages.get("error.noAssets")));
            return;
        }
        if (folder != null) for (Path bundled : ModelCatalog.list(folder)) models.add(new ModelEntry(ModelCatalog.displayName(bundled), bundled));
        if (file != null) {
            openFile(file);
            return;
        }
        ModelEntry first = models.stream().filter(m -> m.file().getFileName().toString().equals(ModelCatalog.DEFAULT_MODEL))
                .findFirst().orElse(models.isEmpty() ? null : models.get(0));
        if (first == null) {
            fail(new IllegalStateException(Messages.get("error.noModels", folder)));
            return;
        }
        open(first);
    }

    /** Opens a bundle chosen by the user (not necessarily in the catalog). */
    public void openFile(Path file) {
        open(entryFor(file));
    }

    /** Opens {@code entry} unless it is already on the wall; asks first if a trained model is not saved. */
    public void open(ModelEntry entry) {
        if (entry == null || state.get() == ModelState.TRAINING) return;
        if (entry.equals(currentEntry.get()) && model.get() != null && state.get() != ModelState.LOADING) return;
        if (entry.equals(loadingEntry) && state.get() == ModelState.LOADING) return; // asked twice: one load is enough
        whenUnsavedHandled(() -> load(entry));
    }

    /** Shows the last opened bundle again (after a trained model was discarded, or to reset the view). */
    public void reopenCurrent() {
        if (lastOpened != null && state.get() != ModelState.TRAINING) whenUnsavedHandled(() -> load(lastOpened));
    }

    private ModelEntry entryFor(Path file) {
        return models.stream().filter(m -> m.file().equals(file)).findFirst().orElseGet(() -> {
            ModelEntry added = new ModelEntry(ModelCatalog.displayName(file), file);
            models.add(added);
            return added;
        });
    }

    /** Reads, encodes and shows {@code entry}; a newer load makes this one stale (its model is released). */
    private void load(ModelEntry entry) {
        LatestWins.Ticket ticket = loads.next();
        loadingEntry = entry;
        ModelState before = settledState();
        stateBeforeLoading = before;
        state.set(ModelState.LOADING);
        begin(Messages.get("status.loading", entry.name()));
        CompletableFuture<ModelEngine.Opened> opened = service.open(entry.file());
        opened.thenAccept(o -> UiTasks.fx(() -> {
            if (!ticket.isCurrent()) service.release(o.handle());
        }));
        ticket.onFx(opened, o -> {
            ModelHandle old = model.get();
            lastOpened = entry;
            currentEntry.set(entry);
            state.set(ModelState.READY);
            show(o.handle(), o.dataset(), o.codes(), o.history());
            if (old != null) service.release(old);
            done(Messages.get("status.loaded", entry.name(), org.latentexplorer.ui.common.ModelTexts.describe(o.handle().spec()), o.codes().count()));
        }, error -> {
            state.set(model.get() == null ? ModelState.EMPTY : before);
            fail(error);
        });
    }

    private ModelState stateBeforeLoading = ModelState.EMPTY;

    /** The state to come back to: while a load is in flight, the one from before it. */
    private ModelState settledState() {
        return state.get() == ModelState.LOADING ? stateBeforeLoading : state.get();
    }
    /** The entry of the load in flight, if any. */
    private ModelEntry loadingEntry;

    /** The named bundled dataset (or folder), loaded once in the background. */
    public CompletableFuture<ImageDataset> datasetFor(String name) {
        return service.dataset(name);
    }

    // --- the life cycle of a trained model ------------------------------------------------------------

    /**
     * Runs {@code proceed} once nothing unsaved stands in the way: at once if the wall's model is saved, else
     * after the user chose to save it (and the save succeeded) or to discard it. Cancel runs nothing.
     */
    public void whenUnsavedHandled(Runnable proceed) {
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

    /** A file name for saving the wall's trained model: what its run made, never another file's name. */
    public String suggestedFileName() {
        return trainedName + "-trained.zip";
    }

    /**
     * A run starts: the wall is the run's from now on (loads are stale, the picker waits), though the model
     * shown stays until the run's own is ready. The caller has dealt with an unsaved model already.
     */
    public void trainingStarting(Runnable canceller, CompletableFuture<?> run, String runName) {
        loads.invalidate();
        trainedName = runName;
        stateBeforeTraining = settledState();
        state.set(ModelState.TRAINING);
        trainingCanceller = canceller;
        trainingEnded = run.handle((v, e) -> null);
        follow.set(true);
    }

    private ModelState stateBeforeTraining = ModelState.EMPTY;
    /** What the running (or last) run made, as a file name without extension, e.g. "vae-mlp-2d". */
    private String trainedName = "model";
    /** The model the running (or last) run trains; null before the run has one. */
    private ModelHandle trainedModel;

    /** The run's new model replaces the wall's, which is released. */
    public void showTrainingModel(ModelHandle handle, ImageDataset data, LatentCodes first, TrainingHistory runHistory) {
        if (state.get() != ModelState.TRAINING) {
            service.release(handle);
            return;
        }
        ModelHandle old = model.get();
        trainedModel = handle;
        currentEntry.set(null);
        show(handle, data, first, runHistory);
        if (old != null && !old.equals(handle)) service.release(old);
    }

    /**
     * The run ended (finished, cancelled or failed). With its model on the wall, that model waits to be saved
     * or discarded; without one, the model from before is still there.
     */
    public void trainingFinished() {
        trainingCanceller = () -> {};
        if (state.get() != ModelState.TRAINING) return;
        boolean ownModel = trainedModel != null && trainedModel.equals(model.get());
        state.set(ownModel ? ModelState.TRAINED_UNSAVED : model.get() == null ? ModelState.EMPTY
                : stateBeforeTraining == ModelState.TRAINED_UNSAVED ? ModelState.TRAINED_UNSAVED : ModelState.READY);
    }

    /** Saves the wall's model to {@code file}; it stays on the wall and becomes that file's entry in the picker. */
    public CompletableFuture<Void> saveCurrent(Path file) {
        ModelHandle handle = model.get();
        CompletableFuture<Void> saved = new CompletableFuture<>();
        if (handle == null || state.get() == ModelState.TRAINING) {
            saved.completeExceptionally(new IllegalStateException(Messages.get("error.nothingToSave")));
            return saved;
        }
        begin(Messages.get("status.saving", file));
        UiTasks.onFx(service.save(handle, history.get(), file), ok -> {
            done(Messages.get("status.saved", file));
            if (handle.equals(model.get())) {
                ModelEntry entry = entryFor(file);
                currentEntry.set(entry);
                lastOpened = entry;
                state.set(ModelState.READY);
            }
            saved.complete(null);
        }, error -> {
            fail(error);
            saved.completeExceptionally(error);
        });
        return saved;
    }

    /** Throws the trained model away and shows the last opened bundle again. */
    public void discardTrained() {
        if (state.get() != ModelState.TRAINED_UNSAVED) return;
        releaseTrained();
        if (lastOpened != null) load(lastOpened);
    }

    private void releaseTrained() {
        ModelHandle handle = model.get();
        state.set(ModelState.EMPTY);
        clearWall();
        if (handle != null) service.release(handle);
    }

    /** Empties the wall (its model is about to be released): nothing shown may refer to it afterwards. */
    private void clearWall() {
        model.set(null);
        codes.set(null);
        projection.set(null);
        wallScene.set(null);
        terrain.set(null);
        clearInspector();
        history.set(null);
    }

    /**
     * The window is closing: a running training is cancelled (within one batch), then an unsaved model is
     * asked about. Completes with true when the app may close, false if the user cancelled.
     */
    public CompletableFuture<Boolean> requestClose() {
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

    // --- the wall -------------------------------------------------------------------------------------

    /** Puts a model and its codes on the wall (a loaded model, or one being trained). */
    public void show(ModelHandle handle, ImageDataset data, LatentCodes newCodes, TrainingHistory newHistory) {
        boolean sameModel = handle.equals(model.get());
        // Cleared first: listeners of the new wall (start-up options) may already probe or select.
        if (!sameModel) clearInspector();
        model.set(handle);
        dataset.set(data);
        history.set(newHistory);
        showCodes(newCodes, !sameModel);
    }

    private void clearInspector() {
        decodedImage.set(null);
        decodedCaption.set("");
        terrain.set(null);
        selectedOriginal.set(null);
        selectedReconstruction.set(null);
        selectedCaption.set("");
        markerLayers.clear();
    }

    /** New codes for the current model (after a training epoch): the wall moves, the view stays. */
    public void showCodes(LatentCodes newCodes, boolean newProjection) {
        ModelHandle handle = model.get();
        if (handle == null || newCodes == null) return;
        // Recomputed every time: the held-back axes' means (and PCA axes) move as the model trains.
        Projection p = Projections.defaultFor(newCodes.codes(), newCodes.dimension());
        projection.set(p);
        codes.set(newCodes);
        WallScene old = wallScene.get();
        WallScene scene = WallScenes.of(newCodes, p, dataset.get().classNames(), org.latentexplorer.ui.common.ModelTexts.describe(handle.spec()),
                Messages.get("wall.caption", org.latentexplorer.ui.common.ModelTexts.projection(p), newCodes.count()));
        if (old != null && !newProjection) scene = scene.withMarksOf(old);
        wallScene.set(scene);
    }

    /** Decode the latent point under the pointer (wall coordinates); coalesced, latest wins. */
    public void probe(double x, double y) {
        Projection p = projection.get();
        ModelHandle handle = model.get();
        if (p == null || handle == null || wallScene.get() == null) return;
        wallScene.set(wallScene.get().withProbe(new double[] {x, y}));
        liveDecoder.request(handle, p.lift(x, y));
    }

    /** Decode a full code (from the 3-D view's probe). */
    public void probeCode(float[] code) {
        ModelHandle handle = model.get();
        if (handle == null || code.length != handle.spec().latentDim()) return;
        liveDecoder.request(handle, code);
    }

    private void showDecoded(float[] code, float[] pixels) {
        ModelHandle handle = model.get();
        if (handle == null || code.length != handle.spec().latentDim()) return;
        decodedImage.set(FxImages.grey(pixels, handle.spec().height(), handle.spec().width()));
        decodedCaption.set(Messages.get("inspect.decodedAt", formatCode(code)));
    }

    /** Show test image {@code index}: its original, its reconstruction, label and error. */
    public void selectPoint(int index) {
        ModelHandle handle = model.get();
        ImageDataset data = dataset.get();
        if (handle == null || data == null || wallScene.get() == null || index < 0 || index >= data.test().count()) return;
        wallScene.set(wallScene.get().withSelected(index));
        float[] image = data.test().image(index);
        selectedOriginal.set(FxImages.grey(image, data.height(), data.width()));
        String label = data.className(data.test().labels()[index]);
        UiTasks.onFx(service.reconstruct(handle, image), r -> {
            if (!handle.equals(model.get())) return;
            selectedReconstruction.set(FxImages.grey(r.pixels(), data.height(), data.width()));
            selectedCaption.set(Messages.get("inspect.pointCaption", index, label,
                    String.format(Locale.ROOT, "%.4f", r.error()), formatCode(r.code())));
        }, this::failUnlessStale);
    }

    /** The view reports what part of the latent plane is visible (tools redraw terrain for it). */
    public void viewportChanged(double x0, double x1, double y0, double y1) {
        visibleRegion.set(new double[] {x0, x1, y0, y1});
    }

    /** Sampled codes, path steps: marks on the wall that are not test images (empty list clears them). */
    public void setMarkers(java.util.List<WallMarker> markers) {
        if (wallScene.get() != null) wallScene.set(wallScene.get().withMarkers(markers));
    }

    private final Map<String, java.util.List<WallMarker>> markerLayers = new java.util.LinkedHashMap<>();

    /**
     * One tool's markers (its {@code layer}, e.g. "sampling"), shown together with the other tools' layers;
     * an empty list clears only this layer.
     */
    public void setMarkers(String layer, java.util.List<WallMarker> markers) {
        if (markers.isEmpty()) markerLayers.remove(layer);
        else markerLayers.put(layer, java.util.List.copyOf(markers));
        java.util.List<WallMarker> all = new java.util.ArrayList<>();
        markerLayers.values().forEach(all::addAll);
        setMarkers(all);
    }

    /**
     * Shows the current codes through another projection (a tool's choice, e.g. t-SNE instead of PCA). The
     * probe is dropped: its wall coordinate meant a point of the old plane. A new model or epoch goes back to
     * the default projection.
     */
    public void useProjection(Projection p) {
        LatentCodes current = codes.get();
        if (p == null || current == null || model.get() == null || dataset.get() == null) return;
        projection.set(p);
        WallScene old = wallScene.get();
        WallScene scene = WallScenes.of(current, p, dataset.get().classNames(), org.latentexplorer.ui.common.ModelTexts.describe(model.get().spec()),
                Messages.get("wall.caption", org.latentexplorer.ui.common.ModelTexts.projection(p), current.count()));
        if (old != null) scene = scene.withMarksOf(old).withProbe(null);
        wallScene.set(scene);
    }

    /** A polyline in wall coordinates (null clears it). */
    public void setPath(double[][] path) {
        if (wallScene.get() != null) wallScene.set(wallScene.get().withPath(path));
    }

    /** Test images to ring on the wall (empty clears). */
    public void setHighlighted(int[] indices) {
        if (wallScene.get() != null) wallScene.set(wallScene.get().withHighlighted(indices));
    }

    public void pointerMoved(double x, double y) {
        Projection p = projection.get();
        if (p == null) return;
        pointerText.set(Messages.get("status.pointer", p.xAxisLabel(), fmt(x), p.yAxisLabel(), fmt(y)));
    }

    /** Thumbnail of test image {@code index} for hover tips. */
    public Image thumbnail(int index) {
        ImageDataset data = dataset.get();
        if (data == null || index < 0 || index >= data.test().count()) return null;
        return FxImages.grey(data.test().image(index), data.height(), data.width());
    }

    public String caption(int index) {
        ImageDataset data = dataset.get();
        if (data == null || index < 0 || index >= data.test().count()) return "";
        return Messages.get("wall.hover", index, data.className(data.test().labels()[index]));
    }

    // --- status ---------------------------------------------------------------------------------------

    public void begin(String message) {
        statusLine.begin(message);
    }

    public void done(String message) {
        statusLine.done(message);
    }

    public void fail(Throwable error) {
        statusLine.fail(UiTasks.message(error));
    }

    /** A late answer for a model the wall has already let go of is not the user's problem. */
    private void failUnlessStale(Throwable error) {
        Throwable t = UiTasks.unwrap(error);
        if (t instanceof ModelReleasedException r && !r.handle().equals(model.get())) return;
        fail(t);
    }

    static String formatCode(float[] code) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < code.length && i < 8; i++) sb.append(i == 0 ? "" : ", ").append(fmt(code[i]));
        if (code.length > 8) sb.append(", …");
        return sb.append(')').toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
