package org.latentexplorer.ui.sliders;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
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
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.LiveDecoder;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelReleasedException;
import org.latentexplorer.latent.LatentAxes;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.NextPulse;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.WallScene;

import java.util.Arrays;
import java.util.List;

/**
 * Latent sliders: one slider per latent coordinate (per principal direction, widest first, for codes of more
 * than {@link LatentAxes#MAX_SHOWN} numbers), starting at the selected image's code, or at the code under the
 * wall's probe, or at the codes' centre. Moving a slider decodes the code it shows at once (latest wins);
 * the traverse row decodes what one slider does from −{@value #TRAVERSE_RANGE} σ to +{@value #TRAVERSE_RANGE} σ
 * with the others held.
 */
public final class SlidersViewModel {
    /** One slider: its place among the axes, and its value in σ (the view binds to it). */
    public record Slider(int axis, String name, double explained, DoubleProperty value) {}

    /** Sliders reach this many σ each way. */
    public static final double RANGE = 4;
    public static final double TRAVERSE_RANGE = 3;
    public static final int TRAVERSE_STEPS = 9;

    private static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.sliders.messages");

    private final ExplorerViewModel explorer;
    private final ObservableList<Slider> sliders = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<float[]> code = new ReadOnlyObjectWrapper<>(this, "code");
    private final ReadOnlyObjectWrapper<float[]> decodedCode = new ReadOnlyObjectWrapper<>(this, "decodedCode");
    private final ReadOnlyObjectWrapper<Image> decoded = new ReadOnlyObjectWrapper<>(this, "decoded");
    private final IntegerProperty traverseAxis = new SimpleIntegerProperty(this, "traverseAxis", 0);
    private final ObservableList<Image> traverse = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final LiveDecoder decoder;
    private final LatestWins traverses = new LatestWins();
    private LatentAxes axes;
    private float[][] traverseCodes = new float[0][];
    /** Set while the sliders are moved to a new start, so that does not count as the user's move. */
    private boolean seeding;
    /** Decodes in a later pulse, once however many moves came first. */
    private final NextPulse decodeSoon = new NextPulse(this::decodeNow);

