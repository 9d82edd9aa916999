package org.latentexplorer.ui.export;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.latent.CodesCsv;
import org.latentexplorer.ui.common.FileSaver;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.WallExport;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallTheme;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Export of what the explorer shows: the wall as a PNG of any size or as an SVG (the latent box the wall
 * shows now, with or without the terrain under it) and the test codes as CSV. Work runs off the FX thread.
 */
public final class ExportViewModel {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.export.messages");
    static final int MIN_SIZE = 16;
    static final int MAX_SIZE = 20_000;

    private final ExplorerViewModel explorer;
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 0);
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height", 0);
    private final BooleanProperty keepAspect = new SimpleBooleanProperty(this, "keepAspect", true);
    private final BooleanProperty withTerrain = new SimpleBooleanProperty(this, "withTerrain", true);
    /** The wall's size on screen, in pixels (the view reports it). */
    private final DoubleProperty screenWidth = new SimpleDoubleProperty(this, "screenWidth", 0);
    private final DoubleProperty screenHeight = new SimpleDoubleProperty(this, "screenHeight", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final BooleanBinding terrainAvailable;
    private final BooleanBinding wallAvailable;
    private final BooleanBinding codesAvailable;
    private final StringBinding sizeHint;
    private boolean adjusting;

    public ExportViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        terrainAvailable = explorer.terrainProperty().isNotNull();
        wallAvailable = explorer.wallSceneProperty().isNotNull();
        codesAvailable = Bindings.createBooleanBinding(() -> explorer.codesProperty().get() != null, explorer.codesProperty());
        sizeHint = Bindings.createStringBinding(() -> TEXT.get("png.hint",
                String.format(Locale.ROOT, "%.2g", scale())), width, screenWidth);
        width.addListener((o, a, w) -> follow(true));
        height.addListener((o, a, h) -> follow(false));
        keepAspect.addListener((o, a, on) -> { if (on) follow(true); });
        screenWidth.addListener((o, a, b) -> screenResized());
        screenHeight.addListener((o, a, b) -> screenResized());
    }

    public IntegerProperty widthProperty() { return width; }
    public IntegerProperty heightProperty() { return height; }
    public BooleanProperty keepAspectProperty() { return keepAspect; }
    public BooleanProperty withTerrainProperty() { return withTerrain; }
    public DoubleProperty screenWidthProperty() { return screenWidth; }
    public DoubleProperty screenHeightProperty() { return screenHeight; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty messageIsErrorProperty() { return messageIsError.getReadOnlyProperty(); }
    public BooleanBinding terrainAvailable() { return terrainAvailable; }
    public BooleanBinding wallAvailable() { return wallAvailable; }
    public BooleanBinding codesAvailable() { return codesAvailable; }
    public StringBinding sizeHint() { return sizeHint; }

    /** How many times larger than on screen lines, points and text are drawn in the PNG. */
    public double scale() {
        return screenWidth.get() > 0 && width.get() > 0 ? width.get() / screenWidth.get() : 1;
    }

    private void screenResized() {
        if (screenWidth.get() <= 0 || screenHeight.get() <= 0) return;
        if (width.get() == 0) width.set((int) Math.round(2 * screenWidth.get()));
        else follow(true);
    }

    /** With the proportions kept, the other side follows the one just edited. */
    private void follow(boolean widthChanged) {
        if (adjusting || !keepAspect.get() || screenWidth.get() <= 0 || screenHeight.get() <= 0) return;
        adjusting = true;
        try {
            double ratio = screenHeight.get() / screenWidth.get();
            if (widthChanged) height.set(clamp((int) Math.round(width.get() * ratio)));
            else width.set(clamp((int) Math.round(height.get() / ratio)));
        } finally {
            adjusting = false;
        }
    }

    private static int clamp(int v) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, v));
    }

    /** A file name to offer: the model's name and what is saved, e.g. "mnist-vae-2d-wall.png". */
    public String suggestedName(String what, String extension) {
        ExplorerViewModel.ModelEntry entry = explorer.currentEntryProperty().get();
        String base = entry == null ? "latent" : entry.name().replaceAll("[^A-Za-z0-9._-]+", "-");
        return base + "-" + what + "." + extension;
    }

    // --- commands -------------------------------------------------------------------------------------

    /** The wall as a {@code width × height} PNG. */
    public CompletableFuture<Path> savePng(Path file) {
        WallScene scene = explorer.wallSceneProperty().get();
        if (scene == null) return nothing("error.noWall");
        int w = width.get(), h = height.get();
        double[] region = region(scene);
        double scale = scale();
        Terrain terrain = withTerrain.get() ? explorer.terrainProperty().get() : null;
        try {
            WallExport.checkSize(w, h);
        } catch (IllegalArgumentException e) {
            return failed(file, e);
        }
        return track(file, FileSaver.save(file, () -> {
            BufferedImage image = WallExport.png(scene, region, w, h, scale, WallTheme.DEFAULT, terrain);
            return out -> {
                if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
            };
        }), "saved.png", w + "×" + h);
    }

    /** The wall as an SVG the size of the wall on screen (it scales without loss). */
    public CompletableFuture<Path> saveSvg(Path file) {
        WallScene scene = explorer.wallSceneProperty().get();
        if (scene == null) return nothing("error.noWall");
        double w = Math.max(16, screenWidth.get() > 0 ? screenWidth.get() : 1200);
        double h = Math.max(16, screenHeight.get() > 0 ? screenHeight.get() : 800);
        double[] region = region(scene);
        Terrain terrain = withTerrain.get() ? explorer.terrainProperty().get() : null;
        return track(file, FileSaver.save(file, () -> WallExport.svg(scene, region, w, h, WallTheme.DEFAULT, terrain)::writeTo),
                "saved.svg", Math.round(w) + "×" + Math.round(h));
    }

    /** Every test image's code as CSV: index, label, z0…, reconstruction error (as the command line's encode). */
    public CompletableFuture<Path> saveCsv(Path file) {
        LatentCodes codes = explorer.codesProperty().get();
        if (codes == null) return nothing("error.noCodes");
        return track(file, FileSaver.save(file, () -> out -> CodesCsv.write(codes, out)), "saved.csv", codes.count());
    }

    /** The latent box the wall shows now, or the points' bounds before the wall has been laid out. */
    private double[] region(WallScene scene) {
        double[] r = explorer.visibleRegionProperty().get();
        return r != null ? r.clone() : scene.robustBounds();
    }

    private CompletableFuture<Path> track(Path file, CompletableFuture<Path> saving, String doneKey, Object detail) {
        busy.set(true);
        message.set(TEXT.get("saving", file.getFileName()));
        messageIsError.set(false);
        UiTasks.onFx(saving, path -> {
            busy.set(false);
            message.set(TEXT.get(doneKey, path.toAbsolutePath(), detail));
            messageIsError.set(false);
            explorer.done(message.get());
        }, error -> {
            busy.set(false);
            message.set(UiTasks.message(error));
            messageIsError.set(true);
            explorer.fail(error);
        });
        return saving;
    }

    private CompletableFuture<Path> failed(Path file, Throwable e) {
        IOException error = new IOException(Messages.get("save.failed", file.toAbsolutePath(), e.getMessage()), e);
        message.set(error.getMessage());
        messageIsError.set(true);
        explorer.fail(error);
        return CompletableFuture.failedFuture(error);
    }

    private CompletableFuture<Path> nothing(String key) {
        message.set(TEXT.get(key));
        messageIsError.set(true);
        return CompletableFuture.failedFuture(new IllegalStateException(message.get()));
    }
}
