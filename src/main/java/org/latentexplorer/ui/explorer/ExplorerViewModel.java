package org.latentexplorer.ui.explorer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.latentexplorer.data.Assets;
import org.latentexplorer.data.DatasetLoader;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.LatentCodes;
import org.latentexplorer.engine.LiveDecoder;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Projections;
import org.latentexplorer.model.ModelCatalog;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.WallMarker;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallScenes;

import java.nio.file.Path;
import java.util.HashMap;
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

    private final ModelService service;
    private final LiveDecoder liveDecoder;
    private final Map<String, CompletableFuture<ImageDataset>> datasets = new HashMap<>();

    private final ObservableList<ModelEntry> models = FXCollections.observableArrayList();
    private final ObjectProperty<ModelEntry> currentEntry = new SimpleObjectProperty<>(this, "currentEntry");
    private final ObjectProperty<ModelHandle> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<ImageDataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<LatentCodes> codes = new SimpleObjectProperty<>(this, "codes");
    private final ObjectProperty<TrainingHistory> history = new SimpleObjectProperty<>(this, "history");
    private final ObjectProperty<WallScene> wallScene = new SimpleObjectProperty<>(this, "wallScene");
    private final ObjectProperty<Projection> projection = new SimpleObjectProperty<>(this, "projection");
    private final ObjectProperty<Terrain> terrain = new SimpleObjectProperty<>(this, "terrain");
    /** The latent box the 2-D wall shows: {x0, x1, y0, y1}, set by the view as the user zooms and pans. */
    private final ObjectProperty<double[]> visibleRegion = new SimpleObjectProperty<>(this, "visibleRegion");
    private final ObjectProperty<Image> decodedImage = new SimpleObjectProperty<>(this, "decodedImage");
    private final StringProperty decodedCaption = new SimpleStringProperty(this, "decodedCaption", "");
    private final ObjectProperty<Image> selectedOriginal = new SimpleObjectProperty<>(this, "selectedOriginal");
    private final ObjectProperty<Image> selectedReconstruction = new SimpleObjectProperty<>(this, "selectedReconstruction");
    private final StringProperty selectedCaption = new SimpleStringProperty(this, "selectedCaption", "");
    private final StringProperty pointerText = new SimpleStringProperty(this, "pointerText", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(this, "statusIsError");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    /** A model being trained owns the wall; loading another model is disabled meanwhile. */
    private final BooleanProperty training = new SimpleBooleanProperty(this, "training");

    public ExplorerViewModel(ModelService service) {
        this.service = service;
        this.liveDecoder = new LiveDecoder(service, (code, pixels) -> UiTasks.fx(() -> showDecoded(code, pixels)),
                error -> UiTasks.fx(() -> fail(error)));
    }

    // --- properties -----------------------------------------------------------------------------------

    public ObservableList<ModelEntry> models() { return models; }
    public ObjectProperty<ModelEntry> currentEntryProperty() { return currentEntry; }
    public ReadOnlyObjectProperty<ModelHandle> modelProperty() { return model; }
    public ReadOnlyObjectProperty<ImageDataset> datasetProperty() { return dataset; }
    public ReadOnlyObjectProperty<LatentCodes> codesProperty() { return codes; }
    public ReadOnlyObjectProperty<TrainingHistory> historyProperty() { return history; }
    public ObjectProperty<WallScene> wallSceneProperty() { return wallScene; }
    public ReadOnlyObjectProperty<Projection> projectionProperty() { return projection; }
    public ObjectProperty<Terrain> terrainProperty() { return terrain; }
    public ReadOnlyObjectProperty<double[]> visibleRegionProperty() { return visibleRegion; }
    public ReadOnlyObjectProperty<Image> decodedImageProperty() { return decodedImage; }
    public ReadOnlyStringProperty decodedCaptionProperty() { return decodedCaption; }
    public ReadOnlyObjectProperty<Image> selectedOriginalProperty() { return selectedOriginal; }
    public ReadOnlyObjectProperty<Image> selectedReconstructionProperty() { return selectedReconstruction; }
    public ReadOnlyStringProperty selectedCaptionProperty() { return selectedCaption; }
    public ReadOnlyStringProperty pointerTextProperty() { return pointerText; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ReadOnlyBooleanProperty statusIsErrorProperty() { return statusIsError; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public DoubleProperty progressProperty() { return progress; }
    public BooleanProperty trainingProperty() { return training; }
    public ModelService service() { return service; }

    // --- commands -------------------------------------------------------------------------------------

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
        wallScene.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends WallScene> o, WallScene a, WallScene b) {
                if (b == null) return;
                wallScene.removeListener(this);
                action.run();
            }
        });
    }

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

    public void open(ModelEntry entry) {
        if (entry != null && entry.equals(currentEntry.get()) && model.get() != null) return;
        load(entry);
    }

    /** Shows the picked model again (after a trained model was discarded). */
    public void reopenCurrent() {
        load(currentEntry.get());
    }

    /** A just-saved model becomes the current entry of the picker; it is already on the wall. */
    public void adoptSaved(Path file) {
        currentEntry.set(entryFor(file));
    }

    private ModelEntry entryFor(Path file) {
        return models.stream().filter(m -> m.file().equals(file)).findFirst().orElseGet(() -> {
            ModelEntry added = new ModelEntry(ModelCatalog.displayName(file), file);
            models.add(added);
            return added;
        });
    }

    private void load(ModelEntry entry) {
        if (entry == null || training.get()) return;
        begin(Messages.get("status.loading", entry.name()));
        ModelEntry previousEntry = currentEntry.get();
        currentEntry.set(entry);
        CompletableFuture<ModelService.Loaded> loaded = service.load(entry.file());
        CompletableFuture<Shown> shown = loaded.thenCompose(l -> datasetFor(l.handle().spec().dataset())
                .thenCompose(data -> {
                    checkFits(l.handle().spec(), data, entry.file());
                    return service.encode(l.handle(), data.test()).thenApply(c -> new Shown(l, data, c));
                }));
        UiTasks.onFx(shown, s -> {
            ModelHandle old = model.get();
            show(s.loaded().handle(), s.data(), s.codes(), s.loaded().history());
            if (old != null) service.release(old);
            done(Messages.get("status.loaded", entry.name(), org.latentexplorer.ui.common.ModelTexts.describe(s.loaded().handle().spec()), s.codes().count()));
        }, error -> {
            loaded.thenAccept(l -> service.release(l.handle()));
            currentEntry.set(previousEntry);
            fail(error);
        });
    }

    private record Shown(ModelService.Loaded loaded, ImageDataset data, LatentCodes codes) {}

    private static void checkFits(ModelSpec spec, ImageDataset data, Path file) {
        if (spec.height() != data.height() || spec.width() != data.width()) {
            throw new IllegalArgumentException(Messages.get("error.shapeMismatch", file, spec.height(), spec.width(),
                    data.name(), data.height(), data.width()));
        }
    }

    /** The named bundled dataset (or folder), loaded once in the background. */
    public CompletableFuture<ImageDataset> datasetFor(String name) {
        return datasets.computeIfAbsent(name, n -> UiTasks.background(() -> DatasetLoader.load(Assets.resolveDataset(n))));
    }

    /** Puts a model and its codes on the wall (a loaded model, or one being trained). */
    public void show(ModelHandle handle, ImageDataset data, LatentCodes newCodes, TrainingHistory newHistory) {
        boolean sameModel = handle.equals(model.get());
        if (!sameModel) {
            // Cleared first: listeners of the new wall (start-up options) may already probe or select.
            decodedImage.set(null);
            decodedCaption.set("");
            terrain.set(null);
            selectedOriginal.set(null);
            selectedReconstruction.set(null);
            selectedCaption.set("");
        }
        model.set(handle);
        dataset.set(data);
        history.set(newHistory);
        showCodes(newCodes, !sameModel);
    }

    /** New codes for the current model (after a training epoch): the wall moves, the view stays. */
    public void showCodes(LatentCodes newCodes, boolean newProjection) {
        // Recomputed every time: the held-back axes' means (and PCA axes) move as the model trains.
        Projection p = Projections.defaultFor(newCodes.codes(), newCodes.dimension());
        projection.set(p);
        codes.set(newCodes);
        ModelHandle handle = model.get();
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
        if (p == null || handle == null) return;
        wallScene.set(wallScene.get().withProbe(new double[] {x, y}));
        liveDecoder.request(handle, p.lift(x, y));
    }

    /** Decode a full code (from the 3-D view's probe). */
    public void probeCode(float[] code) {
        ModelHandle handle = model.get();
        if (handle == null) return;
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
        if (handle == null || data == null || index < 0 || index >= data.test().count()) return;
        wallScene.set(wallScene.get().withSelected(index));
        float[] image = data.test().image(index);
        selectedOriginal.set(FxImages.grey(image, data.height(), data.width()));
        String label = data.className(data.test().labels()[index]);
        UiTasks.onFx(service.reconstruct(handle, image), r -> {
            if (!handle.equals(model.get())) return;
            selectedReconstruction.set(FxImages.grey(r.pixels(), data.height(), data.width()));
            selectedCaption.set(Messages.get("inspect.pointCaption", index, label,
                    String.format(Locale.ROOT, "%.4f", r.error()), formatCode(r.code())));
        }, this::fail);
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
        busy.set(true);
        progress.set(-1);
        statusIsError.set(false);
        status.set(message);
    }

    public void done(String message) {
        busy.set(false);
        progress.set(0);
        statusIsError.set(false);
        status.set(message);
    }

    public void fail(Throwable error) {
        busy.set(false);
        progress.set(0);
        statusIsError.set(true);
        status.set(Messages.get("status.error", UiTasks.message(error)));
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
