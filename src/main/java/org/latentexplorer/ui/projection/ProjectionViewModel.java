package org.latentexplorer.ui.projection;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.latent.EmbeddedProjection;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Tsne;
import org.latentexplorer.latent.TsneProjection;
import org.latentexplorer.latent.Umap;
import org.latentexplorer.latent.UmapProjection;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.WallScene;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How codes of more than three numbers are drawn flat: PCA (the default; a click maps back through the
 * mean plus the two components, so the decode is exact), t-SNE or UMAP (computed in the background with
 * their parameters; a click decodes a neighbour-weighted code, with a confidence). A new model or training
 * epoch brings back PCA.
 */
public final class ProjectionViewModel {
    /** The projections offered. */
    public enum Kind { PCA, TSNE, UMAP }

    public static final int MIN_PERPLEXITY = 5, MAX_PERPLEXITY = 100;
    public static final int MIN_NEIGHBOURS = 2, MAX_NEIGHBOURS = 100;
    public static final double MAX_MIN_DIST = 0.99;

    /** Latent sizes above this get a projection choice (up to 3 the wall shows the code's own axes). */
    static final int MIN_DIMENSION = 4;

    private static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.projection.messages");

    private final ExplorerViewModel explorer;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.PCA);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper(this, "badge", "");
    private final ReadOnlyStringWrapper clickInfo = new ReadOnlyStringWrapper(this, "clickInfo", "");
    private final ReadOnlyDoubleWrapper confidence = new ReadOnlyDoubleWrapper(this, "confidence", -1);
    private final ReadOnlyIntegerWrapper switched = new ReadOnlyIntegerWrapper(this, "switched");
    private final IntegerProperty perplexity = new SimpleIntegerProperty(this, "perplexity", 30);
    private final IntegerProperty neighbours = new SimpleIntegerProperty(this, "neighbours", 15);
    private final DoubleProperty minDist = new SimpleDoubleProperty(this, "minDist", 0.1);
    private Tsne.Options options = Tsne.Options.defaults();
    private Umap.Options umapOptions = Umap.Options.defaults();

    /** A map run superseded by another choice delivers nothing. */
    private final LatestWins runs = new LatestWins();
    private AtomicBoolean cancel = new AtomicBoolean();
    /** Maps of the current codes already computed, by kind and parameters (a switch back is instant). */
    private final Map<Settings, EmbeddedProjection> cached = new HashMap<>();
    private LatentCodes cachedFor;
    /** What Ctrl+E goes back to from PCA. */
    private Kind lastMap = Kind.TSNE;
    /** The method's name of the run under way, for the status line. */
    private String runningMethod = "";
    /** Set while this tool changes the wall's projection, so its own change is not taken for a reset. */
    private boolean switching;
    /** Set while the choice follows the explorer (which went back to PCA by itself): nothing to apply then. */
    private boolean following;

    public ProjectionViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        kind.addListener((o, a, k) -> {
            if (k != Kind.PCA) lastMap = k;
            if (!following) apply();
        });
        Runnable recompute = () -> {
            if (kind.get() != Kind.PCA && !following) apply();
        };
        perplexity.addListener((o, a, b) -> recompute.run());
        neighbours.addListener((o, a, b) -> recompute.run());
        minDist.addListener((o, a, b) -> recompute.run());
        explorer.codesProperty().addListener((o, a, codes) -> {
            // New codes (another model, a training epoch): the explorer went back to its default projection,
            // and a map of the old codes means nothing any more.
            stop();
            cached.clear();
            cachedFor = null;
            updateAvailability();
            follow();
            describe();
        });
        explorer.trainingProperty().addListener((o, a, b) -> updateAvailability());
        explorer.projectionProperty().addListener((o, a, p) -> {
            if (!switching && !(p instanceof EmbeddedProjection) && kind.get() != Kind.PCA && !computing.get()) follow();
            describe();
        });
        explorer.wallSceneProperty().addListener((o, old, scene) -> probed(old, scene));
        updateAvailability();
        describe();
    }

    public ObjectProperty<Kind> kindProperty() { return kind; }
    /** A choice exists: the code has more than 3 numbers and no training is running. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty computingProperty() { return computing.getReadOnlyProperty(); }
    /** t-SNE's perplexity (its effective number of neighbours): an input the panel's spinner edits. */
    public IntegerProperty perplexityProperty() { return perplexity; }
    /** UMAP's neighbourhood size (an input). */
    public IntegerProperty neighboursProperty() { return neighbours; }
    /** UMAP's minimum distance between points on the map (an input). */
    public DoubleProperty minDistProperty() { return minDist; }
    /** Progress of a t-SNE or UMAP run, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** What the wall shows, and what a click there means. */
    public ReadOnlyStringProperty badgeProperty() { return badge.getReadOnlyProperty(); }
    /** On a t-SNE or UMAP map: how far the last click's decode can be trusted. */
    public ReadOnlyStringProperty clickInfoProperty() { return clickInfo.getReadOnlyProperty(); }
    /** The last click's confidence on a t-SNE or UMAP map in [0, 1], or −1. */
    public ReadOnlyDoubleProperty confidenceProperty() { return confidence.getReadOnlyProperty(); }
    /** Counts switches of the wall's projection, so the view can fit the new map. */
    public ReadOnlyIntegerProperty switchedProperty() { return switched.getReadOnlyProperty(); }

    /** For tests: fewer iterations (the perplexity comes from its property). */
    void setOptions(Tsne.Options options) {
        this.options = options;
    }

    /** For tests: fewer epochs (neighbours and minimum distance come from their properties). */
    void setUmapOptions(Umap.Options options) {
        this.umapOptions = options;
    }

    /** PCA, or the neighbour map (t-SNE or UMAP) chosen last. */
    public void toggle() {
        if (available.get()) kind.set(kind.get() == Kind.PCA ? lastMap : Kind.PCA);
    }

    /** Stops a running t-SNE or UMAP; the wall keeps what it shows, and the choices go back to saying so. */
    public void cancel() {
        if (!computing.get()) return;
        stop();
        following = true;
        try {
            Projection shown = explorer.projectionProperty().get();
            if (shown instanceof TsneProjection t) {
                kind.set(Kind.TSNE);
                perplexity.set((int) Math.round(t.perplexity()));
            } else if (shown instanceof UmapProjection u) {
                kind.set(Kind.UMAP);
                neighbours.set(u.neighbours());
                minDist.set(u.minDist());
            } else {
                kind.set(Kind.PCA);
            }
        } finally {
            following = false;
        }
        describe();
    }

    /** What a map is computed from, besides the codes. */
    private record Settings(Kind kind, int perplexity, int neighbours, double minDist) {}

    private Settings settings() {
        return kind.get() == Kind.TSNE ? new Settings(Kind.TSNE, perplexity.get(), 0, 0)
                : new Settings(Kind.UMAP, 0, neighbours.get(), minDist.get());
    }

    /** Shows PCA as chosen without applying it: the explorer already shows its default projection. */
    private void follow() {
        if (kind.get() == Kind.PCA) return;
        following = true;
        try {
            kind.set(Kind.PCA);
        } finally {
            following = false;
        }
    }

    private void updateAvailability() {
        LatentCodes codes = explorer.codesProperty().get();
        boolean big = codes != null && codes.dimension() >= MIN_DIMENSION && explorer.modelProperty().get() != null
                && explorer.modelProperty().get().spec().latentDim() >= MIN_DIMENSION;
        available.set(big && !explorer.trainingProperty().get());
        if (!available.get()) {
            stop();
            follow();
        }
    }

    private void apply() {
        LatentCodes codes = explorer.codesProperty().get();
        if (codes == null) return;
        if (kind.get() == Kind.PCA) {
            stop();
            if (!(explorer.projectionProperty().get() instanceof PcaProjection) && available.get()) {
                use(new PcaProjection(codes.codes(), codes.dimension()));
            }
            describe();
            return;
        }
        if (!available.get()) return;
        Settings wanted = settings();
        EmbeddedProjection ready = cachedFor == codes ? cached.get(wanted) : null;
        if (ready != null) {
            stop();
            use(ready);
            return;
        }
        start(codes, wanted);
    }

    private void use(Projection p) {
        switching = true;
        try {
            explorer.useProjection(p);
        } finally {
            switching = false;
        }
        clickInfo.set("");
        confidence.set(-1);
        switched.set(switched.get() + 1);
        describe();
    }

    private void start(LatentCodes codes, Settings wanted) {
        stop();
        LatestWins.Ticket run = runs.next();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        computing.set(true);
        progress.set(0);
        String method = TEXT.get(wanted.kind() == Kind.TSNE ? "kind.tsne" : "kind.umap");
        runningMethod = method;
        Tsne.Options tsne = options.withPerplexity(wanted.perplexity() > 0 ? wanted.perplexity() : options.perplexity());
        Umap.Options umap = new Umap.Options(Math.max(MIN_NEIGHBOURS, wanted.neighbours()), wanted.minDist(), umapOptions.epochs(), umapOptions.seed());
        describe();
        explorer.begin(TEXT.get("status.computing", method, codes.count()));
        long[] lastReport = {0};
        Umap.Progress report = (done, total) -> {
            long now = System.nanoTime();
            if (now - lastReport[0] < 100_000_000L && done < total) return;
            lastReport[0] = now;
            UiTasks.fx(() -> {
                if (!run.isCurrent()) return;
                progress.set((double) done / total);
                explorer.showProgress(progress.get());
                describe();
            });
        };
        var work = UiTasks.background(() -> wanted.kind() == Kind.TSNE
                ? new TsneProjection(codes.codes(), Tsne.embed(codes.codes(), tsne, (done, total, kl) -> report.report(done, total), cancelled::get), tsne.perplexity())
                : new UmapProjection(codes.codes(), Umap.embed(codes.codes(), umap, report, cancelled::get), umap.neighbours(), umap.minDist()));
        UiTasks.onFx(work, p -> {
            if (!run.isCurrent()) return;
            computing.set(false);
            if (explorer.codesProperty().get() != codes || kind.get() != wanted.kind()) {
                describe();
                return;
            }
            if (cachedFor != codes) cached.clear();
            cached.put(wanted, p);
            cachedFor = codes;
            explorer.done(TEXT.get("status.done", method, codes.count()));
            use(p);
        }, error -> {
            if (!run.isCurrent()) return;
            computing.set(false);
            if (error instanceof CancellationException) {
                explorer.done(TEXT.get("status.cancelled", method));
            } else {
                explorer.fail(error);
                if (kind.get() == wanted.kind()) kind.set(Kind.PCA);
            }
            describe();
        });
    }

    /** Stops a running map (its result, should it still arrive, is dropped). */
    private void stop() {
        runs.invalidate();
        cancel.set(true);
        if (computing.get()) {
            computing.set(false);
            explorer.done(TEXT.get("status.cancelled", runningMethod));
        }
    }

    private void probed(WallScene old, WallScene scene) {
        if (scene == null || scene.probe() == null || (old != null && old.probe() == scene.probe())) return;
        if (!(explorer.projectionProperty().get() instanceof EmbeddedProjection map)) return;
        EmbeddedProjection.Lift lift = map.liftWithConfidence(scene.probe()[0], scene.probe()[1]);
        confidence.set(lift.confidence());
        clickInfo.set(TEXT.get("click", Math.round(lift.confidence() * 100), fmt(lift.spacing()), fmt(lift.spread()),
                EmbeddedProjection.NEIGHBOURS, lift.confidence() < 0.5 ? 1 : 0));
    }

    private void describe() {
        Projection p = explorer.projectionProperty().get();
        if (!available.get() && !(p instanceof EmbeddedProjection)) {
            badge.set(p instanceof PcaProjection pca ? TEXT.get("badge.pca", Math.round(pca.explainedVariance() * 100)) : "");
            return;
        }
        if (computing.get()) {
            LatentCodes codes = explorer.codesProperty().get();
            badge.set(TEXT.get("badge.computing", TEXT.get(kind.get() == Kind.UMAP ? "kind.umap" : "kind.tsne"),
                    codes == null ? 0 : codes.count(), Math.round(progress.get() * 100)));
        } else if (p instanceof TsneProjection t) {
            badge.set(TEXT.get("badge.tsne", Math.round(t.perplexity()), EmbeddedProjection.NEIGHBOURS));
        } else if (p instanceof UmapProjection u) {
            badge.set(TEXT.get("badge.umap", u.neighbours(), fmt(u.minDist()), EmbeddedProjection.NEIGHBOURS));
        } else if (p instanceof PcaProjection pca) {
            badge.set(TEXT.get("badge.pca", Math.round(pca.explainedVariance() * 100)));
        } else {
            badge.set("");
        }
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
