package org.latentexplorer.ui.wall;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * The wall's "train + test" switch: when on, the training images' codes are drawn beside the test images'
 * (all 70,000 of Fashion-MNIST). They are encoded on first use, in chunks on the engine thread with progress,
 * and projected like the test codes off the FX thread; new codes (another model, an epoch) or another
 * projection make them stale. Hovering a training point shows its image; a click decodes its code.
 */
public final class FullWallViewModel {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.wall.messages");
    /** Images per encode request: a chunk's end moves the progress bar. */
    private static final int CHUNK = 6_000;

    private final ExplorerViewModel explorer;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "on");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<GalleryWall.ExtraPoints> extra = new ReadOnlyObjectWrapper<>(this, "extra");
    private final BooleanBinding available;
    private final LatestWins latest = new LatestWins();
    /** The training images' codes for {@link #encodedFor}, or null. */
    private float[][] trainCodes;
    private LatentCodes encodedFor;

    public FullWallViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        available = Bindings.createBooleanBinding(() -> explorer.modelProperty().get() != null
                        && explorer.datasetProperty().get() != null && explorer.datasetProperty().get().train().count() > 0
                        && !explorer.trainingProperty().get(),
                explorer.modelProperty(), explorer.datasetProperty(), explorer.trainingProperty());
        on.addListener((o, a, b) -> refresh());
        explorer.codesProperty().addListener((o, a, b) -> refresh());
        explorer.projectionProperty().addListener((o, a, b) -> refresh());
        available.addListener((o, a, b) -> refresh());
    }

    /** The switch (the toolbar's toggle binds to it). */
    public BooleanProperty onProperty() { return on; }
    /** A model with training images is on the wall and no run is training it. */
    public BooleanBinding availableProperty() { return available; }
    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** What is being done or what went wrong, or empty. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The training points to draw beside the test points, or null. */
    public ReadOnlyObjectProperty<GalleryWall.ExtraPoints> extraProperty() { return extra.getReadOnlyProperty(); }

    private void refresh() {
        LatestWins.Ticket ticket = latest.next();
        extra.set(null);
        computing.set(false);
        status.set("");
        LatentCodes codes = explorer.codesProperty().get();
        if (codes != encodedFor) {
            // New codes: another model, or the same model after an epoch. Its training codes have moved too.
            trainCodes = null;
            encodedFor = null;
        }
        if (!on.get() || !available.get() || codes == null) return;
        ModelHandle handle = explorer.modelProperty().get();
        ImageDataset data = explorer.datasetProperty().get();
        Projection projection = explorer.projectionProperty().get();
        if (projection == null) return;
        computing.set(true);
        CompletableFuture<float[][]> encoded;
        if (trainCodes != null) {
            encoded = CompletableFuture.completedFuture(trainCodes);
        } else {
            progress.set(0);
            status.set(TEXT.get("encoding", data.train().count()));
            encoded = encodeInChunks(handle, data.train(), ticket);
        }
        CompletableFuture<GalleryWall.ExtraPoints> points = encoded.thenCompose(train -> {
            ticket.fx(() -> {
                trainCodes = train;
                encodedFor = codes;
            });
            return UiTasks.background(() -> project(train, data, projection));
        });
        ticket.onFx(points, p -> {
            computing.set(false);
            status.set("");
            extra.set(p);
        }, error -> {
            computing.set(false);
            status.set(TEXT.get("failed", UiTasks.message(error)));
        });
    }

    /** Encodes {@code images} a chunk at a time on the engine thread, moving the progress bar after each. */
    private CompletableFuture<float[][]> encodeInChunks(ModelHandle handle, ImageSet images, LatestWins.Ticket ticket) {
        int n = images.count();
        float[][] out = new float[n][];
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (int from = 0; from < n; from += CHUNK) {
            int start = from, end = Math.min(n, from + CHUNK);
            chain = chain.thenCompose(v -> {
                if (!ticket.isCurrent()) return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException());
                return explorer.service().encode(handle, slice(images, start, end)).thenAccept(c -> {
                    System.arraycopy(c.codes(), 0, out, start, c.count());
                    ticket.fx(() -> progress.set((double) end / n));
                });
            });
        }
        return chain.thenApply(v -> out);
    }

    static ImageSet slice(ImageSet images, int from, int to) {
        int size = images.imageSize();
        return new ImageSet(Arrays.copyOfRange(images.pixels(), from * size, to * size),
                Arrays.copyOfRange(images.labels(), from, to), images.height(), images.width());
    }

    private GalleryWall.ExtraPoints project(float[][] train, ImageDataset data, Projection projection) {
        double[] xs = new double[train.length], ys = new double[train.length];
        for (int i = 0; i < train.length; i++) {
            double[] p = projection.project(train[i]);
            xs[i] = p[0];
            ys[i] = p[1];
        }
        ImageSet images = data.train();
        return new GalleryWall.ExtraPoints(xs, ys, images.labels().clone(), TEXT.get("caption", train.length),
                i -> FxImages.grey(images.image(i), data.height(), data.width()),
                i -> TEXT.get("hover", i, data.className(images.labels()[i])),
                i -> explorer.probeCode(train[i]));
    }
}
