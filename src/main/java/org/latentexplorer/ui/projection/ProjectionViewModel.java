package org.latentexplorer.ui.projection;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.latentexplorer.engine.LatentCodes;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Tsne;
import org.latentexplorer.latent.TsneProjection;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.WallScene;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How codes of more than three numbers are drawn flat: PCA (the default; a click maps back through the
 * mean plus the two components, so the decode is exact) or t-SNE (computed in the background; a click
 * decodes a neighbour-weighted code, with a confidence). A new model or training epoch brings back PCA.
 */
public final class ProjectionViewModel {
    /** The projections offered. */
    public enum Kind { PCA, TSNE }

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
    private Tsne.Options options = Tsne.Options.defaults();

    /** A t-SNE run superseded by another choice delivers nothing. */
    private final LatestWins runs = new LatestWins();
    private AtomicBoolean cancel = new AtomicBoolean();
    private TsneProjection cached;
    private LatentCodes cachedFor;
    /** Set while this tool changes the wall's projection, so its own change is not taken for a reset. */
    private boolean switching;
    /** Set while the choice follows the explorer (which went back to PCA by itself): nothing to apply then. */
    private boolean following;

    public ProjectionViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        kind.addListener((o, a, k) -> {
            if (!following) apply();
        });
        explorer.codesProperty().addListener((o, a, codes) -> {
            // New codes (another model, a training epoch): the explorer went back to its default projection,
            // and a t-SNE of the old codes means nothing any more.
            stop();
            cached = null;
            cachedFor = null;
            updateAvailability();
            follow();
            describe();
        });
        explorer.trainingProperty().addListener((o, a, b) -> updateAvailability());
        explorer.projectionProperty().addListener((o, a, p) -> {
            if (!switching && !(p instanceof TsneProjection) && kind.get() == Kind.TSNE && !computing.get()) follow();
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
    /** Progress of a t-SNE run, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** What the wall shows, and what a click there means. */
    public ReadOnlyStringProperty badgeProperty() { return badge.getReadOnlyProperty(); }
    /** On a t-SNE map: how far the last click's decode can be trusted. */
    public ReadOnlyStringProperty clickInfoProperty() { return clickInfo.getReadOnlyProperty(); }
    /** The last t-SNE click's confidence in [0, 1], or −1. */
    public ReadOnlyDoubleProperty confidenceProperty() { return confidence.getReadOnlyProperty(); }
    /** Counts switches of the wall's projection, so the view can fit the new map. */
    public ReadOnlyIntegerProperty switchedProperty() { return switched.getReadOnlyProperty(); }

    /** For tests: fewer iterations. */
    void setOptions(Tsne.Options options) {
        this.options = options;
    }

    public void toggle() {
        if (available.get()) kind.set(kind.get() == Kind.PCA ? Kind.TSNE : Kind.PCA);
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
        if (cached != null && cachedFor == codes) {
            use(cached);
            return;
        }
        start(codes);
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

    private void start(LatentCodes codes) {
        stop();
        LatestWins.Ticket run = runs.next();
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        computing.set(true);
        progress.set(0);
        Tsne.Options opts = options;
        describe();
        explorer.begin(TEXT.get("status.computing", codes.count()));
        var work = UiTasks.background(() -> {
            long[] lastReport = {0};
            double[][] map = Tsne.embed(codes.codes(), opts, (done, total, kl) -> {
                long now = System.nanoTime();
                if (now - lastReport[0] < 100_000_000L && done < total) return;
                lastReport[0] = now;
                UiTasks.fx(() -> {
                    if (!run.isCurrent()) return;
                    progress.set((double) done / total);
                    explorer.progressProperty().set(progress.get());
                    describe();
                });
            }, cancelled::get);
            return new TsneProjection(codes.codes(), map, opts.perplexity());
        });
        UiTasks.onFx(work, p -> {
            if (!run.isCurrent()) return;
            computing.set(false);
            if (explorer.codesProperty().get() != codes || kind.get() != Kind.TSNE) {
                describe();
                return;
            }
            cached = p;
            cachedFor = codes;
            explorer.done(TEXT.get("status.done", codes.count()));
            use(p);
        }, error -> {
            if (!run.isCurrent()) return;
            computing.set(false);
            if (error instanceof CancellationException) {
                explorer.done(TEXT.get("status.cancelled"));
            } else {
                explorer.fail(error);
                if (kind.get() == Kind.TSNE) kind.set(Kind.PCA);
            }
            describe();
        });
    }

    /** Stops a running t-SNE (its result, should it still arrive, is dropped). */
    private void stop() {
        runs.invalidate();
        cancel.set(true);
        if (computing.get()) {
            computing.set(false);
            explorer.done(TEXT.get("status.cancelled"));
        }
    }

    private void probed(WallScene old, WallScene scene) {
        if (scene == null || scene.probe() == null || (old != null && old.probe() == scene.probe())) return;
        if (!(explorer.projectionProperty().get() instanceof TsneProjection t)) return;
        TsneProjection.Lift lift = t.liftWithConfidence(scene.probe()[0], scene.probe()[1]);
        confidence.set(lift.confidence());
        clickInfo.set(TEXT.get("click", Math.round(lift.confidence() * 100), fmt(lift.spacing()), fmt(lift.spread()),
                TsneProjection.NEIGHBOURS, lift.confidence() < 0.5 ? 1 : 0));
    }

    private void describe() {
        Projection p = explorer.projectionProperty().get();
        if (!available.get() && !(p instanceof TsneProjection)) {
            badge.set(p instanceof PcaProjection pca ? TEXT.get("badge.pca", Math.round(pca.explainedVariance() * 100)) : "");
            return;
        }
        if (computing.get()) {
            LatentCodes codes = explorer.codesProperty().get();
            badge.set(TEXT.get("badge.computing", codes == null ? 0 : codes.count(), Math.round(progress.get() * 100)));
        } else if (p instanceof TsneProjection t) {
            badge.set(TEXT.get("badge.tsne", Math.round(t.perplexity()), TsneProjection.NEIGHBOURS));
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
