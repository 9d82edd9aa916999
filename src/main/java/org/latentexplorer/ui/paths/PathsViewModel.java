package org.latentexplorer.ui.paths;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.util.Duration;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.Interpolation;
import org.latentexplorer.latent.Polyline;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.AnimatedGif;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Mosaic;
import org.latentexplorer.wall.WallMarker;
import org.latentexplorer.wall.WallScene;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    static final int END_COLOUR = 0xFF1F2328;
    static final int FRAME_COLOUR = 0xFFE8590C;
    static final int STEP_COLOUR = 0xFF8A8FA0;
    static final Duration FRAME_TIME = Duration.millis(140);
    /** Points a drawn path keeps (it is thinned to about this many as it is drawn). */
    private static final int STROKE_POINTS = 400;

    private static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.paths.messages");

    private final ExplorerViewModel explorer;
    private final ReadOnlyObjectWrapper<End> a = new ReadOnlyObjectWrapper<>(this, "a");
    private final ReadOnlyObjectWrapper<End> b = new ReadOnlyObjectWrapper<>(this, "b");
    private final ReadOnlyObjectWrapper<Image> aImage = new ReadOnlyObjectWrapper<>(this, "aImage");
    private final ReadOnlyObjectWrapper<Image> bImage = new ReadOnlyObjectWrapper<>(this, "bImage");
    private final IntegerProperty steps = new SimpleIntegerProperty(this, "steps", 10);
    private final BooleanProperty slerp = new SimpleBooleanProperty(this, "slerp");
    private final ReadOnlyBooleanWrapper slerpAvailable = new ReadOnlyBooleanWrapper(this, "slerpAvailable");
    private final ObjectProperty<Pick> pick = new SimpleObjectProperty<>(this, "pick", Pick.NONE);
    private final ObservableList<Image> frames = FXCollections.observableArrayList();
    private final ObservableList<Image> fades = FXCollections.observableArrayList();
    private final IntegerProperty frame = new SimpleIntegerProperty(this, "frame", 0);
    private final ReadOnlyObjectWrapper<Image> currentFrame = new ReadOnlyObjectWrapper<>(this, "currentFrame");
    private final ReadOnlyObjectWrapper<Image> currentFade = new ReadOnlyObjectWrapper<>(this, "currentFade");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyBooleanWrapper freehand = new ReadOnlyBooleanWrapper(this, "freehand");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final Timeline player = new Timeline();

    private float[][] frameCodes;
    private float[][] decodes;
    private float[][] fadePixels;
    /** Codes along the drawn line, projected anew when the wall's projection changes. */
    private float[][] drawnCodes;
    private double[][] drawnStroke;
    private List<double[]> stroke;
    private boolean expectingB;
    private End lastPicked;
    private int direction = 1;
    /** Decodes of a path that has since changed are dropped. */
    private final LatestWins pathDecodes = new LatestWins();

    public PathsViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        info.set(TEXT.get("info.start"));
        player.getKeyFrames().add(new KeyFrame(FRAME_TIME, e -> advance()));
        player.setCycleCount(Timeline.INDEFINITE);
        playing.addListener((o, was, on) -> {
            if (on && frames.size() > 1) player.play();
            else {
                player.stop();
                if (on) playing.set(false);
            }
        });
        frame.addListener((o, x, y) -> showFrame());
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
    public ObservableList<Image> frames() { return frames; }
    /** The cross-fade of the two originals, one per frame; empty unless both ends are test images. */
    public ObservableList<Image> fades() { return fades; }
    public IntegerProperty frameProperty() { return frame; }
    public ReadOnlyObjectProperty<Image> currentFrameProperty() { return currentFrame.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> currentFadeProperty() { return currentFade.getReadOnlyProperty(); }
    public BooleanProperty playingProperty() { return playing; }
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
        if (lastPicked == null) {
            info.set(TEXT.get("info.nothingPicked"));
            return;
        }
        setA(lastPicked);
        recompute();
    }

    public void useAsB() {
        if (lastPicked == null) {
            info.set(TEXT.get("info.nothingPicked"));
            return;
        }
        setB(lastPicked);
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
        if (p == null) return null;
        float[] code = p.lift(x, y);
        return new End(-1, code, null, TEXT.get("end.coordinate", formatCode(code)));
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
            stroke = new ArrayList<>();
            stroke.add(new double[] {x, y});
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
        if (stroke == null) return;
        double[] last = stroke.get(stroke.size() - 1);
        if (last[0] == x && last[1] == y) return;
        stroke.add(new double[] {x, y});
        if (stroke.size() > 2 * STROKE_POINTS) stroke = thin(stroke);
        explorer.setPath(stroke.toArray(new double[0][]));
    }

    public void strokeEnded(double x, double y) {
        if (stroke == null) return;
        strokeTo(x, y);
        double[][] points = stroke.toArray(new double[0][]);
        stroke = null;
        if (points.length < 2 || Polyline.length(points) == 0) {
            redrawOnWall();
            return;
        }
        drawPath(points);
    }

    private static List<double[]> thin(List<double[]> points) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i += 2) out.add(points.get(i));
        if (out.get(out.size() - 1) != points.get(points.size() - 1)) out.add(points.get(points.size() - 1));
        return out;
    }

    /** K decodes evenly spaced along a polyline drawn in wall coordinates. */
    public void drawPath(double[][] points) {
        Projection p = explorer.projectionProperty().get();
        if (p == null) return;
        drawnStroke = points;
        double[][] at = Polyline.resample(points, steps.get());
        float[][] codes = new float[at.length][];
        for (int k = 0; k < at.length; k++) codes[k] = p.lift(at[k][0], at[k][1]);
        float[][] line = new float[points.length][];
        for (int k = 0; k < points.length; k++) line[k] = p.lift(points[k][0], points[k][1]);
        setA(new End(-1, codes[0], null, TEXT.get("end.coordinate", formatCode(codes[0]))));
        setB(new End(-1, codes[codes.length - 1], null, TEXT.get("end.coordinate", formatCode(codes[codes.length - 1]))));
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
            frames.setAll(images);
            fades.setAll(fadeImages);
            if (a.get() != null && a.get().image() == null) aImage.set(images.get(0));
            if (b.get() != null && b.get().image() == null) bImage.set(images.get(images.size() - 1));
            frame.set(Math.min(frame.get(), images.size() - 1));
            showFrame();
            redrawOnWall();
            info.set(describe(codes, pixels, drawn));
        }, explorer::fail);
    }

    private String describe(float[][] codes, float[][] pixels, boolean drawn) {
        double change = 0;
        for (int i = 1; i < pixels.length; i++) change += org.latentexplorer.latent.DefectsScorecard.meanAbsDifference(pixels[i - 1], pixels[i]);
        change /= Math.max(1, pixels.length - 1);
        double length = 0;
        for (int i = 1; i < codes.length; i++) {
            double s = 0;
            for (int j = 0; j < codes[i].length; j++) s += (codes[i][j] - codes[i - 1][j]) * (codes[i][j] - codes[i - 1][j]);
            length += Math.sqrt(s);
        }
        String kind = drawn ? TEXT.get("kind.drawn") : slerp.get() && slerpAvailable.get() ? TEXT.get("kind.slerp") : TEXT.get("kind.linear");
        return TEXT.get("info.done", codes.length, kind, fmt(length), fmt(change * 100));
    }

    // --- the wall -------------------------------------------------------------------------------------

    private void redrawOnWall() {
        Projection p = explorer.projectionProperty().get();
        if (p == null) return;
        if (drawnCodes != null) {
            double[][] path = new double[drawnCodes.length][];
            for (int k = 0; k < drawnCodes.length; k++) path[k] = p.project(drawnCodes[k]);
            explorer.setPath(path);
        } else {
            explorer.setPath(null);
        }
        markEnds();
    }

    private void markEnds() {
        Projection p = explorer.projectionProperty().get();
        if (p == null) return;
        List<WallMarker> marks = new ArrayList<>();
        if (frameCodes != null && frames.size() > 1) {
            // Where each frame's code lies; the frame in the player is marked in orange.
            for (int k = 1; k < frameCodes.length - 1; k++) {
                if (k == frame.get()) continue;
                double[] at = p.project(frameCodes[k]);
                marks.add(new WallMarker(at[0], at[1], STEP_COLOUR, ""));
            }
            if (frame.get() > 0 && frame.get() < frameCodes.length - 1) {
                double[] at = p.project(frameCodes[frame.get()]);
                marks.add(new WallMarker(at[0], at[1], FRAME_COLOUR, ""));
            }
        }
        if (a.get() != null) marks.add(marker(p, a.get().code(), "A"));
        if (b.get() != null) marks.add(marker(p, b.get().code(), "B"));
        explorer.setMarkers(LAYER, marks);
    }

    private static WallMarker marker(Projection p, float[] code, String label) {
        double[] at = p.project(code);
        return new WallMarker(at[0], at[1], END_COLOUR, label);
    }

    // --- playing --------------------------------------------------------------------------------------

    private void advance() {
        int n = frames.size();
        if (n < 2) {
            playing.set(false);
            return;
        }
        int next = frame.get() + direction;
        if (next >= n || next < 0) {
            direction = -direction;
            next = frame.get() + direction;
        }
        frame.set(next);
    }

    private void showFrame() {
        int i = frame.get();
        currentFrame.set(i >= 0 && i < frames.size() ? frames.get(i) : null);
        currentFade.set(i >= 0 && i < fades.size() ? fades.get(i) : null);
        markEnds();
    }

    // --- clearing -------------------------------------------------------------------------------------

    private void clearFrames() {
        pathDecodes.invalidate();
        playing.set(false);
        frameCodes = null;
        decodes = null;
        fadePixels = null;
        drawnCodes = null;
        freehand.set(false);
        frames.clear();
        fades.clear();
        frame.set(0);
        currentFrame.set(null);
        currentFade.set(null);
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

    /** Pixel size of a frame in exports. */
    static final int EXPORT_SCALE = 3;
    static final int EXPORT_GAP = 3;

    /** The filmstrip as it is exported: decodes in a row, the cross-fade beneath if there is one. */
    Mosaic.Picture strip() {
        ModelHandle handle = explorer.modelProperty().get();
        if (decodes == null || handle == null) return null;
        return Mosaic.filmstrip(decodes, fadePixels, handle.spec().height(), handle.spec().width(), EXPORT_SCALE, EXPORT_GAP);
    }

    /** The animation's pictures: each frame (above its cross-fade), forward and back. */
    List<BufferedImage> gifFrames() {
        ModelHandle handle = explorer.modelProperty().get();
        if (decodes == null || handle == null) return List.of();
        int h = handle.spec().height(), w = handle.spec().width(), n = decodes.length;
        List<BufferedImage> out = new ArrayList<>();
        for (int k = 0; k < Math.max(1, 2 * n - 2); k++) {
            int i = k < n ? k : 2 * n - 2 - k;
            float[][] tiles = fadePixels == null ? new float[][] {decodes[i]} : new float[][] {decodes[i], fadePixels[i]};
            out.add(Mosaic.render(tiles, 1, h, w, 4, 4, Mosaic.BACKGROUND, null).toBufferedImage());
        }
        return out;
    }

    /** Writes the strip as PNG, or the animation as GIF, in the background; the status line reports. */
    public CompletableFuture<Path> export(Path file, boolean gif) {
        Mosaic.Picture strip = strip();
        List<BufferedImage> animation = gif ? gifFrames() : List.of();
        if (strip == null) return CompletableFuture.failedFuture(new IllegalStateException(TEXT.get("error.noFrames")));
        CompletableFuture<Path> done = UiTasks.background(() -> {
            if (gif) AnimatedGif.write(file, animation, (int) FRAME_TIME.toMillis());
            else Images.writePng(file, strip.toBufferedImage());
            return file;
        });
        UiTasks.onFx(done, f -> explorer.done(TEXT.get("status.exported", f)), explorer::fail);
        return done;
    }

    static String formatCode(float[] code) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < code.length && i < 6; i++) sb.append(i == 0 ? "" : ", ").append(fmt(code[i]));
        if (code.length > 6) sb.append(", …");
        return sb.append(')').toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
