package org.latentexplorer.ui.paths;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.util.Duration;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.Interpolation;
import org.latentexplorer.latent.Polyline;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.WallScene;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Paths through the latent space: two ends A and B (test images or coordinates), K decodes along the line
 * between their codes (or along a spherical arc, for VAEs), the pixel cross-fade of the two originals for
 * contrast, or K decodes along a path drawn freehand on the wall. Plays the frames as an animation and
 * exports them as a PNG strip or an animated GIF.
 */
public final class PathsViewModel {
    /** How wall clicks are used: not at all, two clicks set A and B, or a drag draws a path. */
    public enum Pick { NONE, CLICKS, DRAW }

    /**
     * One end of a path: test image {@code index} (its code and original), or a coordinate ({@code index} −1,
     * no image). {@code caption} says which, for the panel.
     */
    public record End(int index, float[] code, float[] image, String caption) {
        public boolean isTestImage() {
            return index >= 0;
        }
    }

    public static final int MIN_STEPS = 2;
    public static final int MAX_STEPS = 30;
    static final String LAYER = "paths";
    static final Duration FRAME_TIME = Duration.millis(140);

    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.paths.messages");

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<End> a = new ReadOnlyObjectWrapper<>(this, "a");
    private final ReadOnlyObjectWrapper<End> b = new ReadOnlyObjectWrapper<>(this, "b");
    private final ReadOnlyObjectWrapper<Image> aImage = new ReadOnlyObjectWrapper<>(this, "aImage");
    private final ReadOnlyObjectWrapper<Image> bImage = new ReadOnlyObjectWrapper<>(this, "bImage");
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", 10);
    private final BooleanProperty slerp = new SimpleBooleanProperty(this, "slerp");
    private final ReadOnlyBooleanWrapper slerpAvailable = new ReadOnlyBooleanWrapper(this, "slerpAvailable");
    private final ObjectProperty<Pick> pick = new SimpleObjectProperty<>(this, "pick", Pick.NONE);
    private final ReadOnlyBooleanWrapper freehand = new ReadOnlyBooleanWrapper(this, "freehand");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final FramePlayer player = new FramePlayer(this::markEnds);

    private float[][] frameCodes;
    private float[][] decodes;
    private float[][] fadePixels;
    /** Codes along the drawn line, projected anew when the wall's projection changes. */
    private float[][] drawnCodes;
    private double[][] drawnStroke;
    private Stroke stroke;
    private boolean expectingB;
    private End lastPicked;
    /** Decodes of a path that has since changed are dropped. */
    private final LatestWins pathDecodes = new LatestWins();

