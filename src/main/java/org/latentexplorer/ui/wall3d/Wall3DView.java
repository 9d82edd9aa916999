package org.latentexplorer.ui.wall3d;

import org.latentexplorer.ui.common.Messages;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.AmbientLight;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.PointLight;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;

import org.fxyz3d.utils.CameraTransformer;

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
    static final double HALF = 100;
    private static final double FOV = 30;
    private static final double DEFAULT_PITCH = -22;
    private static final double DEFAULT_YAW = -32;
    private static final double AXIS_PAD = 0.08;
    private static final double PICK_RADIUS_PX = 6;

    private static final Color AXIS_COLOR = Color.web("#5b6270");
    private static final Color PROBE_COLOR = Color.web("#d0021b");
    private static final Color PROBE_LINE_COLOR = Color.web("#e8606f");
    private static final Color HALO_COLOR = Color.web("#1f2430");

    private final Messages.Bundle messages = Messages.bundle("org.latentexplorer.ui.wall3d.messages");

    // --- 3-D scene ---
    private final Group world = new Group();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final CameraTransformer rig = new CameraTransformer();
    private final SubScene subScene;
    private final PointCloudMesh cloud = new PointCloudMesh();
    private final MeshView pointsView = new MeshView(cloud.mesh());
    private final Cylinder[] axisLines = new Cylinder[3];
    private final Sphere originMarker = new Sphere(1.4, 16);
    private final Sphere selectedMarker = new Sphere(1, 24);
    private final Sphere selectedHalo = new Sphere(1, 12);
    private final PhongMaterial selectedMaterial = new PhongMaterial();
    private final Sphere probeMarker = new Sphere(3.2, 24);
    private final Cylinder[] probeLines = new Cylinder[3];

    // --- 2-D parts ---
    private final Region background = new Region();
    private final Pane overlay = new Pane();
    private final Label[] axisLabels = new Label[3];
    private final Label originLabel = new Label();
    private final Label hint = new Label();
    private final HBox controls = new HBox();
    private final Slider[] sliders = new Slider[3];
    private final Label[] valueLabels = new Label[3];
    private final Button resetButton = new Button();

    // --- data (codes are latent coordinates; "plot" coordinates are this view's scene units) ---
    private float[] centres = new float[0];
    private int[] labels = new int[0];
    private int count;
    private final double[] dataLo = {-1, -1, -1};
    private final double[] dataHi = {1, 1, 1};
    private final double[] boxLo = {-1, -1, -1};
    private final double[] boxHi = {1, 1, 1};
    private final double[] boundsMin = new double[3];
    private final double[] boundsMax = new double[3];
    private final double[] centre = new double[3];
    private double scale = HALF;
    private double pointRadius = 2.5;
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
    private boolean syncingSliders;

    // --- mouse state ---
    private double lastX;
    private double lastY;
    private boolean draggingProbe;

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

        // Points: one mesh for all of them.
        pointsView.setMaterial(cloud.material());
        pointsView.setCullFace(CullFace.BACK);
        pointsView.setId("wall3d-points");

        // Axes through the latent origin.
        PhongMaterial axisMaterial = new PhongMaterial(AXIS_COLOR);
        Group axes = new Group();
        for (int i = 0; i < 3; i++) {
            axisLines[i] = new Cylinder(0.35, 1, 8);
            axisLines[i].setMaterial(axisMaterial);
            axes.getChildren().add(axisLines[i]);
        }
        originMarker.setMaterial(axisMaterial);
        axes.getChildren().add(originMarker);
        axes.setMouseTransparent(true);

        // Selection highlight: a bigger sphere in the class colour inside a dark wire cage.
        selectedMarker.setMaterial(selectedMaterial);
        selectedHalo.setMaterial(new PhongMaterial(HALO_COLOR));
        selectedHalo.setDrawMode(DrawMode.LINE);
        Group selection = new Group(selectedMarker, selectedHalo);
        selection.setMouseTransparent(true);
        selection.setVisible(false);

        // Probe: red sphere (draggable) with crosshair lines parallel to the axes.
        probeMarker.setMaterial(new PhongMaterial(PROBE_COLOR));
        probeMarker.setCursor(Cursor.HAND);
        PhongMaterial probeLineMaterial = new PhongMaterial(PROBE_LINE_COLOR);
        Group probeGroup = new Group();
        for (int i = 0; i < 3; i++) {
            probeLines[i] = new Cylinder(0.22, 1, 6);
            probeLines[i].setMaterial(probeLineMaterial);
            probeLines[i].setMouseTransparent(true);
            probeGroup.getChildren().add(probeLines[i]);
        }
        probeGroup.getChildren().add(probeMarker);

        world.getChildren().addAll(axes, pointsView, selection, probeGroup);

        // Camera on an FXyz3D rig (yaw outside pitch: a turntable around the vertical z1 axis).
        camera.setFieldOfView(FOV);
        camera.setNearClip(1);
        camera.setFarClip(20_000);
        PointLight headLight = new PointLight(Color.gray(0.5));
        headLight.translateXProperty().bind(camera.translateXProperty().subtract(HALF));
        headLight.translateYProperty().bind(camera.translateYProperty().subtract(HALF));
        headLight.translateZProperty().bind(camera.translateZProperty());
        rig.getChildren().addAll(camera, headLight);
        AmbientLight ambient = new AmbientLight(Color.gray(0.62));

        Group root3d = new Group(world, rig, ambient);
        subScene = new SubScene(root3d, 10, 10, true, Objects.requireNonNull(antialiasing));
        subScene.setFill(Color.TRANSPARENT); // the styled background region shows through
        subScene.setCamera(camera);
        subScene.getStyleClass().add("wall3d-subscene");
        installMouseHandlers();

        // 2-D overlay: axis labels and a hint; never takes the mouse.
        background.getStyleClass().add("wall3d-viewport");
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(overlay.widthProperty());
        clip.heightProperty().bind(overlay.heightProperty());
        overlay.setClip(clip);
        for (int i = 0; i < 3; i++) {
            axisLabels[i] = new Label(axisName(i));
            axisLabels[i].getStyleClass().add("wall3d-axis-label");
            overlay.getChildren().add(axisLabels[i]);
        }
        originLabel.setText(messages.get("axis.origin"));
        originLabel.getStyleClass().addAll("wall3d-axis-label", "wall3d-origin-label");
        hint.textProperty().bind(messages.text("view.hint"));
        hint.getStyleClass().add("wall3d-hint");
        overlay.getChildren().addAll(originLabel, hint);

        buildControls();
        getChildren().addAll(background, subScene, overlay, controls);

        InvalidationListener cameraMoved = o -> updateOverlay();
        rig.rx.angleProperty().addListener(cameraMoved);
        rig.ry.angleProperty().addListener(cameraMoved);
        rig.t.xProperty().addListener(cameraMoved);
        rig.t.yProperty().addListener(cameraMoved);
        rig.t.zProperty().addListener(cameraMoved);
        camera.translateZProperty().addListener(cameraMoved);

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
        int n = codes3d.length;
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        boolean any = false;
        for (float[] c : codes3d) {
            if (c.length < 3) throw new IllegalArgumentException("codes need 3 coordinates, got " + c.length);
            if (!finite(c)) continue;
            any = true;
            for (int k = 0; k < 3; k++) {
                if (c[k] < lo[k]) lo[k] = c[k];
                if (c[k] > hi[k]) hi[k] = c[k];
            }
        }
        for (int k = 0; k < 3; k++) {
            dataLo[k] = any ? lo[k] : -1;
            dataHi[k] = any ? hi[k] : 1;
        }
        if (centres.length != 3 * n) centres = new float[3 * n];
        this.labels = labels.clone();
        this.count = n;
        computeMapping();
        for (int i = 0; i < n; i++) {
            float[] c = codes3d[i];
            if (finite(c)) {
                centres[3 * i] = (float) plotX(c[0]);
                centres[3 * i + 1] = (float) plotY(c[1]);
                centres[3 * i + 2] = (float) plotZ(c[2]);
            } else {
                centres[3 * i] = centres[3 * i + 1] = centres[3 * i + 2] = Float.NaN;
            }
        }
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
        updateSelection();
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
        return boundsMin.clone();
    }

    /** Upper ends of the probe sliders: the points' maximum per coordinate, plus a 10% margin. */
    public double[] getBoundsMax() {
        return boundsMax.clone();
    }

    /** Restores the default camera: oblique view of the whole cloud and the origin. */
    public void resetView() {
        rig.t.setX(0);
        rig.t.setY(0);
        rig.t.setZ(0);
        rig.rx.setAngle(DEFAULT_PITCH);
        rig.ry.setAngle(DEFAULT_YAW);
        camera.setTranslateX(0);
        camera.setTranslateY(0);
        camera.setTranslateZ(-fitDistance());
    }

    /** Screen position of point {@code index} (for tooltips or tests), or null if not on screen. */
    public Point2D pointToScreen(int index) {
        if (index < 0 || index >= count || Float.isNaN(centres[3 * index])) return null;
        return pointsView.localToScreen(centres[3 * index], centres[3 * index + 1], centres[3 * index + 2]);
    }

    // ------------------------------------------------------------------------------ package access

    SubScene subScene() {
        return subScene;
    }

    Node probeMarker() {
        return probeMarker;
    }

    Slider slider(int axis) {
        return sliders[axis];
    }

    Label valueLabel(int axis) {
        return valueLabels[axis];
    }

    double yaw() {
        return rig.ry.getAngle();
    }

    double pitch() {
        return rig.rx.getAngle();
    }

    /** Distance of point {@code index} from the camera, in scene units. */
    double depthOf(int index) {
        Point3D eye = camera.localToScene(0, 0, 0);
        return world.localToScene(centres[3 * index], centres[3 * index + 1], centres[3 * index + 2]).distance(eye);
    }

    /** Screen position of the probe marker's centre. */
    Point2D probeToScreen() {
        double[] p = probe.get();
        return world.localToScreen(plotX(p[0]), plotY(p[1]), plotZ(p[2]));
    }

    /**
     * The point shown at a screen position: the mesh face under it if the ray hits one (front-most),
     * else the point whose projection is nearest within a few pixels; -1 if none.
     */
    int pick(PickResult pr, double screenX, double screenY) {
        if (pr != null && pr.getIntersectedNode() == pointsView) {
            int i = cloud.pointOfFace(pr.getIntersectedFace());
            if (i >= 0) return i;
        }
        return nearestOnScreen(screenX, screenY, PICK_RADIUS_PX);
    }

    int nearestOnScreen(double screenX, double screenY, double maxPx) {
        double best = maxPx * maxPx;
        int bestIndex = -1;
        for (int i = 0; i < count; i++) {
            float x = centres[3 * i];
            if (Float.isNaN(x)) continue;
            Point2D s = pointsView.localToScreen(x, centres[3 * i + 1], centres[3 * i + 2]);
            if (s == null) return -1;
            double dx = s.getX() - screenX, dy = s.getY() - screenY;
            double d2 = dx * dx + dy * dy;
            if (d2 < best) {
                best = d2;
                bestIndex = i;
            }
        }
        return bestIndex;
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
        subScene.relocate(x, y);
        subScene.setWidth(vw);
        subScene.setHeight(vh);
        overlay.resizeRelocate(x, y, vw, vh);
        for (Node n : overlay.getChildren()) n.autosize();
        updateOverlay();
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

    private String axisName(int i) {
        return messages.get("axis." + i);
    }

    private void buildControls() {
        controls.getStyleClass().add("wall3d-controls");
        Label title = Messages.bind(new Label(), messages.text("probe.title"));
        title.getStyleClass().add("wall3d-probe-title");
        title.setTooltip(Messages.tooltip(messages.text("probe.tooltip")));
        controls.getChildren().add(title);
        for (int i = 0; i < 3; i++) {
            final int axis = i;
            Label name = new Label(axisName(i));
            name.getStyleClass().add("wall3d-probe-axis");
            Slider s = new Slider(-1, 1, 0);
            s.getStyleClass().add("wall3d-probe-slider");
            s.setAccessibleText(messages.get("probe.slider.accessible", axisName(i)));
            s.setTooltip(Messages.tooltip(messages.text("probe.slider.tooltip", axisName(i))));
            HBox.setHgrow(s, Priority.ALWAYS);
            s.valueProperty().addListener((obs, old, v) -> {
                if (syncingSliders) return;
                double[] p = getProbe();
                p[axis] = v.doubleValue();
                probe.set(p);
            });
            Label value = new Label();
            value.getStyleClass().add("wall3d-probe-value");
            sliders[i] = s;
            valueLabels[i] = value;
            HBox group = new HBox(name, s, value);
            group.getStyleClass().add("wall3d-probe-group");
            HBox.setHgrow(group, Priority.ALWAYS);
            controls.getChildren().add(group);
        }
        resetButton.textProperty().bind(messages.text("view.reset"));
        resetButton.setTooltip(Messages.tooltip(messages.text("view.reset.tooltip")));
        resetButton.getStyleClass().add("wall3d-reset");
        resetButton.setOnAction(e -> resetView());
        controls.getChildren().add(resetButton);
    }

    private static boolean finite(float[] c) {
        return Float.isFinite(c[0]) && Float.isFinite(c[1]) && Float.isFinite(c[2]);
    }

    /** Fits the box spanned by the data and the origin into the cube [-HALF, HALF]^3 (uniform scale). */
    private void computeMapping() {
        double half = 0;
        for (int k = 0; k < 3; k++) {
            boxLo[k] = Math.min(dataLo[k], 0);
            boxHi[k] = Math.max(dataHi[k], 0);
            centre[k] = (boxLo[k] + boxHi[k]) / 2;
            half = Math.max(half, (boxHi[k] - boxLo[k]) / 2);
        }
        scale = half > 1e-12 ? HALF / half : HALF;
        for (int k = 0; k < 3; k++) {
            double extent = dataHi[k] - dataLo[k];
            double pad = extent > 1e-12 ? 0.1 * extent : Math.max(0.1, Math.abs(dataHi[k]) * 0.1);
            boundsMin[k] = dataLo[k] - pad;
            boundsMax[k] = dataHi[k] + pad;
        }
        // Octahedron radius: larger when few points, ~1.3% of the cube's half-edge at 10,000.
        pointRadius = HALF * Math.max(0.009, Math.min(0.03, 0.28 / Math.cbrt(Math.max(1, count))));
    }

    // Latent code -> scene units. Screen y points down, so z1 is flipped to point up; z2 is flipped to
    // keep the (z0, z1, z2) frame right-handed on screen.
    private double plotX(double z0) {
        return (z0 - centre[0]) * scale;
    }

    private double plotY(double z1) {
        return -(z1 - centre[1]) * scale;
    }

    private double plotZ(double z2) {
        return -(z2 - centre[2]) * scale;
    }

    private double[] codeOf(Point3D plot) {
        return new double[] {
            plot.getX() / scale + centre[0], -plot.getY() / scale + centre[1], -plot.getZ() / scale + centre[2]
        };
    }

    private Point3D plot(double z0, double z1, double z2) {
        return new Point3D(plotX(z0), plotY(z1), plotZ(z2));
    }

    private void applyData() {
        if (count == 0) computeMapping();
        cloud.update(centres, count, labels, (float) pointRadius);

        double pad = AXIS_PAD * HALF / scale;
        for (int k = 0; k < 3; k++) {
            double[] a = new double[3], b = new double[3];
            a[k] = boxLo[k] - pad;
            b[k] = boxHi[k] + pad;
            placeSegment(axisLines[k], plot(a[0], a[1], a[2]), plot(b[0], b[1], b[2]));
        }
        originMarker.setTranslateX(plotX(0));
        originMarker.setTranslateY(plotY(0));
        originMarker.setTranslateZ(plotZ(0));

        syncSliders();
        updateProbeMarker();
        updateSelection();
        updateOverlay();
    }

    private void updateSelection() {
        Node group = selectedMarker.getParent();
        if (selected < 0) {
            group.setVisible(false);
            return;
        }
        double r = Math.max(2.2 * pointRadius, 2.6);
        selectedMarker.setRadius(r);
        selectedHalo.setRadius(1.7 * r);
        selectedMaterial.setDiffuseColor(PointCloudMesh.colorOf(labels[selected]));
        group.setTranslateX(centres[3 * selected]);
        group.setTranslateY(centres[3 * selected + 1]);
        group.setTranslateZ(centres[3 * selected + 2]);
        group.setVisible(true);
    }

    private void probeChanged() {
        syncSliders();
        updateProbeMarker();
        if (onProbeMoved != null) onProbeMoved.accept(getProbe());
    }

    private void syncSliders() {
        double[] p = probe.get();
        syncingSliders = true;
        try {
            for (int k = 0; k < 3; k++) {
                Slider s = sliders[k];
                double min = Math.min(boundsMin[k], p[k]), max = Math.max(boundsMax[k], p[k]);
                s.setMin(min);
                s.setMax(max);
                s.setBlockIncrement((max - min) / 50);
                s.setValue(p[k]);
                valueLabels[k].setText(messages.get("probe.value", p[k]));
            }
        } finally {
            syncingSliders = false;
        }
    }

    private void updateProbeMarker() {
        double[] p = probe.get();
        probeMarker.setTranslateX(plotX(p[0]));
        probeMarker.setTranslateY(plotY(p[1]));
        probeMarker.setTranslateZ(plotZ(p[2]));
        double pad = AXIS_PAD * HALF / scale;
        for (int k = 0; k < 3; k++) {
            double[] a = p.clone(), b = p.clone();
            a[k] = Math.min(boxLo[k], p[k]) - pad;
            b[k] = Math.max(boxHi[k], p[k]) + pad;
            placeSegment(probeLines[k], plot(a[0], a[1], a[2]), plot(b[0], b[1], b[2]));
        }
    }

    /** Places a (y-aligned) cylinder between two points. */
    private static void placeSegment(Cylinder c, Point3D a, Point3D b) {
        Point3D d = b.subtract(a);
        double len = d.magnitude();
        c.setHeight(Math.max(len, 1e-6));
        Point3D mid = a.midpoint(b);
        Point3D yAxis = Rotate.Y_AXIS;
        Point3D axis = yAxis.crossProduct(d);
        if (len < 1e-9 || axis.magnitude() < 1e-9 * len) {
            c.getTransforms().setAll(new Translate(mid.getX(), mid.getY(), mid.getZ()));
        } else {
            double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, yAxis.dotProduct(d) / len))));
            c.getTransforms().setAll(new Translate(mid.getX(), mid.getY(), mid.getZ()), new Rotate(angle, axis));
        }
    }

    private double fitDistance() {
        double w = subScene.getWidth() > 2 ? subScene.getWidth() : 4;
        double h = subScene.getHeight() > 2 ? subScene.getHeight() : 3;
        double halfV = Math.toRadians(FOV / 2);
        double halfH = Math.atan(Math.tan(halfV) * w / h);
        double radius = 1.4 * HALF;
        return radius / Math.sin(Math.min(halfV, halfH));
    }

    private void updateOverlay() {
        if (overlay.getWidth() <= 0) return;
        double pad = (AXIS_PAD + 0.07) * HALF / scale;
        for (int k = 0; k < 3; k++) {
            double[] e = new double[3];
            e[k] = boxHi[k] + pad;
            placeLabel(axisLabels[k], plot(e[0], e[1], e[2]));
        }
        placeLabel(originLabel, plot(0, 0, 0).add(-2.5, 2.5, 0));
        hint.relocate(8, overlay.getHeight() - hint.getHeight() - 6);
    }

    private void placeLabel(Label label, Point3D worldPoint) {
        Point3D s = world.localToScene(worldPoint, true);
        Point2D p = overlay.sceneToLocal(s.getX(), s.getY());
        if (p == null || !Double.isFinite(p.getX()) || !Double.isFinite(p.getY())) {
            label.setVisible(false);
            return;
        }
        label.setVisible(true);
        label.relocate(p.getX() - label.getWidth() / 2, p.getY() - label.getHeight() / 2);
    }

    private void installMouseHandlers() {
        subScene.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getScreenX();
            lastY = e.getScreenY();
            draggingProbe = e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()
                    && e.getPickResult() != null && e.getPickResult().getIntersectedNode() == probeMarker;
        });
        subScene.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getScreenX() - lastX, dy = e.getScreenY() - lastY;
            lastX = e.getScreenX();
            lastY = e.getScreenY();
            if (draggingProbe) {
                moveProbeOnScreen(dx, dy);
            } else if (e.isSecondaryButtonDown() || e.isMiddleButtonDown() || (e.isPrimaryButtonDown() && e.isShiftDown())) {
                pan(dx, dy);
            } else if (e.isPrimaryButtonDown()) {
                rig.ry.setAngle(rig.ry.getAngle() + 0.4 * dx);
                rig.rx.setAngle(Math.max(-89, Math.min(89, rig.rx.getAngle() - 0.4 * dy)));
            }
        });
        subScene.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> draggingProbe = false);
        subScene.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) return;
            PickResult pr = e.getPickResult();
            if (pr != null && pr.getIntersectedNode() == probeMarker) return;
            int i = pick(pr, e.getScreenX(), e.getScreenY());
            if (i >= 0) {
                setSelected(i);
                if (onPointClicked != null) onPointClicked.accept(i);
            }
        });
        subScene.addEventHandler(ScrollEvent.SCROLL, e -> {
            double d = -camera.getTranslateZ() * Math.exp(-0.0025 * e.getDeltaY());
            camera.setTranslateZ(-Math.max(0.15 * fitDistance(), Math.min(8 * fitDistance(), d)));
            e.consume();
        });
    }

    /** Scene units per screen pixel at the given depth in front of the camera. */
    private double unitsPerPixel(double depth) {
        return 2 * depth * Math.tan(Math.toRadians(FOV / 2)) / Math.max(1, subScene.getHeight());
    }

    private void pan(double dx, double dy) {
        Transform r = rig.getLocalToParentTransform();
        Point3D right = r.deltaTransform(1, 0, 0);
        Point3D down = r.deltaTransform(0, 1, 0);
        double upp = unitsPerPixel(-camera.getTranslateZ());
        Point3D shift = right.multiply(-dx * upp).add(down.multiply(-dy * upp));
        rig.t.setX(rig.t.getX() + shift.getX());
        rig.t.setY(rig.t.getY() + shift.getY());
        rig.t.setZ(rig.t.getZ() + shift.getZ());
    }

    /** Moves the probe by a screen delta, in the plane through it that faces the camera. */
    private void moveProbeOnScreen(double dx, double dy) {
        Transform cam = camera.getLocalToSceneTransform();
        Point3D eye = cam.transform(0, 0, 0);
        Point3D right = cam.deltaTransform(1, 0, 0).normalize();
        Point3D down = cam.deltaTransform(0, 1, 0).normalize();
        Point3D forward = cam.deltaTransform(0, 0, 1).normalize();
        double[] p = probe.get();
        Point3D at = world.localToScene(plotX(p[0]), plotY(p[1]), plotZ(p[2]));
        double depth = at.subtract(eye).dotProduct(forward);
        if (depth <= 0) return;
        double upp = unitsPerPixel(depth);
        Point3D moved = at.add(right.multiply(dx * upp)).add(down.multiply(dy * upp));
        probe.set(codeOf(world.sceneToLocal(moved)));
    }
}
