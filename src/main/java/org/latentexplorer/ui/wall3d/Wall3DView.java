package org.latentexplorer.ui.wall3d;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.PickResult;
import javafx.scene.layout.Region;

import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.wall.CubeMapping;

/**
 * Interactive 3-D scatter view of a three-dimensional latent space (a pure view: geometry only).
 *
 * <ul>
 *   <li>{@link #setPoints(float[][], int[])} shows up to ~10,000 codes as one merged mesh of small
 *       octahedra coloured by class ({@link org.latentexplorer.wall.Palette}); cheap enough to call
 *       after every training epoch. The camera is kept across calls; the data are rescaled to fit.</li>
 *   <li>Axes z0, z1, z2 pass through the latent origin, which stays visible, so an off-centre map shows.</li>
 *   <li>Mouse: left-drag rotates, wheel zooms, right-drag or Shift+left-drag pans, a click on a point
 *       selects it and reports it to {@link #setOnPointClicked(IntConsumer)}; dragging the red probe
 *       sphere moves it in the plane facing the viewer. {@link #resetView()} restores the camera.</li>
 *   <li>The probe ({@link #probeProperty()}) is any latent coordinate; three sliders below the scene
 *       move it within {@link #getBoundsMin()}..{@link #getBoundsMax()}. Every change of the probe,
 *       by slider, drag or code, fires {@link #setOnProbeMoved(Consumer)}.</li>
 * </ul>
 *
 * <p>User-visible text comes from the bundle {@code org.latentexplorer.ui.wall3d.messages}; control
 * styling from {@code wall3d.css}. All methods must be called on the JavaFX application thread.
 * Check {@link #isSupported()} before creating one.
 */
public class Wall3DView extends Region {

    /** Half the edge of the cube the data are scaled into (scene units). */
    static final double HALF = CubeMapping.HALF;

    private final Messages.Bundle messages = Messages.bundle("org.latentexplorer.ui.wall3d.messages");

    // The parts: the 3-D scene, what the mouse does in it, picking, the flat labels over it, the sliders below.
    private final CloudScene scene;
    private final PointPicker picker;
    private final Region background = new Region();
    private final AxisOverlay overlay = new AxisOverlay(messages);
    private final ProbeControls controls;

    // The data: codes are latent coordinates, centres the same points in scene units.
    private CubeMapping mapping = CubeMapping.empty();
    private float[] centres = new float[0];
    private int[] labels = new int[0];
    private int count;
    private int selected = -1;

    private final ObjectProperty<double[]> probe = new SimpleObjectProperty<>(this, "probe", new double[3]) {
        @Override
        public void set(double[] value) {
            if (value == null || value.length != 3) {
                throw new IllegalArgumentException("probe must have 3 coordinates");
            }
            for (double v : value) {
                if (!Double.isFinite(v)) throw new IllegalArgumentException("probe must be finite");
            }
            super.set(value.clone());
        }
    };
    private IntConsumer onPointClicked;
    private Consumer<double[]> onProbeMoved;

    /** Whether this platform can render 3-D scenes (call once the JavaFX toolkit is running). */
    public static boolean isSupported() {
        return Platform.isSupported(ConditionalFeature.SCENE3D);
    }

    /** An antialiased view ({@link SceneAntialiasing#BALANCED}). */
    public Wall3DView() {
        this(SceneAntialiasing.BALANCED);
    }

