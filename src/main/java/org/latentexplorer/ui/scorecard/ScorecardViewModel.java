package org.latentexplorer.ui.scorecard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.DefectsScorecard;
import org.latentexplorer.latent.GapMap;
import org.latentexplorer.latent.LatentRegion;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Projections;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.explorer.ExplorerViewModel.ModelEntry;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallScenes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The three-defects scorecard of two models side by side: each model's test codes on its own wall, the
 * scorecard's numbers (off-centre, asymmetry, gaps, discontinuity; {@link DefectsScorecard}) measured in the
 * background, and one selection shared by both walls, so the same test images are ringed on each.
 */
public final class ScorecardViewModel {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.scorecard.messages");
    /** Gaps drawn on the wall: a translucent red over the cells no code comes near. */
    static final int GAP_COLOUR = 0x55E03131;

    /** Which region gaps and discontinuity are measured on. */
    public enum RegionChoice { AUTO, PRIOR, BOX }

    /** The numbers compared between the two models. */
    public enum Metric { OFF_CENTRE, ASYMMETRY, GAPS, DISCONTINUITY_MEAN, DISCONTINUITY_P95 }

    private final ExplorerViewModel explorer;
    private final org.latentexplorer.engine.ModelEngine service;
    private final ScorecardSide left = new ScorecardSide("left", this::entryChosen);
    private final ScorecardSide right = new ScorecardSide("right", this::entryChosen);
    private final ObjectProperty<RegionChoice> region = new SimpleObjectProperty<>(this, "region", RegionChoice.AUTO);
    private final IntegerProperty grid = new SimpleIntegerProperty(this, "grid", DefectsScorecard.DEFAULT_GRID);
    private final BooleanProperty showGaps = new SimpleBooleanProperty(this, "showGaps", true);
    private final SharedSelection selection = new SharedSelection(left, right);
    private final ReadOnlyObjectWrapper<Map<Metric, Integer>> better = new ReadOnlyObjectWrapper<>(this, "better", Map.of());
    private final ReadOnlyStringWrapper comparisonNote = new ReadOnlyStringWrapper(this, "comparisonNote", "");
    private final BooleanBinding busy;
    private final DoubleBinding progress;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private boolean open;

