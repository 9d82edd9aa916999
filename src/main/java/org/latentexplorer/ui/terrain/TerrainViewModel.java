package org.latentexplorer.ui.terrain;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.Density;
import org.latentexplorer.latent.LatentGrid;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.EmbeddedProjection;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.TerrainPictures;
import org.latentexplorer.wall.WallScene;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The decoder terrain: what lies under the wall's points. Decoded tiles over the visible region (redrawn,
 * after a short pause, as the user zooms and pans), tiles spaced by the normal quantiles (VAEs), the density
 * of the encoded points, or the prior's density (VAEs). Decoding runs on the engine thread; at most one
 * request is in flight, and a result is shown only if no newer request was made meanwhile.
 */
public final class TerrainViewModel {
    /** What the terrain shows. */
    public enum Mode {
        DECODED(false), QUANTILES(true), DENSITY(false), PRIOR(true);

        private final boolean vaeOnly;

        Mode(boolean vaeOnly) {
            this.vaeOnly = vaeOnly;
        }

        /** Needs a Gaussian prior, and a linear projection to carry it onto the wall. */
        public boolean vaeOnly() {
            return vaeOnly;
        }

        /** Redrawn for the visible region (the others cover a fixed area). */
        boolean followsView() {
            return this != QUANTILES;
        }
    }

    public static final int MIN_TILES = 2;
    public static final int MAX_TILES = 30;
    /** Cells per side of a density map. */
    static final int DENSITY_CELLS = 180;
    static final Duration PAUSE = Duration.millis(150);

    private static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.terrain.messages");