    public SlidersViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.decoder = new LiveDecoder(explorer.service(), (c, pixels) -> UiTasks.fx(() -> showDecoded(c, pixels)),
                error -> UiTasks.fx(() -> failUnlessStale(error)));
        explorer.codesProperty().addListener((o, a, b) -> rebuild());
        explorer.wallSceneProperty().addListener((o, old, scene) -> {
            if (scene != null && scene.selected() >= 0 && (old == null || old.selected() != scene.selected())) startAtSelection();
        });
        traverseAxis.addListener((o, a, b) -> scheduleDecode());
        active.addListener((o, a, b) -> scheduleDecode());
        rebuild();
    }

    /** Decodes only while true (the tool's tab is shown): hidden sliders cost the engine nothing. */
    public BooleanProperty activeProperty() { return active; }
    public ObservableList<Slider> sliders() { return sliders; }
    /** The code the sliders show. */
    public ReadOnlyObjectProperty<float[]> codeProperty() { return code.getReadOnlyProperty(); }
    /** The code whose decode {@link #decodedProperty} shows (it catches up with {@link #codeProperty}). */
    public ReadOnlyObjectProperty<float[]> decodedCodeProperty() { return decodedCode.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> decodedProperty() { return decoded.getReadOnlyProperty(); }
    /** Which slider the traverse row shows. */
    public IntegerProperty traverseAxisProperty() { return traverseAxis; }
    /** The traverse row's decodes, −3σ to +3σ. */
    public ObservableList<Image> traverse() { return traverse; }
    /** The units and directions, in words. */
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }
    /** Where the sliders started. */
    public ReadOnlyStringProperty originProperty() { return origin.getReadOnlyProperty(); }

    /** The traverse row's codes (for tests and export). */
    public float[][] traverseCodes() {
        return traverseCodes.clone();
    }

    /** The σ values the traverse row's pictures stand at. */
    public static double traverseValue(int step) {
        return -TRAVERSE_RANGE + 2 * TRAVERSE_RANGE * step / (TRAVERSE_STEPS - 1);
    }

    /** Starts at the selected test image's code, or else at the probe's, or else at the centre. */
    public void startAtSelection() {
        LatentCodes codes = explorer.codesProperty().get();
        WallScene scene = explorer.wallSceneProperty().get();
        if (axes == null || codes == null) return;
        if (scene != null && scene.selected() >= 0 && scene.selected() < codes.count()) {
            start(codes.codes()[scene.selected()], TEXT.get("origin.selected", scene.selected()));
        } else if (scene != null && scene.probe() != null && explorer.projectionProperty().get() != null) {
            start(explorer.projectionProperty().get().lift(scene.probe()[0], scene.probe()[1]), TEXT.get("origin.probe"));
        } else {
            centre();
        }
    }

    /** Starts at the codes' centre (a VAE's prior mean 0). */
    public void centre() {
        if (axes == null) return;
        start(axes.origin(), TEXT.get(axes.priorUnits() ? "origin.prior" : "origin.centre"));
    }

    private void rebuild() {
        LatentCodes codes = explorer.codesProperty().get();
        ModelHandle handle = explorer.modelProperty().get();
        sliders.clear();
        traverse.clear();
        traverseCodes = new float[0][];
        axes = null;
        code.set(null);
        decoded.set(null);
        decodedCode.set(null);
        if (codes == null || handle == null || codes.count() == 0) {
            info.set(TEXT.get("info.none"));
            return;
        }
        boolean prior = handle.spec().kind().hasPrior();
        axes = LatentAxes.of(codes.codes(), codes.dimension(), prior);
        for (int i = 0; i < axes.count(); i++) {
            int axis = i;
            String name = axes.principal() ? TEXT.get("axis.pc", i + 1) : TEXT.get("axis.z", i);
            DoubleProperty value = new SimpleDoubleProperty(this, "slider" + i, 0);
            value.addListener((o, a, t) -> {
                if (!seeding) move(axis, t.doubleValue());
            });
            sliders.add(new Slider(i, name, axes.explained(i), value));
        }
        info.set(TEXT.get(axes.principal() ? "info.principal" : "info.axes", axes.count(), codes.dimension(), prior ? 1 : 0));
        if (traverseAxis.get() >= axes.count()) traverseAxis.set(0);
        startAtSelection();
    }

    /** The sliders take {@code start}'s values (within ±{@value #RANGE} σ) and it is decoded. */
    private void start(float[] start, String from) {
        float[] c = start.clone();
        for (int i = 0; i < axes.count(); i++) {
            double v = axes.value(c, i);
            if (Math.abs(v) > RANGE) c = axes.withValue(c, i, Math.signum(v) * RANGE);
        }
        seeding = true;
        try {
            for (Slider s : sliders) s.value().set(axes.value(c, s.axis()));
        } finally {
            seeding = false;
        }
        origin.set(from);
        show(c);
    }

    /** Slider {@code axis} moved to {@code t}: the code follows along that direction only. */
    private void move(int axis, double t) {
        float[] current = code.get();
        if (axes == null || current == null) return;
        show(axes.withValue(current, axis, Math.max(-RANGE, Math.min(RANGE, t))));
    }

    private void show(float[] c) {
        code.set(c);
        scheduleDecode();
    }

    /**
     * Decodes the shown code and its traverse in the next pulse: a new model's codes arrive before the explorer
     * releases the old model in the same pulse, and the engine should do that release first.
     */
    private void scheduleDecode() {
        decodeSoon.request();
    }

    private void decodeNow() {
        ModelHandle handle = explorer.modelProperty().get();
        float[] c = code.get();
        if (!active.get() || handle == null || c == null || c.length != handle.spec().latentDim()) return;
        decoder.request(handle, c);
        updateTraverse();
    }

    private void showDecoded(float[] c, float[] pixels) {
        ModelHandle handle = explorer.modelProperty().get();
        if (handle == null || c.length != handle.spec().latentDim()) return;
        decodedCode.set(c);
        decoded.set(FxImages.grey(pixels, handle.spec().height(), handle.spec().width()));
    }

    private void updateTraverse() {
        ModelHandle handle = explorer.modelProperty().get();
        float[] c = code.get();
        LatestWins.Ticket ticket = traverses.next();
        if (axes == null || c == null || handle == null) return;
        float[][] codes = axes.traverse(c, Math.min(traverseAxis.get(), axes.count() - 1), TRAVERSE_RANGE, TRAVERSE_STEPS);
        ticket.onFx(explorer.service().decodeMany(handle, codes), pixels -> {
            if (!handle.equals(explorer.modelProperty().get())) return;
            traverseCodes = codes;
            List<Image> images = Arrays.stream(pixels).map(p -> (Image) FxImages.grey(p, handle.spec().height(), handle.spec().width())).toList();
            traverse.setAll(images);
        }, this::failUnlessStale);
    }

    /** A late answer about a model the wall has let go of is nobody's problem. */
    private void failUnlessStale(Throwable error) {
        if (UiTasks.unwrap(error) instanceof ModelReleasedException) return;
        explorer.fail(error);
    }
}