    public ScorecardViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.service = explorer.service();
        busy = left.busy.or(right.busy);
        progress = Bindings.createDoubleBinding(() -> (left.progress.get() + right.progress.get()) / 2,
                left.progress, right.progress);
        region.addListener((o, a, b) -> remeasure());
        grid.addListener((o, a, b) -> remeasure());
        showGaps.addListener((o, a, b) -> { refreshOverlay(left); refreshOverlay(right); });
        left.result.addListener((o, a, b) -> compare());
        right.result.addListener((o, a, b) -> compare());
    }

    public ScorecardSide left() { return left; }
    public ScorecardSide right() { return right; }
    public ObservableList<ModelEntry> models() { return explorer.models(); }
    public ObjectProperty<RegionChoice> regionProperty() { return region; }
    public IntegerProperty gridProperty() { return grid; }
    public BooleanProperty showGapsProperty() { return showGaps; }
    public ReadOnlyObjectProperty<int[]> selectionProperty() { return selection.selectionProperty(); }
    public ReadOnlyStringProperty selectionTextProperty() { return selection.textProperty(); }
    /** Per metric: −1 the left model scores better, +1 the right one, 0 equal or not comparable. */
    public ReadOnlyObjectProperty<Map<Metric, Integer>> betterProperty() { return better.getReadOnlyProperty(); }
    public ReadOnlyStringProperty comparisonNoteProperty() { return comparisonNote.getReadOnlyProperty(); }
    /** True when both models show the same test images, so a selection carries over. */
    public ReadOnlyBooleanProperty linkedProperty() { return selection.linkedProperty(); }
    public BooleanBinding busyProperty() { return busy; }
    public DoubleBinding progressProperty() { return progress; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    private void entryChosen(ScorecardSide side) {
        if (open) load(side);
    }

    // --- opening and closing ------------------------------------------------------------------------------

    /**
     * Starts (or resumes) the comparison: by default the bundled AE and VAE of the explorer's dataset with the
     * explorer's latent size (mnist-ae-2d and mnist-vae-2d at first), otherwise the first two models.
     */
    public void open() {
        if (open) return;
        if (left.entry.get() == null || right.entry.get() == null) {
            ModelEntry[] pair = defaultPair();
            if (left.entry.get() == null) left.entry.set(pair[0]);
            if (right.entry.get() == null) right.entry.set(pair[1]);
        }
        open = true;
        if (left.handle == null) load(left);
        if (right.handle == null) load(right);
    }

    /** Releases both models (the window was closed); {@link #open} loads them again. */
    public void close() {
        open = false;
        for (ScorecardSide s : List.of(left, right)) {
            s.work.invalidate();
            if (s.handle != null) service.release(s.handle);
            s.handle = null;
            s.codes = null;
            s.data = null;
            s.gapMap = null;
            s.scene.set(null);
            s.result.set(null);
            s.gapTerrain.set(null);
            s.busy.set(false);
            s.progress.set(1);
        }
        clearSelection();
    }

    ModelEntry[] defaultPair() {
        List<ModelEntry> all = explorer.models();
        String dataset = "mnist";
        int latent = 2;
        ModelHandle current = explorer.modelProperty().get();
        if (current != null && current.spec().latentDim() <= 3) {
            dataset = current.spec().dataset();
            latent = current.spec().latentDim();
        }
        ModelEntry ae = find(all, dataset + "-ae-" + latent + "d"), vae = find(all, dataset + "-vae-" + latent + "d");
        if (ae == null || vae == null) {
            ae = find(all, "mnist-ae-2d");
            vae = find(all, "mnist-vae-2d");
        }
        if (ae == null || vae == null) {
            ae = all.isEmpty() ? null : all.get(0);
            vae = all.size() > 1 ? all.get(1) : ae;
        }
        return new ModelEntry[] {ae, vae};
    }

    private static ModelEntry find(List<ModelEntry> all, String name) {
        return all.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    // --- loading and measuring ---------------------------------------------------------------------------

    private void load(ScorecardSide side) {
        ModelEntry entry = side.entry.get();
        LatestWins.Ticket gen = side.work.next();
        side.result.set(null);
        side.gapTerrain.set(null);
        if (entry == null) return;
        side.busy.set(true);
        side.failed.set(false);
        side.progress.set(0.05);
        side.status.set(TEXT.get("status.loading", entry.name()));
        CompletableFuture<org.latentexplorer.engine.ModelEngine.Opened> opened = service.open(entry.file());
        UiTasks.onFx(opened, o -> {
            if (!gen.isCurrent() || !open) {
                service.release(o.handle());
                return;
            }
            if (side.handle != null) service.release(side.handle);
            side.handle = o.handle();
            side.data = o.dataset();
            side.codes = o.codes();
            side.description.set(org.latentexplorer.ui.common.ModelTexts.describe(o.handle().spec()));
            showCodes(side);
            if (!selection.checkLinked()) status.set(TEXT.get("status.notLinked", left.data.name(), right.data.name()));
            selection.apply();
            measure(side);
        }, error -> {
            side.busy.set(false);
            side.progress.set(1);
            side.failed.set(true);
            side.status.set(TEXT.get("status.failed", entry.name(), UiTasks.message(error)));
            status.set(side.status.get());
        });
    }

    private void showCodes(ScorecardSide side) {
        Projection p = Projections.defaultFor(side.codes.codes(), side.codes.dimension());
        String title = TEXT.get("wall.title", side.entry.get().name(), side.handle.spec().kind().name());
        side.scene.set(WallScenes.of(side.codes, p, side.data.classNames(), title,
                TEXT.get("wall.caption", org.latentexplorer.ui.common.ModelTexts.projection(p), side.codes.count())));
    }

    /** The region the scorecard of this side is measured on, by the current choice. */
    LatentRegion regionFor(ScorecardSide side) {
        int d = side.codes.dimension();
        boolean prior = switch (region.get()) {
            case PRIOR -> true;
            case BOX -> false;
            case AUTO -> side.handle.spec().kind().hasPrior();
        };
        return prior ? LatentRegion.priorBall(d, 0.95) : LatentRegion.boundingBox(side.codes.codes());
    }

    private void remeasure() {
        for (ScorecardSide s : List.of(left, right)) if (s.handle != null && s.codes != null) measure(s);
    }

    private void measure(ScorecardSide side) {
        LatestWins.Ticket gen = side.work.next();
        ModelHandle handle = side.handle;
        float[][] codes = side.codes.codes();
        LatentRegion r = regionFor(side);
        int g = grid.get();
        side.result.set(null);
        side.busy.set(true);
        side.progress.set(0.35);
        side.status.set(TEXT.get("status.measuring", side.entry.get().name()));
        record Prepared(DefectsScorecard.Shape shape, DefectsScorecard.Gaps gaps, GapMap map, DefectsScorecard.DiscontinuityGrid plan) {}
        record Measured(DefectsScorecard.Result result, GapMap map) {}
        // Three steps, none waiting on another thread: shape and gaps on a worker, the grid's decodes on the
        // engine, the discontinuity of those decodes on a worker again.
        CompletableFuture<Measured> work = UiTasks.background(() -> {
            DefectsScorecard.Shape shape = DefectsScorecard.shape(codes);
            DefectsScorecard.Gaps gaps = DefectsScorecard.gaps(codes, r, g, DefectsScorecard.DEFAULT_GAP_MULTIPLE);
            GapMap map = r.dimension() == 2 ? GapMap.of(codes, r, g, gaps.threshold()) : null;
            gen.fx(() -> {
                side.progress.set(0.6);
                side.status.set(TEXT.get("status.decoding", side.entry.get().name(), g));
            });
            return new Prepared(shape, gaps, map, DefectsScorecard.discontinuityGrid(r, g));
        }).thenCompose(parts -> {
            DefectsScorecard.DiscontinuityGrid plan = parts.plan();
            CompletableFuture<float[][]> decoded = plan.codes().length == 0
                    ? CompletableFuture.completedFuture(new float[0][]) : service.decodeMany(handle, plan.codes());
            return decoded.thenCompose(images -> UiTasks.background(() -> new Measured(
                    new DefectsScorecard.Result(codes.length, r.dimension(), parts.shape(), r, parts.gaps(),
                            plan.measure(images)), parts.map())));
        });
        gen.onFx(work, measured -> {
            side.gapMap = measured.map();
            side.result.set(measured.result());
            side.busy.set(false);
            side.progress.set(1);
            side.status.set(TEXT.get("status.done", side.entry.get().name()));
            refreshOverlay(side);
            if (!busy.get()) status.set(TEXT.get("status.bothDone"));
        }, error -> {
            if (!gen.isCurrent()) return;
            side.busy.set(false);
            side.progress.set(1);
            side.failed.set(true);
            side.status.set(TEXT.get("status.failed", side.entry.get().name(), UiTasks.message(error)));
            status.set(side.status.get());
        });
    }

    /** The region's outline as the wall's path, and its gaps as the wall's terrain (2-d codes). */
    private void refreshOverlay(ScorecardSide side) {
        DefectsScorecard.Result r = side.result.get();
        WallScene scene = side.scene.get();
        if (scene == null) return;
        if (r == null || r.dimension() < 2 || r.dimension() > 3) {
            side.gapTerrain.set(null);
            side.scene.set(scene.withPath(null));
            return;
        }
        side.scene.set(scene.withPath(outline(r.region())));
        GapMap map = side.gapMap;
        side.gapTerrain.set(showGaps.get() && map != null
                ? new Terrain(map.argb(GAP_COLOUR, 0, 0), map.grid(), map.grid(), map.x0(), map.x1(), map.y0(), map.y1()) : null);
    }

    /** The region's outline in the z0/z1 plane: a circle for the prior ball, a rectangle for a box. */
    static double[][] outline(LatentRegion region) {
        if (region.kind() == LatentRegion.Kind.PRIOR_BALL) {
            int n = 96;
            double[][] path = new double[n + 1][];
            for (int i = 0; i <= n; i++) {
                double a = 2 * Math.PI * i / n;
                path[i] = new double[] {region.radius() * Math.cos(a), region.radius() * Math.sin(a)};
            }
            return path;
        }
        double x0 = region.lo(0), x1 = region.hi(0), y0 = region.lo(1), y1 = region.hi(1);
        return new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
    }

    private void compare() {
        DefectsScorecard.Result a = left.result.get(), b = right.result.get();
        if (a == null || b == null) {
            better.set(Map.of());
            comparisonNote.set("");
            return;
        }
        Map<Metric, Integer> m = new EnumMap<>(Metric.class);
        m.put(Metric.OFF_CENTRE, lower(a.shape().offCentre(), b.shape().offCentre()));
        m.put(Metric.ASYMMETRY, lower(Math.abs(Math.log(a.shape().asymmetry())), Math.abs(Math.log(b.shape().asymmetry()))));
        boolean sameRegion = a.region().kind() == b.region().kind();
        if (sameRegion) {
            m.put(Metric.GAPS, lower(a.gaps().fraction(), b.gaps().fraction()));
            m.put(Metric.DISCONTINUITY_MEAN, lower(a.discontinuity().mean(), b.discontinuity().mean()));
            m.put(Metric.DISCONTINUITY_P95, lower(a.discontinuity().p95(), b.discontinuity().p95()));
        }
        better.set(m);
        comparisonNote.set(sameRegion ? TEXT.get("compare.sameRegion", regionName(a.region()))
                : TEXT.get("compare.differentRegions", regionName(a.region()), regionName(b.region())));
    }

    static String regionName(LatentRegion r) {
        return TEXT.get(r.kind() == LatentRegion.Kind.PRIOR_BALL ? "region.prior.short" : "region.box.short");
    }

    private static int lower(double left, double right) {
        if (Double.isNaN(left) || Double.isNaN(right) || Math.abs(left - right) <= 1e-9 * Math.max(Math.abs(left), Math.abs(right))) return 0;
        return left < right ? -1 : 1;
    }

    // --- the shared selection -----------------------------------------------------------------------------

    /** A point clicked on one wall: it is selected and ringed there and, if linked, on the other wall. */
    public void selectPoint(ScorecardSide side, int index) {
        selection.selectPoint(side, index);
    }

    /** A rectangle dragged on one wall (wall coordinates): its test images are ringed on both walls. */
    public void selectRegion(ScorecardSide side, double x0, double x1, double y0, double y1) {
        selection.selectRegion(side, x0, x1, y0, y1);
    }

    public void clearSelection() {
        selection.clear();
    }

    /** For tests and the view: the side whose wall a selection was made on, or null. */
    ScorecardSide selectionSource() {
        return selection.source();
    }

    @Override public String toString() {
        return "scorecard " + Objects.toString(left.entry.get()) + " vs " + Objects.toString(right.entry.get());
    }
}
