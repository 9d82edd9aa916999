package org.latentexplorer.ui.draw;

import org.latentexplorer.ui.common.ModelTexts;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.Reconstruction;
import org.latentexplorer.latent.Corruption;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.common.FileSaver;
import org.latentexplorer.wall.InputImages;
import org.latentexplorer.wall.Mosaic;
import org.latentexplorer.wall.Sketch;
import org.latentexplorer.wall.WallMarker;
import org.latentexplorer.wall.WallScene;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Draw your own: a sketch (or a loaded picture) or the selected test image, optionally with noise and part of
 * it covered, is encoded and reconstructed; its code is marked on the wall. Only the latest request is sent
 * to the engine, so drawing never queues up work.
 */
public final class DrawViewModel {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.draw.messages");
    /** The wall's marker layer of this tool. */
    static final String LAYER = "draw";
    static final int MARKER_COLOUR = 0xFFD6336C;
    static final double BRUSH_RADIUS = 1.1;
    private static final long NOISE_SEED = 1234;

    /** What is fed to the model. */
    public enum Source { SKETCH, SELECTED }

    private final ExplorerViewModel explorer;
    private Sketch sketch = new Sketch(28, 28, BRUSH_RADIUS);
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.SKETCH);
    private final BooleanProperty centre = new SimpleBooleanProperty(this, "centre", true);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0);
    private final DoubleProperty cover = new SimpleDoubleProperty(this, "cover", 0);
    private final ReadOnlyObjectWrapper<Image> sketchImage = new ReadOnlyObjectWrapper<>(this, "sketchImage");
    private final ReadOnlyObjectWrapper<Image> inputImage = new ReadOnlyObjectWrapper<>(this, "inputImage");
    private final ReadOnlyObjectWrapper<Image> reconstructionImage = new ReadOnlyObjectWrapper<>(this, "reconstructionImage");
    private final ReadOnlyObjectWrapper<float[]> code = new ReadOnlyObjectWrapper<>(this, "code");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(this, "messageIsError");
    private double lastX = Double.NaN, lastY = Double.NaN;

    private record Request(ModelHandle handle, float[] clean, float[] input, String label) {}

    private boolean inFlight;
    private Request pending;
    /** Reconstructions of older sketches are dropped when they arrive. */
    private final LatestWins reconstructions = new LatestWins();
    private Request shown;
    private float[] shownReconstruction;

    public DrawViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        source.addListener((o, a, b) -> update());
        centre.addListener((o, a, b) -> update());
        noise.addListener((o, a, b) -> update());
        cover.addListener((o, a, b) -> update());
        explorer.wallSceneProperty().addListener((o, old, scene) -> {
            if (scene == null) return;
            boolean newPoints = old == null || scene.xs() != old.xs();
            boolean newSelection = old == null || scene.selected() != old.selected();
            if (newPoints) modelChanged();
            else if (newSelection && source.get() == Source.SELECTED) update();
        });
        sketchImage.set(FxImages.grey(sketch.pixels(), sketch.height(), sketch.width()));
    }

    public ObjectProperty<Source> sourceProperty() { return source; }
    /** Scale and centre the sketch as MNIST's digits were before it is encoded. */
    public BooleanProperty centreProperty() { return centre; }
    /** Standard deviation of the Gaussian noise added to every pixel (pixels in [0, 1]). */
    public DoubleProperty noiseProperty() { return noise; }
    /** Fraction of the image, from the bottom, that is covered (blanked). */
    public DoubleProperty coverProperty() { return cover; }
    public ReadOnlyObjectProperty<Image> sketchImageProperty() { return sketchImage.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> inputImageProperty() { return inputImage.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> reconstructionImageProperty() { return reconstructionImage.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<float[]> codeProperty() { return code.getReadOnlyProperty(); }
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public BooleanProperty messageIsErrorProperty() { return messageIsError; }
    public int sketchHeight() { return sketch.height(); }
    public int sketchWidth() { return sketch.width(); }

    // --- drawing (sketch pixel coordinates, x right, y down) -------------------------------------------

    public void beginStroke(double x, double y) {
        source.set(Source.SKETCH);
        sketch.dot(x, y);
        lastX = x;
        lastY = y;
        sketchChanged();
    }

    public void strokeTo(double x, double y) {
        if (Double.isNaN(lastX)) {
            beginStroke(x, y);
            return;
        }
        sketch.stroke(lastX, lastY, x, y);
        lastX = x;
        lastY = y;
        sketchChanged();
    }

    public void endStroke() {
        lastX = lastY = Double.NaN;
    }

    public void clear() {
        sketch.clear();
        sketchChanged();
    }

    /** Reads a picture (any size; dark ink on light paper is inverted) into the sketch, in the background. */
    public CompletableFuture<float[]> loadImage(Path file) {
        int h = sketch.height(), w = sketch.width();
        CompletableFuture<float[]> loading = UiTasks.background(() -> {
            BufferedImage image;
            try {
                image = ImageIO.read(file.toFile());
            } catch (IOException e) {
                throw new IOException(TEXT.get("load.failed", file.toAbsolutePath(), e.getMessage()), e);
            }
            if (image == null) throw new IOException(TEXT.get("load.notAnImage", file.toAbsolutePath()));
            return InputImages.fromImage(image, h, w);
        });
        UiTasks.onFx(loading, pixels -> {
            if (pixels.length != sketch.height() * sketch.width()) return;
            sketch.set(pixels);
            source.set(Source.SKETCH);
            message.set(TEXT.get("load.done", file.getFileName()));
            messageIsError.set(false);
            sketchChanged();
        }, error -> {
            message.set(UiTasks.message(error));
            messageIsError.set(true);
            explorer.fail(error);
        });
        return loading;
    }

    private void sketchChanged() {
        sketchImage.set(FxImages.grey(sketch.pixels(), sketch.height(), sketch.width()));
        if (source.get() == Source.SKETCH) update();
    }

    // --- encoding --------------------------------------------------------------------------------------

    private void modelChanged() {
        ModelHandle handle = explorer.modelProperty().get();
        if (handle != null && (handle.spec().height() != sketch.height() || handle.spec().width() != sketch.width())) {
            sketch = new Sketch(handle.spec().height(), handle.spec().width(), BRUSH_RADIUS);
            sketchImage.set(FxImages.grey(sketch.pixels(), sketch.height(), sketch.width()));
        }
        update();
    }

    /** Sends the current input to the model (or clears the outputs when there is nothing to encode). */
    void update() {
        ModelHandle handle = explorer.modelProperty().get();
        ImageDataset data = explorer.datasetProperty().get();
        WallScene scene = explorer.wallSceneProperty().get();
        float[] clean;
        String label;
        if (handle == null || data == null || scene == null) return;
        int h = handle.spec().height(), w = handle.spec().width();
        if (source.get() == Source.SELECTED) {
            int index = scene.selected();
            if (index < 0 || index >= data.test().count()) {
                clearOutputs(TEXT.get("hint.select"));
                return;
            }
            clean = data.test().image(index);
            label = TEXT.get("marker.selected", index);
        } else {
            if (sketch.isEmpty() || sketch.height() != h || sketch.width() != w) {
                clearOutputs(TEXT.get("hint.draw"));
                return;
            }
            clean = InputImages.replicated(centre.get() ? InputImages.centred(sketch.pixels(), h, w) : sketch.pixels(),
                    handle.spec().channels());
            label = TEXT.get("marker.sketch");
        }
        float[] input = Corruption.coveredBottom(Corruption.noisy(clean, noise.get(), NOISE_SEED), h, w, cover.get());
        inputImage.set(FxImages.grey(input, h, w));
        send(new Request(handle, clean, input, label));
    }

    private void clearOutputs(String hint) {
        reconstructions.invalidate();
        pending = null;
        shown = null;
        shownReconstruction = null;
        inputImage.set(null);
        reconstructionImage.set(null);
        code.set(null);
        caption.set(hint);
        explorer.setMarkers(LAYER, List.of());
    }

    private void send(Request request) {
        if (inFlight) {
            pending = request;
            return;
        }
        inFlight = true;
        LatestWins.Ticket ticket = reconstructions.next();
        UiTasks.onFx(explorer.service().reconstruct(request.handle(), request.input()), r -> {
            inFlight = false;
            if (ticket.isCurrent() && request.handle().equals(explorer.modelProperty().get())) show(request, r);
            sendPending();
        }, error -> {
            inFlight = false;
            if (ticket.isCurrent()) {
                message.set(UiTasks.message(error));
                messageIsError.set(true);
            }
            sendPending();
        });
    }

    private void sendPending() {
        Request next = pending;
        pending = null;
        if (next != null) send(next);
    }

    private void show(Request request, Reconstruction r) {
        int h = request.handle().spec().height(), w = request.handle().spec().width();
        reconstructionImage.set(FxImages.grey(r.pixels(), h, w));
        code.set(r.code());
        shown = request;
        shownReconstruction = r.pixels();
        double toClean = meanSquared(r.pixels(), request.clean());
        boolean damaged = noise.get() > 0 || cover.get() > 0;
        String codeText = formatCode(r.code());
        caption.set(damaged
                ? TEXT.get("caption.damaged", codeText, fmt(r.error()), fmt(toClean))
                : TEXT.get("caption.clean", codeText, fmt(r.error())));
        Projection p = explorer.projectionProperty().get();
        if (p != null) {
            double[] at = p.project(r.code());
            explorer.setMarkers(LAYER, List.of(new WallMarker(at[0], at[1], MARKER_COLOUR, request.label())));
        }
    }

    /** The clean input, what the model saw and its reconstruction, side by side, as a PNG. */
    public CompletableFuture<Path> saveStrip(Path file) {
        Request request = shown;
        float[] reconstruction = shownReconstruction;
        if (request == null || reconstruction == null) {
            message.set(TEXT.get("save.nothing"));
            messageIsError.set(true);
            return CompletableFuture.failedFuture(new IllegalStateException(message.get()));
        }
        int h = request.handle().spec().height(), w = request.handle().spec().width();
        CompletableFuture<Path> saving = FileSaver.save(file, () -> {
            Mosaic.Picture p = Mosaic.render(new float[][] {request.clean(), request.input(), reconstruction}, 3, h, w, 6, 6,
                    Mosaic.BACKGROUND, null);
            return out -> {
                if (!ImageIO.write(p.toBufferedImage(), "png", out)) throw new IOException("no PNG writer available");
            };
        });
        UiTasks.onFx(saving, path -> {
            message.set(TEXT.get("save.done", path.toAbsolutePath()));
            messageIsError.set(false);
            explorer.done(message.get());
        }, error -> {
            message.set(UiTasks.message(error));
            messageIsError.set(true);
            explorer.fail(error);
        });
        return saving;
    }

    public String suggestedName() {
        ExplorerViewModel.ModelEntry entry = explorer.currentEntryProperty().get();
        return (entry == null ? "model" : entry.name().replaceAll("[^A-Za-z0-9._-]+", "-")) + "-drawing.png";
    }

    private static double meanSquared(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return s / a.length;
    }

    private static String formatCode(float[] code) {
        return ModelTexts.code(code, 6);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
