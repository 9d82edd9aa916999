package org.latentexplorer.ui.sampling;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.CodeDistances;
import org.latentexplorer.latent.LatentRegion;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.WallMarker;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * Sampling: K random codes, from the prior N(0, I) or uniformly over the codes' bounding box, dropped on the
 * wall as red markers and decoded into a gallery. Each sample is also measured against the test codes: one
 * farther from every test code than nearly all test codes are from their nearest neighbour lies where the
 * decoder was never trained, which is why a plain AE's samples from N(0, I) so often look like nothing.
 */
public final class SamplingViewModel {
    /** Where the samples come from. */
    public enum Source { PRIOR, BOX }

    /** One decoded sample. {@code far}: off the data, in the sense above. */
    public record Sample(int number, float[] code, Image image, double nearest, boolean far) {}

    public static final int MIN_COUNT = 1;
    public static final int MAX_COUNT = 64;
    static final String LAYER = "sampling";
    static final int MARKER_COLOUR = 0xFFD62728;
    /** "Far" means beyond this quantile of the test codes' nearest-neighbour distances. */
    static final double FAR_QUANTILE = 0.99;

    private static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.sampling.messages");

    private final ExplorerViewModel explorer;
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count", 16);
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.PRIOR);
    private final ObservableList<Sample> samples = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final SplittableRandom seeds = new SplittableRandom();
    /** Samples drawn for older codes, or cleared since, are dropped when their decodes arrive. */
    private final LatestWins draws = new LatestWins();
    /** The far threshold for the current codes (computed once per set of codes). */
    private LatentCodes thresholdFor;
    private double threshold;

    public SamplingViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        info.set(TEXT.get("info.start"));
        explorer.modelProperty().addListener((o, a, b) -> clear());
        explorer.projectionProperty().addListener((o, a, b) -> mark());
    }

    /** K, {@value #MIN_COUNT}..{@value #MAX_COUNT}. */
    public IntegerProperty countProperty() { return count; }
    public ObjectProperty<Source> sourceProperty() { return source; }
    public ObservableList<Sample> samples() { return samples; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }

    /** Whether the prior is the model's own (a VAE) or just a reference (a plain AE has none). */
    public boolean isVae() {
        ModelHandle h = explorer.modelProperty().get();
        return h != null && h.spec().kind().hasPrior();
    }

    /** Draws K new codes with a fresh seed, decodes them, and marks them on the wall. */
    public void sample() {
        sample(seeds.nextLong());
    }

    public void sample(long seed) {
        ModelHandle handle = explorer.modelProperty().get();
        LatentCodes codes = explorer.codesProperty().get();
        if (handle == null || codes == null || codes.count() == 0) return;
        int k = Math.max(MIN_COUNT, Math.min(MAX_COUNT, count.get()));
        Source from = source.get();
        float[][] drawn = draw(from, k, handle.spec().latentDim(), codes.codes(), seed);
        LatestWins.Ticket ticket = draws.next();
        busy.set(true);
        CompletableFuture<float[][]> decoded = explorer.service().decodeMany(handle, drawn);
        CompletableFuture<double[]> distances = UiTasks.background(() -> measure(drawn, codes));
        ticket.onFx(decoded.thenCombine(distances, Measured::new), m -> {
            if (!handle.equals(explorer.modelProperty().get())) return;
            busy.set(false);
            int h = handle.spec().height(), w = handle.spec().width();
            List<Sample> out = new ArrayList<>();
            int far = 0;
            for (int i = 0; i < k; i++) {
                boolean isFar = m.distances()[i] > threshold;
                if (isFar) far++;
                out.add(new Sample(i + 1, drawn[i], FxImages.grey(m.pixels()[i], h, w), m.distances()[i], isFar));
            }
            samples.setAll(out);
            mark();
            String where = from == Source.PRIOR ? TEXT.get(isVae() ? "info.fromPrior.vae" : "info.fromPrior.ae") : TEXT.get("info.fromBox");
            info.set(TEXT.get("info.done", k, where, far, String.format(java.util.Locale.ROOT, "%.2f", threshold)));
        }, e -> {
            busy.set(false);
            explorer.fail(e);
        });
    }

    private record Measured(float[][] pixels, double[] distances) {}

    /** Each sample's distance to the nearest test code (and the far threshold, computed once per codes). */
    private double[] measure(float[][] drawn, LatentCodes codes) {
        synchronized (this) {
            if (thresholdFor != codes) {
                threshold = CodeDistances.nearestNeighbourQuantile(codes.codes(), FAR_QUANTILE, 1000);
                thresholdFor = codes;
            }
        }
        double[] d = new double[drawn.length];
        for (int i = 0; i < drawn.length; i++) d[i] = CodeDistances.nearest(drawn[i], codes.codes());
        return d;
    }

    /** K codes of {@code dimension} values from N(0, I) or uniform over the bounding box of {@code codes}. */
    static float[][] draw(Source from, int k, int dimension, float[][] codes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] out = new float[k][dimension];
        LatentRegion box = from == Source.BOX ? LatentRegion.boundingBox(codes) : null;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < dimension; j++) {
                out[i][j] = (float) (box == null ? random.nextGaussian() : box.lo(j) + random.nextDouble() * (box.hi(j) - box.lo(j)));
            }
        }
        return out;
    }

    private void mark() {
        Projection p = explorer.projectionProperty().get();
        if (p == null) return;
        List<WallMarker> marks = new ArrayList<>();
        for (Sample s : samples) {
            double[] at = p.project(s.code());
            marks.add(new WallMarker(at[0], at[1], MARKER_COLOUR, Integer.toString(s.number())));
        }
        explorer.setMarkers(LAYER, marks);
    }

    /** Takes the samples off the wall and out of the gallery. */
    public void clear() {
        draws.invalidate();
        busy.set(false);
        samples.clear();
        explorer.setMarkers(LAYER, List.of());
        info.set(TEXT.get("info.start"));
    }
}
