package org.latentexplorer.ui.explorer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.LiveDecoder;
import org.latentexplorer.engine.ModelEngine;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelReleasedException;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Projections;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.common.ModelTexts;
import org.latentexplorer.wall.PointColours;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.WallMarker;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallScenes;

import java.nio.file.Path;
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
    private final ReadOnlyObjectWrapper<ModelHandle> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<ImageDataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<LatentCodes> codes = new ReadOnlyObjectWrapper<>(this, "codes");
    private final ReadOnlyObjectWrapper<TrainingHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyObjectWrapper<WallScene> wallScene = new ReadOnlyObjectWrapper<>(this, "wallScene");
    private final ReadOnlyObjectWrapper<Projection> projection = new ReadOnlyObjectWrapper<>(this, "projection");
    private final ReadOnlyObjectWrapper<Terrain> terrain = new ReadOnlyObjectWrapper<>(this, "terrain");
    /** The latent box the 2-D wall shows: {x0, x1, y0, y1}, set by the view as the user zooms and pans. */
    private final ReadOnlyObjectWrapper<double[]> visibleRegion = new ReadOnlyObjectWrapper<>(this, "visibleRegion");
    private final PointInspector inspector = new PointInspector();
    private final ReadOnlyStringWrapper pointerText = new ReadOnlyStringWrapper(this, "pointerText", "");
    /** Point colours by reconstruction error for unlabeled data; null while the wall colours by class. */
    private final ReadOnlyObjectWrapper<PointColours> pointColours = new ReadOnlyObjectWrapper<>(this, "pointColours");
    private final StatusLine statusLine = new StatusLine();
    /** While training, the wall fits itself to the map after every epoch, until the user zooms or pans. */
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final WallClaims wallClaims = new WallClaims();
    private final ModelLifecycle lifecycle;

    public ExplorerViewModel(ModelEngine service) {
        this.service = service;
        this.lifecycle = new ModelLifecycle(this, service);
        this.liveDecoder = new LiveDecoder(service, (code, pixels) -> UiTasks.fx(() -> showDecoded(code, pixels)),
                error -> UiTasks.fx(() -> failUnlessStale(error)));
        // View state belongs to a model: whatever a tool armed on the wall ends when the model changes.
        model.addListener((o, a, b) -> {
            wallClaims.endAll();
            pointerText.set("");
        });
    }

    // --- properties -----------------------------------------------------------------------------------

    public ObservableList<ModelEntry> models() { return lifecycle.models(); }
    public ReadOnlyObjectProperty<ModelEntry> currentEntryProperty() { return lifecycle.currentEntryProperty(); }
    public ReadOnlyObjectProperty<ModelState> stateProperty() { return lifecycle.stateProperty(); }
    public ReadOnlyObjectProperty<ModelHandle> modelProperty() { return model.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ImageDataset> datasetProperty() { return dataset.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LatentCodes> codesProperty() { return codes.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TrainingHistory> historyProperty() { return history.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<WallScene> wallSceneProperty() { return wallScene.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Projection> projectionProperty() { return projection.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Terrain> terrainProperty() { return terrain.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<double[]> visibleRegionProperty() { return visibleRegion.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> decodedImageProperty() { return inspector.decodedImageProperty(); }
    public ReadOnlyStringProperty decodedCaptionProperty() { return inspector.decodedCaptionProperty(); }
    public ReadOnlyObjectProperty<Image> selectedOriginalProperty() { return inspector.selectedOriginalProperty(); }
    public ReadOnlyObjectProperty<Image> selectedReconstructionProperty() { return inspector.selectedReconstructionProperty(); }
    public ReadOnlyStringProperty selectedCaptionProperty() { return inspector.selectedCaptionProperty(); }
    public ReadOnlyObjectProperty<PointColours> pointColoursProperty() { return pointColours.getReadOnlyProperty(); }
    public ReadOnlyStringProperty pointerTextProperty() { return pointerText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return statusLine.textProperty(); }
    public ReadOnlyBooleanProperty statusIsErrorProperty() { return statusLine.isErrorProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return statusLine.busyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return statusLine.progressProperty(); }

    /** True while a run trains the model on the wall; opening another model waits for it. */
    public BooleanBinding trainingProperty() { return lifecycle.trainingProperty(); }
    public BooleanProperty followProperty() { return follow; }
    public ModelEngine service() { return service; }
    public WallClaims wallClaims() { return wallClaims; }

    // --- what tools show on the wall and in the status bar: commands, so no tool writes the explorer's state ---

    /** The σ ellipses of the points (VAE tool), a spread per point in wall units; null takes them away. */
    public void showSpreads(double[][] spreads) {
        WallScene scene = wallScene.get();
        if (scene != null && (spreads != null || scene.spreads() != null)) wallScene.set(scene.withSpreads(spreads));
    }
    /** The decoder terrain under the points (Terrain tool); null takes it away. */
    public void showTerrain(Terrain shown) { terrain.set(shown); }
    /** Progress of a tool's background job in the status bar, 0..1. */
    public void showProgress(double fraction) { statusLine.progressProperty().set(fraction); }

    // --- the model's life cycle (ModelLifecycle) ---------------------------------------------------

    /** How the view asks what to do with an unsaved trained model (a dialog). */
    public void setUnsavedPrompt(UnsavedModelPrompt prompt) { lifecycle.setUnsavedPrompt(prompt); }

    /**
     * How bundles are opened: the engine's open by default; the dataset opener wraps it to ask for a dataset
     * that moved.
     */
    public void setOpener(java.util.function.Function<Path, CompletableFuture<ModelEngine.Opened>> open) { lifecycle.setOpener(open); }

    /** Lists the bundled models and opens the default one. */
    public void start() { lifecycle.start(null); }

    /** Lists the bundled models and opens {@code file}, or the default model when it is null. */
    public void start(Path file) { lifecycle.start(file); }

    /** Opens a bundle chosen by the user (not necessarily in the catalog). */
    public void openFile(Path file) { lifecycle.open(lifecycle.entryFor(file)); }

    /** Opens {@code entry} unless it is already on the wall; asks first if a trained model is not saved. */
    public void open(ModelEntry entry) { lifecycle.open(entry); }

    /** Shows the last opened bundle again (after a trained model was discarded, or to reset the view). */
    public void reopenCurrent() { lifecycle.reopenCurrent(); }

    /**
     * Runs {@code proceed} once nothing unsaved stands in the way: at once if the wall's model is saved, else
     * after the user chose to save it (and the save succeeded) or to discard it. Cancel runs nothing.
     */
    public void whenUnsavedHandled(Runnable proceed) { lifecycle.whenUnsavedHandled(proceed); }

    /** A file name for saving the wall's trained model: what its run made, never another file's name. */
    public String suggestedFileName() { return lifecycle.suggestedFileName(); }

    /**
     * A run starts: the wall is the run's from now on (loads are stale, the picker waits), though the model
     * shown stays until the run's own is ready. The caller has dealt with an unsaved model already.
     */
    public void trainingStarting(Runnable canceller, CompletableFuture<?> run, String runName) {
        lifecycle.trainingStarting(canceller, run, runName);
    }

    /** The run's new model replaces the wall's, which is released. */
    public void showTrainingModel(ModelHandle handle, ImageDataset data, LatentCodes first, TrainingHistory runHistory) {
        lifecycle.showTrainingModel(handle, data, first, runHistory);
    }

    /**
     * The run ended (finished, cancelled or failed). With its model on the wall, that model waits to be saved
     * or discarded; without one, the model from before is still there.
     */
    public void trainingFinished() { lifecycle.trainingFinished(); }

    /** Saves the wall's model to {@code file}; it stays on the wall and becomes that file's entry in the picker. */
    public CompletableFuture<Void> saveCurrent(Path file) { return lifecycle.saveCurrent(file); }

    /** Throws the trained model away and shows the last opened bundle again. */
    public void discardTrained() { lifecycle.discardTrained(); }

    /**
     * The window is closing: a running training is cancelled (within one batch), then an unsaved model is
     * asked about. Completes with true when the app may close, false if the user cancelled.
     */
    public CompletableFuture<Boolean> requestClose() { return lifecycle.requestClose(); }

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

    /** The dataset named {@code name}: one the user opened in the app, else a bundled one (or folder) read once. */
    public CompletableFuture<ImageDataset> datasetFor(String name) {
        ImageDataset opened = openedDatasets.get(name);
        return opened != null ? CompletableFuture.completedFuture(opened) : service.dataset(name);
    }

    /** A dataset the user opened and looked over (its chosen size and split), trained on under {@code name}. */
    public void addOpenedDataset(String name, ImageDataset data) {
        openedDatasets.put(name, data);
    }

    private final Map<String, ImageDataset> openedDatasets = new java.util.HashMap<>();

    /** Empties the wall (its model is about to be released): nothing shown may refer to it afterwards. */
    void clearWall() {
        model.set(null);
        codes.set(null);
        projection.set(null);
        wallScene.set(null);
        terrain.set(null);
        clearInspector();
        history.set(null);
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
        inspector.clear();
        terrain.set(null);
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
        WallScene scene = sceneOf(newCodes, p);
        if (old != null && !newProjection) scene = scene.withMarksOf(old);
        wallScene.set(scene);
    }

    /**
     * The wall's scene of {@code c} through {@code p}. Unlabeled data (one class) is coloured by each image's
     * reconstruction error instead, set before the scene so the wall paints the two together.
     */
    private WallScene sceneOf(LatentCodes c, Projection p) {
        ImageDataset data = dataset.get();
        pointColours.set(data.classNames().size() > 1 ? null : PointColoring.byError(c.errors()));
        return WallScenes.of(c, p, data.classNames(), ModelTexts.describe(model.get().spec()),
                Messages.get("wall.caption", ModelTexts.projection(p), c.count()));
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
        inspector.showDecoded(FxImages.grey(pixels, handle.spec().height(), handle.spec().width()), code);
    }

    /** Show test image {@code index}: its original, its reconstruction, label and error. */
    public void selectPoint(int index) {
        ModelHandle handle = model.get();
        ImageDataset data = dataset.get();
        if (handle == null || data == null || wallScene.get() == null || index < 0 || index >= data.test().count()) return;
        wallScene.set(wallScene.get().withSelected(index));
        float[] image = data.test().image(index);
        inspector.showSelected(FxImages.grey(image, data.height(), data.width()));
        String label = data.className(data.test().labels()[index]);
        UiTasks.onFx(service.reconstruct(handle, image), r -> {
            if (!handle.equals(model.get())) return;
            inspector.showReconstruction(FxImages.grey(r.pixels(), data.height(), data.width()), index, label, r.error(), r.code());
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
        WallScene scene = sceneOf(current, p);
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
        pointerText.set(Messages.get("status.pointer", p.xAxisLabel(), ModelTexts.twoDecimals(x), p.yAxisLabel(), ModelTexts.twoDecimals(y)));
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

    public void begin(String message) { statusLine.begin(message); }
    public void done(String message) { statusLine.done(message); }
    public void fail(Throwable error) { statusLine.fail(UiTasks.message(error)); }

    /** A late answer for a model the wall has already let go of is not the user's problem. */
    private void failUnlessStale(Throwable error) {
        Throwable t = UiTasks.unwrap(error);
        if (t instanceof ModelReleasedException r && !r.handle().equals(model.get())) return;
        fail(t);
    }
}