    /**
     * A view with the given antialiasing. Multisampling is cheap on a GPU but dominates frame time
     * on a software renderer (Mesa llvmpipe: ~200 ms instead of ~20 ms a frame for 10,000 points), where
     * {@link SceneAntialiasing#DISABLED} keeps rotation smooth.
     */
    public Wall3DView(SceneAntialiasing antialiasing) {
        getStyleClass().add("wall3d");
        getStylesheets().add(Objects.requireNonNull(Wall3DView.class.getResource("wall3d.css")).toExternalForm());
        scene = new CloudScene(antialiasing);
        picker = new PointPicker(scene);
        controls = new ProbeControls(messages, this::moveProbeAxis, this::resetView);
        background.getStyleClass().add("wall3d-viewport");
        getChildren().addAll(background, scene.subScene(), overlay, controls);

        CloudMouse.install(scene, new CloudMouse.Target() {
            @Override public void dragProbe(double dx, double dy) {
                moveProbeOnScreen(dx, dy);
            }

            @Override public void clicked(PickResult pick, double screenX, double screenY) {
                int i = pick(pick, screenX, screenY);
                if (i < 0) return;
                setSelected(i);
                if (onPointClicked != null) onPointClicked.accept(i);
            }
        });
        scene.onCameraMoved(this::placeOverlay);
        probe.addListener((obs, old, now) -> probeChanged());

        applyData();
        resetView();
    }

    // ------------------------------------------------------------------------------------------ API

    /**
     * Shows the given latent codes, replacing the previous ones. Rows may be longer than 3 (only the
     * first three values are used); rows with a non-finite value are hidden. The selection is kept
     * when its index still exists, the probe and the camera are kept.
     *
     * @param codes3d one row per point, {@code codes3d[i][0..2]} = (z0, z1, z2)
     * @param labels class label per point (same length), coloured with {@code Palette.rgb(label)}
     */
    public void setPoints(float[][] codes3d, int[] labels) {
        Objects.requireNonNull(codes3d, "codes3d");
        Objects.requireNonNull(labels, "labels");
        if (codes3d.length != labels.length) {
            throw new IllegalArgumentException(codes3d.length + " codes but " + labels.length + " labels");
        }
        CubeMapping map = CubeMapping.of(codes3d);
        int n = codes3d.length;
        if (centres.length != 3 * n) centres = new float[3 * n];
        for (int i = 0; i < n; i++) {
            float[] c = codes3d[i];
            boolean shown = CubeMapping.finite(c);
            centres[3 * i] = shown ? (float) map.sceneX(c[0]) : Float.NaN;
            centres[3 * i + 1] = shown ? (float) map.sceneY(c[1]) : Float.NaN;
            centres[3 * i + 2] = shown ? (float) map.sceneZ(c[2]) : Float.NaN;
        }
        this.mapping = map;
        this.labels = labels.clone();
        this.count = n;
        if (selected >= n) selected = -1;
        applyData();
    }

    /** Number of points shown. */
    public int getPointCount() {
        return count;
    }

    /** Highlights point {@code index}; -1 (or any index out of range) clears the highlight. */
    public void setSelected(int index) {
        selected = index >= 0 && index < count && !Float.isNaN(centres[3 * index]) ? index : -1;
        showSelection();
    }

    /** The highlighted point, or -1. */
    public int getSelected() {
        return selected;
    }

    /**
     * The probe: a latent coordinate {z0, z1, z2}. Set only arrays of 3 finite values (they are
     * copied); never modify an array obtained from it.
     */
    public ObjectProperty<double[]> probeProperty() {
        return probe;
    }

    /** A copy of the probe coordinate. */
    public double[] getProbe() {
        return probe.get().clone();
    }

    public void setProbe(double z0, double z1, double z2) {
        probe.set(new double[] {z0, z1, z2});
    }

    /** Called with the index of a point the user clicked (after it has been selected); null to clear. */
    public void setOnPointClicked(IntConsumer handler) {
        onPointClicked = handler;
    }

    /** Called with a copy of the new probe coordinate whenever the probe changes; null to clear. */
    public void setOnProbeMoved(Consumer<double[]> handler) {
        onProbeMoved = handler;
    }

    /** Lower ends of the probe sliders: the points' minimum per coordinate, less a 10% margin. */
    public double[] getBoundsMin() {
        return mapping.boundsMin();
    }

