package org.latentexplorer.ui.attributes;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.LiveDecoder;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelReleasedException;
import org.latentexplorer.latent.AttributeVector;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.NextPulse;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.wall.AnimatedGif;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Mosaic;
import org.latentexplorer.wall.WallScene;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * Attribute vectors: the mean code of group B minus that of group A (two classes, or two groups of test images
 * the user picked), added with a strength to a code and decoded live: "4 → 9" turns the selected image (or the
 * mean A) into something B-like. The path from strength 0 to the chosen strength is decoded as a filmstrip and
 * exports as PNG or GIF, as a path does.
 */
public final class AttributesViewModel {
    /** Where the two groups come from. */
    public enum Source { CLASSES, SELECTIONS }

    public static final double MIN_STRENGTH = -1, MAX_STRENGTH = 2;
    public static final int STEPS = 9;
    /** Pixel size of a frame in exports, and the GIF's frame time. */
    static final int EXPORT_SCALE = 3, EXPORT_GAP = 3, FRAME_MILLIS = 120;

    private static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.attributes.messages");

    private final ExplorerViewModel explorer;
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.CLASSES);
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    private final IntegerProperty classA = new SimpleIntegerProperty(this, "classA", 0);
    private final IntegerProperty classB = new SimpleIntegerProperty(this, "classB", 1);
    private final ReadOnlyObjectWrapper<int[]> pickedA = new ReadOnlyObjectWrapper<>(this, "pickedA", new int[0]);
    private final ReadOnlyObjectWrapper<int[]> pickedB = new ReadOnlyObjectWrapper<>(this, "pickedB", new int[0]);
    private final DoubleProperty strength = new SimpleDoubleProperty(this, "strength", 1);
    private final ReadOnlyObjectWrapper<float[]> direction = new ReadOnlyObjectWrapper<>(this, "direction");
    private final ReadOnlyObjectWrapper<float[]> code = new ReadOnlyObjectWrapper<>(this, "code");
    private final ReadOnlyObjectWrapper<Image> decoded = new ReadOnlyObjectWrapper<>(this, "decoded");
    private final ObservableList<Image> frames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final LiveDecoder decoder;
    /** Decodes in a later pulse, once however many moves came first. */
    private final NextPulse decodeSoon = new NextPulse(this::decodeNow);
    private final LatestWins paths = new LatestWins();
    private float[] start;
    private float[][] pathPixels;

    public AttributesViewModel(ExplorerViewModel explorer) {
        this.explorer = explorer;
        this.decoder = new LiveDecoder(explorer.service(), (c, pixels) -> UiTasks.fx(() -> showDecoded(c, pixels)),
                error -> UiTasks.fx(() -> failUnlessStale(error)));
        explorer.codesProperty().addListener((o, a, b) -> newCodes());
        explorer.wallSceneProperty().addListener((o, old, scene) -> {
            if (scene != null && (old == null || old.selected() != scene.selected())) update();
        });
        source.addListener((o, a, b) -> update());
        classA.addListener((o, a, b) -> update());
        classB.addListener((o, a, b) -> update());
        strength.addListener((o, a, b) -> move());
        active.addListener((o, a, b) -> scheduleDecode());
        newCodes();
    }

    /** Decodes only while true (the tool's tab is shown): a hidden panel costs the engine nothing. */
    public BooleanProperty activeProperty() { return active; }
    public ObjectProperty<Source> sourceProperty() { return source; }
    /** The dataset's classes, for the two class choices. */
    public ObservableList<String> classNames() { return classNames; }
    public IntegerProperty classAProperty() { return classA; }
    public IntegerProperty classBProperty() { return classB; }
    /** Test images picked into group A (by selecting them on the wall and adding). */
    public ReadOnlyObjectProperty<int[]> pickedAProperty() { return pickedA.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<int[]> pickedBProperty() { return pickedB.getReadOnlyProperty(); }
    /** How much of B − A is added: 0 leaves the code, 1 adds the whole difference. */
    public DoubleProperty strengthProperty() { return strength; }
    /** B − A, or null while a group is empty. */
    public ReadOnlyObjectProperty<float[]> directionProperty() { return direction.getReadOnlyProperty(); }
    /** The start plus strength · direction: the code decoded. */
    public ReadOnlyObjectProperty<float[]> codeProperty() { return code.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Image> decodedProperty() { return decoded.getReadOnlyProperty(); }
    /** The path's decodes, strength 0 to the chosen strength. */
    public ObservableList<Image> frames() { return frames; }
    public ReadOnlyStringProperty infoProperty() { return info.getReadOnlyProperty(); }

    /** Adds the wall's selected test image to group A (picked groups). */
    public void addSelectedToA() {
        add(pickedA);
    }

    public void addSelectedToB() {
        add(pickedB);
    }

    /** Empties both picked groups. */
    public void clearPicked() {
        pickedA.set(new int[0]);
        pickedB.set(new int[0]);
        update();
    }

    /** For tests and scripting: the two picked groups at once. */
    public void pick(int[] a, int[] b) {
        source.set(Source.SELECTIONS);
        pickedA.set(a.clone());
        pickedB.set(b.clone());
        update();
    }

    private void add(ReadOnlyObjectWrapper<int[]> group) {
        WallScene scene = explorer.wallSceneProperty().get();
        if (scene == null || scene.selected() < 0) {
            info.set(TEXT.get("info.selectFirst"));
            return;
        }
        int i = scene.selected();
        if (IntStream.of(group.get()).noneMatch(j -> j == i)) group.set(IntStream.concat(IntStream.of(group.get()), IntStream.of(i)).toArray());
        source.set(Source.SELECTIONS);
        update();
    }

    private void newCodes() {
        ImageDataset data = explorer.datasetProperty().get();
        List<String> names = data == null ? List.of() : data.classNames();
        if (!classNames.equals(names)) {
            classNames.setAll(names);
            // "4 → 9" where there are such classes (MNIST), else the first two.
            classA.set(names.size() > 9 ? 4 : 0);
            classB.set(names.size() > 9 ? 9 : Math.min(1, Math.max(0, names.size() - 1)));
        }
        pickedA.set(new int[0]);
        pickedB.set(new int[0]);
        update();
    }

    /** Recomputes the direction and the start, then decodes. */
    private void update() {
        LatentCodes codes = explorer.codesProperty().get();
        direction.set(null);
        start = null;
        if (codes == null || codes.count() == 0) {
            clearOutput(TEXT.get("info.none"));
            return;
        }
        int[] a, b;
        String names;
        if (source.get() == Source.CLASSES) {
            a = AttributeVector.members(codes.labels(), classA.get());
            b = AttributeVector.members(codes.labels(), classB.get());
            names = className(classA.get()) + " \u2192 " + className(classB.get());
        } else {
            a = pickedA.get();
            b = pickedB.get();
            names = TEXT.get("groups", a.length, b.length);
        }
        if (a.length == 0 || b.length == 0) {
            clearOutput(TEXT.get(source.get() == Source.CLASSES ? "info.emptyClass" : "info.pick"));
            return;
        }
        float[] d = AttributeVector.between(codes.codes(), a, b);
        direction.set(d);
        WallScene scene = explorer.wallSceneProperty().get();
        boolean fromSelected = scene != null && scene.selected() >= 0 && scene.selected() < codes.count();
        start = fromSelected ? codes.codes()[scene.selected()] : AttributeVector.mean(codes.codes(), a);
        double length = Math.sqrt(IntStream.range(0, d.length).mapToDouble(j -> (double) d[j] * d[j]).sum());
        info.set(TEXT.get(fromSelected ? "info.fromSelected" : "info.fromMeanA", names, fmt(length),
                fromSelected ? scene.selected() : 0));
        move();
    }

    private void clearOutput(String why) {
        code.set(null);
        decoded.set(null);
        frames.clear();
        pathPixels = null;
        paths.invalidate();
        info.set(why);
    }

    private String className(int label) {
        return label >= 0 && label < classNames.size() ? classNames.get(label) : "?";
    }

    /** The strength or the start changed: decode the code live, and the path to it. */
    private void move() {
        ModelHandle handle = explorer.modelProperty().get();
        float[] d = direction.get();
        if (handle == null || d == null || start == null) return;
        code.set(AttributeVector.add(start, d, strength.get()));
        scheduleDecode();
    }

    /**
     * Decodes the code and the path in the next pulse: a new model's codes arrive before the explorer releases
     * the old model in the same pulse, and the engine should do that release first.
     */
    private void scheduleDecode() {
        decodeSoon.request();
    }

    private void decodeNow() {
        ModelHandle handle = explorer.modelProperty().get();
        float[] c = code.get(), d = direction.get();
        if (!active.get() || handle == null || c == null || d == null || start == null || c.length != handle.spec().latentDim()) return;
        decoder.request(handle, c);
        LatestWins.Ticket ticket = paths.next();
        ticket.onFx(explorer.service().decodeMany(handle, AttributeVector.path(start, d, strength.get(), STEPS)), pixels -> {
            if (!handle.equals(explorer.modelProperty().get())) return;
            pathPixels = pixels;
            frames.setAll(Arrays.stream(pixels).map(p -> (Image) FxImages.grey(p, handle.spec().height(), handle.spec().width())).toList());
        }, this::failUnlessStale);
    }

    private void showDecoded(float[] c, float[] pixels) {
        ModelHandle handle = explorer.modelProperty().get();
        if (handle == null || c.length != handle.spec().latentDim()) return;
        decoded.set(FxImages.grey(pixels, handle.spec().height(), handle.spec().width()));
    }

    private void failUnlessStale(Throwable error) {
        if (UiTasks.unwrap(error) instanceof ModelReleasedException) return;
        explorer.fail(error);
    }

    // --- export ---------------------------------------------------------------------------------------

    /** Writes the path as a PNG filmstrip, or as a GIF that plays it forward and back, in the background. */
    public CompletableFuture<Path> export(Path file, boolean gif) {
        ModelHandle handle = explorer.modelProperty().get();
        float[][] pixels = pathPixels;
        if (pixels == null || handle == null) return CompletableFuture.failedFuture(new IllegalStateException(TEXT.get("error.noFrames")));
        int h = handle.spec().height(), w = handle.spec().width();
        CompletableFuture<Path> done = UiTasks.background(() -> {
            if (gif) {
                List<BufferedImage> animation = new ArrayList<>();
                for (int k = 0; k < 2 * pixels.length - 2; k++) {
                    float[] frame = pixels[k < pixels.length ? k : 2 * pixels.length - 2 - k];
                    animation.add(Mosaic.render(new float[][] {frame}, 1, h, w, 4, 4, Mosaic.BACKGROUND, null).toBufferedImage());
                }
                AnimatedGif.write(file, animation, FRAME_MILLIS);
            } else {
                Images.writePng(file, Mosaic.filmstrip(pixels, null, h, w, EXPORT_SCALE, EXPORT_GAP).toBufferedImage());
            }
            return file;
        });
        UiTasks.onFx(done, f -> explorer.done(TEXT.get("status.exported", f)), explorer::fail);
        return done;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