    public PathsViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        info.set(TEXT.get("info.start"));
        steps.addListener((o, x, y) -> {
            if (freehand.get() && drawnStroke != null) drawPath(drawnStroke);
            else recompute();
        });
        slerp.addListener((o, x, y) -> {
            if (!freehand.get()) recompute();
        });
        pick.addListener((o, x, p) -> {
            expectingB = false;
            info.set(p == Pick.CLICKS ? TEXT.get("info.clickA") : p == Pick.DRAW ? TEXT.get("info.draw") : info.get());
            // An armed pick owns the wall's clicks until it is disarmed, another panel is shown or the model changes.
            if (p == Pick.NONE) explorer.wallClaims().release(this);
            else explorer.wallClaims().claim(this, () -> pick.set(Pick.NONE));
        });
        explorer.modelProperty().addListener((o, old, m) -> {
            slerpAvailable.set(m != null && m.spec().kind().hasPrior());
            if (!slerpAvailable.get()) slerp.set(false);
            clear();
        });
        explorer.projectionProperty().addListener((o, x, y) -> redrawOnWall());
        // The last point or coordinate the user picked on the wall is what "Set A" and "Set B" take.
        explorer.wallSceneProperty().addListener((o, old, scene) -> remember(old, scene));
        ModelHandle m = explorer.modelProperty().get();
        slerpAvailable.set(m != null && m.spec().kind().hasPrior());
    }

    public ReadOnlyObjectProperty<End> aProperty() { return a.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<End> bProperty() { return b.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> aImageProperty() { return aImage.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> bImageProperty() { return bImage.getReadOnlyProperty(); }
    public IntegerProperty stepsProperty() { return steps; }
    public BooleanProperty slerpProperty() { return slerp; }
    public ReadOnlyBooleanProperty slerpAvailableProperty() { return slerpAvailable.getReadOnlyProperty(); }
    public ObjectProperty<Pick> pickProperty() { return pick; }
    public ObservableList<Image> frames() { return player.frames(); }
    /** The cross-fade of the two originals, one per frame; empty unless both ends are test images. */
    public ObservableList<Image> fades() { return player.fades(); }
    public IntegerProperty frameProperty() { return player.frameProperty(); }
    public ReadOnlyObjectProperty<Image> currentFrameProperty() { return player.currentFrameProperty(); }
    public ReadOnlyObjectProperty<Image> currentFadeProperty() { return player.currentFadeProperty(); }
    public BooleanProperty playingProperty() { return player.playingProperty(); }
    public ReadOnlyBooleanProperty freehandProperty() { return freehand.getReadOnlyProperty(); }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }

    /** The decoded frames' pixels (for tests and export). */
    float[][] decodes() { return decodes; }
    float[][] frameCodes() { return frameCodes; }

    // --- choosing the ends ----------------------------------------------------------------------------

    private void remember(WallScene old, WallScene scene) {
        if (scene == null) return;
        if (scene.selected() >= 0 && (old == null || old.selected() != scene.selected())) {
            lastPicked = endAtPoint(scene.selected());
        } else if (scene.probe() != null && (old == null || old.probe() != scene.probe())) {
            lastPicked = endAtCoordinate(scene.probe()[0], scene.probe()[1]);
        }
    }

    /** A uses the last point clicked or coordinate probed on the wall. */
    public void useAsA() {
        useLastPicked(this::setA);
    }

    public void useAsB() {
        useLastPicked(this::setB);
    }

    private void useLastPicked(java.util.function.Consumer<End> end) {
        if (lastPicked == null) {
            info.set(TEXT.get("info.nothingPicked"));
            return;
        }
        end.accept(lastPicked);
        recompute();
    }

    /** Sets both ends and computes the filmstrip (for scripting and tests). */
    public void between(End from, End to) {
        setA(from);
        setB(to);
        recompute();
    }

    public void swap() {
        End oldA = a.get();
        setA(b.get());
        setB(oldA);
        recompute();
    }

    /** Test image {@code index} as an end, or null if there is no such image. */
    public End endAtPoint(int index) {
        LatentCodes codes = explorer.codesProperty().get();
        ImageDataset data = explorer.datasetProperty().get();
        if (codes == null || data == null || index < 0 || index >= codes.count()) return null;
        String label = data.className(data.test().labels()[index]);
        return new End(index, codes.codes()[index].clone(), data.test().image(index), TEXT.get("end.point", index, label));
    }

    /** The code a click at wall coordinate (x, y) decodes, as an end. */
    public End endAtCoordinate(double x, double y) {
        Projection p = explorer.projectionProperty().get();
        return p == null ? null : coordinate(p.lift(x, y));
    }

    private static End coordinate(float[] code) {
        return new End(-1, code, null, PathTexts.coordinate(code));
    }

    private void setA(End end) {
        a.set(end);
        aImage.set(end == null ? null : thumbnail(end, aImage));
    }

    private void setB(End end) {
        b.set(end);
        bImage.set(end == null ? null : thumbnail(end, bImage));
    }

    /** The original of a test image; for a coordinate, its decode (filled in when it arrives). */
    private Image thumbnail(End end, ObjectProperty<Image> target) {
        ModelHandle handle = explorer.modelProperty().get();
        if (handle == null) return null;
        int h = handle.spec().height(), w = handle.spec().width();
        if (end.image() != null) return FxImages.grey(end.image(), h, w);
        UiTasks.onFx(explorer.service().decode(handle, end.code()), pixels -> {
            ModelHandle now = explorer.modelProperty().get();
            End current = target == aImage ? a.get() : b.get();
            if (handle.equals(now) && current == end) target.set(FxImages.grey(pixels, h, w));
        }, explorer::fail);
        return null;
    }

    // --- wall gestures --------------------------------------------------------------------------------

    /**
     * A primary press on the wall; true if the paths tool takes it: with Alt, or in Draw mode, a drag draws
     * a path; in click mode, the press sets A, then B.
     */
    public boolean wallPressed(double x, double y, int point, boolean alt) {
        if (explorer.modelProperty().get() == null) return false;
        if (alt || pick.get() == Pick.DRAW) {
            stroke = new Stroke(x, y);
            return true;
        }
        if (pick.get() != Pick.CLICKS) return false;
        End end = point >= 0 ? endAtPoint(point) : endAtCoordinate(x, y);
        if (end == null) return true;
        if (!expectingB) {
            clearFrames();
            setA(end);
            setB(null);
            expectingB = true;
            markEnds();
            info.set(TEXT.get("info.clickB"));
        } else {
            setB(end);
            expectingB = false;
            recompute();
        }
        return true;
    }

    public void strokeTo(double x, double y) {
        if (stroke != null && stroke.add(x, y)) explorer.setPath(stroke.points());
    }

    public void strokeEnded(double x, double y) {
        if (stroke == null) return;
        strokeTo(x, y);
        double[][] points = stroke.points();
        stroke = null;
        if (points.length < 2 || Polyline.length(points) == 0) {
            redrawOnWall();
            return;
        }
        drawPath(points);
    }

    /** K decodes evenly spaced along a polyline drawn in wall coordinates. */
    public void drawPath(double[][] points) {
        Projection p = explorer.projectionProperty().get();
        if (p == null) return;
        drawnStroke = points;
        double[][] at = Polyline.resample(points, steps.get());
        float[][] codes = PathMarks.lifted(p, at);
        float[][] line = PathMarks.lifted(p, points);
        setA(coordinate(codes[0]));
        setB(coordinate(codes[codes.length - 1]));
        decode(codes, line, null, true);
    }

    // --- computing ------------------------------------------------------------------------------------

    private void recompute() {
        End from = a.get(), to = b.get();
        if (from == null || to == null) {
            markEnds();
            return;
        }
        int k = Math.max(MIN_STEPS, Math.min(MAX_STEPS, steps.get()));
        boolean spherical = slerp.get() && slerpAvailable.get();
        float[][] codes = spherical ? Interpolation.slerp(from.code(), to.code(), k) : Interpolation.linear(from.code(), to.code(), k);
        float[][] line = spherical ? Interpolation.slerp(from.code(), to.code(), 64) : Interpolation.linear(from.code(), to.code(), 64);
        float[][] fade = from.image() != null && to.image() != null ? Interpolation.crossFade(from.image(), to.image(), k) : null;
        drawnStroke = null;
        decode(codes, line, fade, false);
    }

    private void decode(float[][] codes, float[][] line, float[][] fade, boolean drawn) {
        ModelHandle handle = explorer.modelProperty().get();
        if (handle == null) return;
        LatestWins.Ticket ticket = pathDecodes.next();
        info.set(TEXT.get("info.decoding", codes.length));
        ticket.onFx(explorer.service().decodeMany(handle, codes), pixels -> {
            if (!handle.equals(explorer.modelProperty().get())) return;
            int h = handle.spec().height(), w = handle.spec().width();
            frameCodes = codes;
            decodes = pixels;
            fadePixels = fade;
            drawnCodes = line;
            freehand.set(drawn);
            List<Image> images = new ArrayList<>(), fadeImages = new ArrayList<>();
            for (float[] p : pixels) images.add(FxImages.grey(p, h, w));
            if (fade != null) for (float[] p : fade) fadeImages.add(FxImages.grey(p, h, w));
            if (a.get() != null && a.get().image() == null) aImage.set(images.get(0));
            if (b.get() != null && b.get().image() == null) bImage.set(images.get(images.size() - 1));
            player.show(images, fadeImages);
            redrawOnWall();
            info.set(describe(codes, pixels, drawn));
        }, explorer::fail);
    }

    private String describe(float[][] codes, float[][] pixels, boolean drawn) {
        return PathTexts.done(codes, pixels, drawn ? "kind.drawn" : slerp.get() && slerpAvailable.get() ? "kind.slerp" : "kind.linear");
    }

    // --- the wall -------------------------------------------------------------------------------------

    private void redrawOnWall() {
        Projection p = explorer.projectionProperty().get();
        if (p == null) return;
        explorer.setPath(drawnCodes == null ? null : PathMarks.projected(p, drawnCodes));
        markEnds();
    }

    private void markEnds() {
        Projection p = explorer.projectionProperty().get();
        if (p == null) return;
        float[][] playable = player.frames().size() > 1 ? frameCodes : null;
        explorer.setMarkers(LAYER, PathMarks.marks(p, playable, player.frameProperty().get(), a.get(), b.get()));
    }

    // --- clearing -------------------------------------------------------------------------------------

    private void clearFrames() {
        pathDecodes.invalidate();
        frameCodes = null;
        decodes = null;
        fadePixels = null;
        drawnCodes = null;
        freehand.set(false);
        player.clear();
    }

    /** Forgets both ends and the filmstrip, and takes them off the wall. */
    public void clear() {
        clearFrames();
        drawnStroke = null;
        stroke = null;
        expectingB = false;
        lastPicked = null;
        setA(null);
        setB(null);
        explorer.setMarkers(LAYER, List.of());
        explorer.setPath(null);
        info.set(pick.get() == Pick.CLICKS ? TEXT.get("info.clickA") : TEXT.get("info.start"));
    }

    // --- export ---------------------------------------------------------------------------------------

    /** Writes the strip as PNG, or the animation as GIF, in the background; the status line reports. */
    public CompletableFuture<Path> export(Path file, boolean gif) {
        ModelHandle handle = explorer.modelProperty().get();
        if (decodes == null || handle == null) return CompletableFuture.failedFuture(new IllegalStateException(TEXT.get("error.noFrames")));
        CompletableFuture<Path> done = new PathExport(decodes, fadePixels, handle.spec().height(), handle.spec().width()).write(file, gif);
        UiTasks.onFx(done, f -> explorer.done(TEXT.get("status.exported", f)), explorer::fail);
        return done;
    }
}