    /** Upper ends of the probe sliders: the points' maximum per coordinate, plus a 10% margin. */
    public double[] getBoundsMax() {
        return mapping.boundsMax();
    }

    /** Restores the default camera: oblique view of the whole cloud and the origin. */
    public void resetView() {
        scene.resetCamera();
    }

    /** Screen position of point {@code index} (for tooltips or tests), or null if not on screen. */
    public Point2D pointToScreen(int index) {
        if (index < 0 || index >= count || Float.isNaN(centres[3 * index])) return null;
        return scene.pointToScreen(centres[3 * index], centres[3 * index + 1], centres[3 * index + 2]);
    }

    // ------------------------------------------------------------------------------ package access

    SubScene subScene() {
        return scene.subScene();
    }

    Node probeMarker() {
        return scene.probeMarker();
    }

    Slider slider(int axis) {
        return controls.slider(axis);
    }

    Label valueLabel(int axis) {
        return controls.valueLabel(axis);
    }

    double yaw() {
        return scene.yaw();
    }

    double pitch() {
        return scene.pitch();
    }

    /** Distance of point {@code index} from the camera, in scene units. */
    double depthOf(int index) {
        return scene.distanceFromCamera(centres[3 * index], centres[3 * index + 1], centres[3 * index + 2]);
    }

    /** Screen position of the probe marker's centre. */
    Point2D probeToScreen() {
        Point3D at = CloudScene.at(mapping, probe.get());
        return scene.worldToScreen(at.getX(), at.getY(), at.getZ());
    }

    /** The point shown at a screen position (see {@link PointPicker}); -1 if none. */
    int pick(PickResult pr, double screenX, double screenY) {
        return picker.pick(pr, screenX, screenY, centres, count);
    }

    int nearestOnScreen(double screenX, double screenY, double maxPx) {
        return picker.nearestOnScreen(screenX, screenY, maxPx, centres, count);
    }

    // ------------------------------------------------------------------------------------- layout

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft(), y = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double ch = Math.min(h, controls.prefHeight(w));
        controls.resizeRelocate(x, y + h - ch, w, ch);
        double vh = Math.max(1, h - ch);
        double vw = Math.max(1, w);
        background.resizeRelocate(x, y, vw, vh);
        SubScene sub = scene.subScene();
        sub.relocate(x, y);
        sub.setWidth(vw);
        sub.setHeight(vh);
        overlay.resizeRelocate(x, y, vw, vh);
        overlay.sizeLabels();
        placeOverlay();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 150 + controls.minHeight(-1);
    }

    // ----------------------------------------------------------------------------------- internals

    private void applyData() {
        scene.showPoints(centres, count, labels, CubeMapping.pointRadius(count));
        scene.showAxes(mapping);
        showProbe();
        showSelection();
        placeOverlay();
    }

    private void showSelection() {
        Point3D at = selected < 0 ? null
                : new Point3D(centres[3 * selected], centres[3 * selected + 1], centres[3 * selected + 2]);
        scene.showSelection(at, selected < 0 ? 0 : labels[selected], CubeMapping.pointRadius(count));
    }

    private void showProbe() {
        double[] p = probe.get();
        controls.show(p, mapping.boundsMin(), mapping.boundsMax());
        scene.showProbe(mapping, p);
    }

    private void placeOverlay() {
        overlay.place(mapping, scene);
    }

    private void probeChanged() {
        showProbe();
        if (onProbeMoved != null) onProbeMoved.accept(getProbe());
    }

    private void moveProbeAxis(int axis, double value) {
        double[] p = getProbe();
        p[axis] = value;
        probe.set(p);
    }

    private void moveProbeOnScreen(double dx, double dy) {
        Point3D moved = scene.movedOnScreen(CloudScene.at(mapping, probe.get()), dx, dy);
        if (moved != null) probe.set(mapping.toCode(moved.getX(), moved.getY(), moved.getZ()));
    }
}