    private final ExplorerViewModel explorer;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.DECODED);
    private final IntegerProperty tiles = new SimpleIntegerProperty(this, "tiles", 16);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 0.8);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper priorModes = new ReadOnlyBooleanWrapper(this, "priorModes");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final PauseTransition pause = new PauseTransition(PAUSE);

    /** Each redraw's ticket: a terrain finished after a newer redraw was asked for is not shown. */
    private final LatestWins redraws = new LatestWins();
    private boolean inFlight;
    private boolean pending;
    private Shown shown;

    /** What the wall shows now: for tests and the legend. {@code codes} are the tiles' codes (null for densities). */
    record Shown(Mode mode, int n, float[][] codes, Terrain terrain) {}

    private record Request(LatestWins.Ticket ticket, Mode mode, int n, double opacity, ModelHandle handle, Projection projection,
                           double[] region, WallScene scene, boolean vae) {}

    public TerrainViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        pause.setOnFinished(e -> refresh());
        enabled.addListener((o, was, on) -> refresh());
        mode.addListener((o, a, b) -> refresh());
        tiles.addListener((o, a, b) -> later());
        opacity.addListener((o, a, b) -> later());
        explorer.visibleRegionProperty().addListener((o, a, b) -> {
            if (mode.get().followsView()) later();
        });
        explorer.modelProperty().addListener((o, a, b) -> {
            // The explorer cleared the old model's terrain; its projection arrives right after the model.
            shown = null;
            updateAvailability();
            later();
        });
        explorer.projectionProperty().addListener((o, a, b) -> {
            updateAvailability();
            later();
        });
        // New codes (a training epoch): the decoder changed too.
        explorer.codesProperty().addListener((o, a, b) -> later());
        updateAvailability();
    }

    public BooleanProperty enabledProperty() { return enabled; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    /** Tiles per side, {@value #MIN_TILES}..{@value #MAX_TILES}. */
    public IntegerProperty tilesProperty() { return tiles; }
    public DoubleProperty opacityProperty() { return opacity; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Whether the prior-based modes make sense: a VAE, shown through a linear projection. */
    public ReadOnlyBooleanProperty priorModesProperty() { return priorModes.getReadOnlyProperty(); }
    /** One sentence on what the terrain shows now. */
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }

    Shown shown() {
        return shown;
    }

    private void updateAvailability() {
        ModelHandle handle = explorer.modelProperty().get();
        boolean vae = handle != null && handle.spec().kind().hasPrior();
        boolean linear = !(explorer.projectionProperty().get() instanceof EmbeddedProjection);
        priorModes.set(vae && linear);
        if (!priorModes.get() && mode.get().vaeOnly()) mode.set(Mode.DECODED);
    }

    /** Redraw after a short pause (zoom and pan, sliders): only the last of a burst of changes is decoded. */
    private void later() {
        if (!enabled.get()) return;
        pause.playFromStart();
    }

    /** Redraw now. */
    public void refresh() {
        pause.stop();
        redraws.invalidate();
        if (!enabled.get()) {
            pending = false;
            shown = null;
            explorer.showTerrain(null);
            info.set("");
            return;
        }
        if (inFlight) {
            pending = true;
            return;
        }
        start();
    }

    private void start() {
        Request r = request();
        if (r == null) return;
        inFlight = true;
        busy.set(true);
        CompletableFuture<Shown> work = switch (r.mode()) {
            case DECODED, QUANTILES -> decodeTiles(r);
            case DENSITY, PRIOR -> UiTasks.background(() -> density(r));
        };
        UiTasks.onFx(work, result -> finish(r, result), error -> {
            finish(r, null);
            // A redraw for a model the wall has since replaced fails harmlessly; only a current one is news.
            if (r.ticket().isCurrent()) explorer.fail(error);
        });
    }

    private Request request() {
        ModelHandle handle = explorer.modelProperty().get();
        Projection projection = explorer.projectionProperty().get();
        double[] region = explorer.visibleRegionProperty().get();
        WallScene scene = explorer.wallSceneProperty().get();
        if (!enabled.get() || handle == null || projection == null || scene == null || (region == null && mode.get().followsView())) return null;
        Mode m = mode.get();
        boolean vae = handle.spec().kind().hasPrior();
        if (m.vaeOnly() && !priorModes.get()) m = Mode.DECODED;
        int n = Math.max(MIN_TILES, Math.min(MAX_TILES, tiles.get()));
        return new Request(redraws.next(), m, n, opacity.get(), handle, projection, region, scene, vae);
    }

    private void finish(Request r, Shown result) {
        inFlight = false;
        if (pending) {
            // A newer request arrived while this one ran: this result is out of date.
            pending = false;
            start();
            return;
        }
        busy.set(false);
        if (result == null || !r.ticket().isCurrent() || !enabled.get()) return;
        // The description first: whoever sees the new terrain (a test polling off the FX thread) sees its text too.
        info.set(describe(r, result));
        explorer.showTerrain(result.terrain());
        shown = result;
    }

    /** A square box around the visible region's centre that covers all of it, so tiles stay square. */
    static double[] squareCover(double[] region) {
        double cx = 0.5 * (region[0] + region[1]), cy = 0.5 * (region[2] + region[3]);
        double half = 0.5 * Math.max(region[1] - region[0], region[3] - region[2]);
        if (!(half > 0)) half = 1;
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }

    private CompletableFuture<Shown> decodeTiles(Request r) {
        int n = r.n();
        int h = r.handle().spec().height(), w = r.handle().spec().width();
        CompletableFuture<Layout> layout = UiTasks.background(() -> layout(r));
        return layout.thenCompose(l -> explorer.service().decodeMany(r.handle(), l.codes())
                .thenApplyAsync(decoded -> {
                    Terrain t = r.mode() == Mode.QUANTILES
                            ? TerrainPictures.uneven(decoded, l.xs(), l.ys(), h, w, r.opacity())
                            : TerrainPictures.decoded(decoded, n, h, w, l.box()[0], l.box()[1], l.box()[2], l.box()[3], r.opacity());
                    return new Shown(r.mode(), n, l.codes(), t);
                }));
    }

    /** Tile centres and their codes: each tile decodes what a click at its centre would decode. */
    private record Layout(double[] xs, double[] ys, float[][] codes, double[] box) {}

    private static Layout layout(Request r) {
        int n = r.n();
        double[] xs, ys, box;
        if (r.mode() == Mode.QUANTILES) {
            // The prior N(0, I) falls on the plane as N(c, I) with c the projection of the origin (both
            // projections offered for VAEs are orthonormal), so the quantiles are laid around c.
            double[] q = LatentGrid.quantiles(n, 2).xs();
            double[] c = r.projection().project(new float[r.handle().spec().latentDim()]);
            xs = new double[n];
            ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = c[0] + q[i];
                ys[i] = c[1] + q[i];
            }
            box = null;
        } else {
            box = squareCover(r.region());
            LatentGrid grid = LatentGrid.box(n, box[0], box[1], box[2], box[3], 2);
            xs = grid.xs();
            ys = grid.ys();
        }
        float[][] codes = new float[n * n][];
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) codes[row * n + col] = r.projection().lift(xs[col], ys[n - 1 - row]);
        }
        return new Layout(xs, ys, codes, box);
    }

    private static Shown density(Request r) {
        double[] box = squareCover(r.region());
        WallScene s = r.scene();
        double priorPeak = 1 / (2 * Math.PI);
        double codesPeak = codesPeak(s);
        // One colour scale for both maps of a VAE, so the codes' density and the prior can be compared.
        double top = r.vae() ? Math.max(priorPeak, codesPeak) : codesPeak;
        Density.Grid grid;
        if (r.mode() == Mode.PRIOR) {
            double[] c = r.projection().project(new float[r.handle().spec().latentDim()]);
            grid = Density.normal(c[0], c[1], 1, box[0], box[1], box[2], box[3], DENSITY_CELLS, DENSITY_CELLS);
        } else {
            double h = Density.scottBandwidth(s.xs(), s.ys());
            grid = Density.kde(s.xs(), s.ys(), h, box[0], box[1], box[2], box[3], DENSITY_CELLS, DENSITY_CELLS);
        }
        return new Shown(r.mode(), DENSITY_CELLS, null, TerrainPictures.heatmap(grid, top, r.opacity()));
    }

    /** The codes' density peak, measured over where the points are (not just the visible part). */
    static double codesPeak(WallScene s) {
        if (s.count() == 0) return 1;
        double[] b = s.robustBounds();
        double h = Density.scottBandwidth(s.xs(), s.ys());
        return Density.kde(s.xs(), s.ys(), h, b[0] - 3 * h, b[1] + 3 * h, b[2] - 3 * h, b[3] + 3 * h, 120, 120).max();
    }

    private String describe(Request r, Shown s) {
        String plane = r.projection() instanceof EmbeddedProjection ? TEXT.get("info.plane.tsne")
                : r.handle().spec().latentDim() > 2 ? TEXT.get("info.plane.rest") : "";
        WallScene scene = r.scene();
        return switch (r.mode()) {
            case DECODED -> TEXT.get("info.decoded", s.n(), plane);
            case QUANTILES -> TEXT.get("info.quantiles", s.n(), plane);
            case DENSITY -> TEXT.get("info.density", scene.count(), fmt(Density.scottBandwidth(scene.xs(), scene.ys())));
            case PRIOR -> TEXT.get("info.prior");
        };
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
