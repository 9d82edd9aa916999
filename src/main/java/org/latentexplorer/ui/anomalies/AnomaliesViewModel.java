package org.latentexplorer.ui.anomalies;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.Anomalies;
import org.latentexplorer.latent.HeldOutClass;
import org.latentexplorer.latent.Histogram;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.common.FileSaver;
import org.latentexplorer.wall.Mosaic;
import org.latentexplorer.wall.Palette;
import org.latentexplorer.wall.WallScene;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/**
 * Reconstruction error as an anomaly score: the histogram of every test image's error, a threshold above
 * which images are flagged (ringed on the wall), the worst K with their reconstructions, and — for a model
 * trained with one class held out — the ROC AUC of the error for finding that class.
 */
public final class AnomaliesViewModel {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.anomalies.messages");
    static final int BINS = 50;
    static final double DEFAULT_QUANTILE = 0.95;
    static final int MAX_TOP = 100;

    /** One of the worst reconstructed images. */
    public record Item(int index, int label, String className, float error, Image original, Image reconstruction) {}

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<Histogram> histogram = new ReadOnlyObjectWrapper<>(this, "histogram");
    private final DoubleProperty threshold = new SimpleDoubleProperty(this, "threshold", 0);
    private final ReadOnlyDoubleWrapper minError = new ReadOnlyDoubleWrapper(this, "minError", 0);
    private final ReadOnlyDoubleWrapper maxError = new ReadOnlyDoubleWrapper(this, "maxError", 1);
    private final ReadOnlyIntegerWrapper flaggedCount = new ReadOnlyIntegerWrapper(this, "flaggedCount");
    private final ReadOnlyStringWrapper thresholdText = new ReadOnlyStringWrapper(this, "thresholdText", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final BooleanProperty flagOnWall = new SimpleBooleanProperty(this, "flagOnWall", true);
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final IntegerProperty top = new SimpleIntegerProperty(this, "top", 20);
    private final ObservableList<Item> worst = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper aucText = new ReadOnlyStringWrapper(this, "aucText", "");
    private final ReadOnlyDoubleWrapper auc = new ReadOnlyDoubleWrapper(this, "auc", Double.NaN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(this, "messageIsError");
    private int[] flagged = new int[0];
    private float[][] worstReconstructions;
    /** The worst images of older codes are dropped when they arrive. */
    private final LatestWins worstImages = new LatestWins();
    private ModelHandle shownModel;

    public AnomaliesViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        // New codes (a model loaded, an epoch trained) come with a new wall: measure them again.
        explorer.wallSceneProperty().addListener((o, old, scene) -> {
            if (scene != null && (old == null || scene.xs() != old.xs())) codesChanged();
        });
        threshold.addListener((o, a, t) -> thresholdChanged());
        flagOnWall.addListener((o, a, on) -> applyFlags());
        active.addListener((o, a, on) -> applyFlags());
        top.addListener((o, a, k) -> refreshWorst());
        explorer.historyProperty().addListener((o, a, h) -> refreshAuc());
        if (explorer.wallSceneProperty().get() != null) codesChanged();
    }

    public ReadOnlyObjectProperty<Histogram> histogramProperty() { return histogram.getReadOnlyProperty(); }
    public DoubleProperty thresholdProperty() { return threshold; }
    public ReadOnlyDoubleProperty minErrorProperty() { return minError.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty maxErrorProperty() { return maxError.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty flaggedCountProperty() { return flaggedCount.getReadOnlyProperty(); }
    public ReadOnlyStringProperty thresholdTextProperty() { return thresholdText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public BooleanProperty flagOnWallProperty() { return flagOnWall; }
    /** Flags go on the wall once the tool has been opened. */
    public BooleanProperty activeProperty() { return active; }
    public IntegerProperty topProperty() { return top; }
    public ObservableList<Item> worst() { return worst; }
    public ReadOnlyStringProperty aucTextProperty() { return aucText.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty aucProperty() { return auc.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public BooleanProperty messageIsErrorProperty() { return messageIsError; }

    /** Indices of the flagged images (error above the threshold), ascending. */
    public int[] flagged() {
        return flagged.clone();
    }

    /** Shows test image {@code index} on the main wall (selected, with its reconstruction in the inspector). */
    public void select(int index) {
        explorer.selectPoint(index);
    }

    /** Sets the threshold so that the given fraction of images lies above it. */
    public void flagFraction(double fraction) {
        LatentCodes codes = explorer.codesProperty().get();
        if (codes == null || codes.count() == 0) return;
        threshold.set(Histogram.quantile(codes.errors(), Math.max(0, Math.min(1, 1 - fraction))));
    }

    private void codesChanged() {
        LatentCodes codes = explorer.codesProperty().get();
        if (codes == null || codes.count() == 0) return;
        float[] errors = codes.errors();
        Histogram h = Histogram.of(errors, BINS);
        boolean newModel = !java.util.Objects.equals(shownModel, explorer.modelProperty().get());
        shownModel = explorer.modelProperty().get();
        double old = threshold.get();
        // A slider bound to these never sees min above max: the side that moves away from the other goes first.
        if (h.lo() > maxError.get()) {
            maxError.set(h.hi());
            minError.set(h.lo());
        } else {
            minError.set(h.lo());
            maxError.set(h.hi());
        }
        histogram.set(h);
        double mean = 0;
        for (float e : errors) mean += e;
        mean /= errors.length;
        summary.set(TEXT.get("summary", codes.count(), fmt(mean), fmt(Histogram.quantile(errors, 0.5)), fmt(h.hi())));
        double t = newModel ? Histogram.quantile(errors, DEFAULT_QUANTILE) : Math.max(h.lo(), Math.min(h.hi(), old));
        if (t == threshold.get()) thresholdChanged();
        else threshold.set(t);
        refreshWorst();
        refreshAuc();
    }

    private void thresholdChanged() {
        LatentCodes codes = explorer.codesProperty().get();
        if (codes == null) return;
        flagged = Histogram.indicesAbove(codes.errors(), threshold.get());
        flaggedCount.set(flagged.length);
        thresholdText.set(TEXT.get("threshold", fmt(threshold.get()), flagged.length, codes.count(),
                String.format(Locale.ROOT, "%.1f", 100.0 * flagged.length / codes.count())));
        applyFlags();
    }

    private void applyFlags() {
        if (!active.get()) return;
        WallScene scene = explorer.wallSceneProperty().get();
        if (scene == null) return;
        int[] rings = flagOnWall.get() ? flagged : new int[0];
        if (!java.util.Arrays.equals(scene.highlighted(), rings)) explorer.setHighlighted(rings);
    }

    private void refreshWorst() {
        LatentCodes codes = explorer.codesProperty().get();
        ModelHandle handle = explorer.modelProperty().get();
        ImageDataset data = explorer.datasetProperty().get();
        LatestWins.Ticket ticket = worstImages.next();
        if (codes == null || handle == null || data == null || codes.count() != data.test().count()) {
            worst.clear();
            return;
        }
        int k = Math.max(1, Math.min(MAX_TOP, top.get()));
        int[] indices = Anomalies.worst(codes.errors(), Math.min(k, codes.count()));
        float[][] chosen = new float[indices.length][];
        for (int i = 0; i < indices.length; i++) chosen[i] = codes.codes()[indices[i]];
        // The reconstruction through the code (μ for a VAE) is the one whose error is shown.
        ticket.onFx(explorer.service().decodeMany(handle, chosen), images -> {
            List<Item> items = new ArrayList<>();
            int h = data.height(), w = data.width();
            for (int i = 0; i < indices.length; i++) {
                int index = indices[i], label = codes.labels()[index];
                items.add(new Item(index, label, data.className(label), codes.errors()[index],
                        FxImages.grey(data.test().image(index), h, w), FxImages.grey(images[i], h, w)));
            }
            worstReconstructions = images;
            worst.setAll(items);
        }, error -> {
            message.set(UiTasks.message(error));
            messageIsError.set(true);
        });
    }

    private void refreshAuc() {
        LatentCodes codes = explorer.codesProperty().get();
        ImageDataset data = explorer.datasetProperty().get();
        TrainingHistory history = explorer.historyProperty().get();
        OptionalInt held = HeldOutClass.fromSettings(history == null ? null : history.settings());
        if (codes == null || data == null) {
            auc.set(Double.NaN);
            aucText.set("");
            return;
        }
        if (held.isEmpty()) {
            auc.set(Double.NaN);
            aucText.set(TEXT.get("auc.none"));
            return;
        }
        int k = held.getAsInt();
        int positives = 0;
        for (int l : codes.labels()) if (l == k) positives++;
        if (k >= data.classNames().size() || positives == 0 || positives == codes.count()) {
            auc.set(Double.NaN);
            aucText.set(TEXT.get("auc.notMeasurable", k, positives, codes.count()));
            return;
        }
        double value = Anomalies.rocAucForClass(codes.errors(), codes.labels(), k);
        auc.set(value);
        aucText.set(TEXT.get("auc.value", data.className(k), k, String.format(Locale.ROOT, "%.3f", value), positives));
    }

    /** The worst images above their reconstructions, framed in their class colour, as a PNG. */
    public CompletableFuture<Path> saveGallery(Path file) {
        ImageDataset data = explorer.datasetProperty().get();
        List<Item> items = List.copyOf(worst);
        float[][] reconstructions = worstReconstructions;
        if (data == null || items.isEmpty() || reconstructions == null || reconstructions.length != items.size()) {
            message.set(TEXT.get("gallery.empty"));
            messageIsError.set(true);
            return CompletableFuture.failedFuture(new IllegalStateException(message.get()));
        }
        float[][] originals = new float[items.size()][];
        int[] frames = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            originals[i] = data.test().image(items.get(i).index());
            frames[i] = 0xFF000000 | Palette.rgb(items.get(i).label());
        }
        message.set(TEXT.get("gallery.saving", file.getFileName()));
        messageIsError.set(false);
        CompletableFuture<Path> saving = FileSaver.save(file, () -> {
            Mosaic.Picture p = Mosaic.pairedGallery(originals, reconstructions, frames, 10, data.height(), data.width(), 2, 4);
            return out -> {
                if (!ImageIO.write(p.toBufferedImage(), "png", out)) throw new IOException("no PNG writer available");
            };
        });
        UiTasks.onFx(saving, path -> {
            message.set(TEXT.get("gallery.saved", path.toAbsolutePath(), items.size()));
            messageIsError.set(false);
            explorer.done(message.get());
        }, error -> {
            message.set(UiTasks.message(error));
            messageIsError.set(true);
            explorer.fail(error);
        });
        return saving;
    }

    public String suggestedGalleryName() {
        ExplorerViewModel.ModelEntry entry = explorer.currentEntryProperty().get();
        return (entry == null ? "model" : entry.name().replaceAll("[^A-Za-z0-9._-]+", "-")) + "-worst-" + worst.size() + ".png";
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
