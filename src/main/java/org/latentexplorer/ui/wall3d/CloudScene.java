package org.latentexplorer.ui.wall3d;

import java.util.Objects;

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
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.Cylinder;
import javafx.scene.shape.DrawMode;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Transform;
import javafx.scene.transform.Translate;

import org.latentexplorer.wall.CubeMapping;

/**
 * The 3-D scene of the view: the point cloud, the axes through the latent origin, the selection highlight, the
 * red probe with its crosshair, and the camera on its rig. It places things in scene units; which code goes
 * where is {@link CubeMapping}'s business, and what the mouse does is {@link CloudMouse}'s.
 */
final class CloudScene {
    private static final double FOV = 30;
    private static final double DEFAULT_PITCH = -22;
    private static final double DEFAULT_YAW = -32;
    /** How far axes and crosshairs reach past the box, as a share of the cube's half-edge. */
    static final double AXIS_PAD = 0.08;

    private static final Color AXIS_COLOR = Color.web("#5b6270");
    private static final Color PROBE_COLOR = Color.web("#d0021b");
    private static final Color PROBE_LINE_COLOR = Color.web("#e8606f");
    private static final Color HALO_COLOR = Color.web("#1f2430");

    private final Group world = new Group();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final CameraRig rig = new CameraRig();
    private final SubScene subScene;
    private final PointCloudMesh cloud = new PointCloudMesh();
    private final MeshView pointsView = new MeshView(cloud.mesh());
    private final Cylinder[] axisLines = new Cylinder[3];
    private final Sphere originMarker = new Sphere(1.4, 16);
    private final Sphere selectedMarker = new Sphere(1, 24);
    private final Sphere selectedHalo = new Sphere(1, 12);
    private final Group selection = new Group(selectedMarker, selectedHalo);
    private final PhongMaterial selectedMaterial = new PhongMaterial();
    private final Sphere probeMarker = new Sphere(3.2, 24);
    private final Cylinder[] probeLines = new Cylinder[3];

    CloudScene(SceneAntialiasing antialiasing) {
        pointsView.setMaterial(cloud.material());
        pointsView.setCullFace(CullFace.BACK);
        pointsView.setId("wall3d-points");
        world.getChildren().addAll(axes(), pointsView, selection(), probe());
        subScene = new SubScene(new Group(world, cameraOnRig(), new AmbientLight(Color.gray(0.62))), 10, 10, true,
                Objects.requireNonNull(antialiasing));
        subScene.setFill(Color.TRANSPARENT); // the styled background region shows through
        subScene.setCamera(camera);
        subScene.getStyleClass().add("wall3d-subscene");
    }

    private Group axes() {
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
        return axes;
    }

    /** A bigger sphere in the class colour inside a dark wire cage. */
    private Group selection() {
        selectedMarker.setMaterial(selectedMaterial);
        selectedHalo.setMaterial(new PhongMaterial(HALO_COLOR));
        selectedHalo.setDrawMode(DrawMode.LINE);
        selection.setMouseTransparent(true);
        selection.setVisible(false);
        return selection;
    }

    /** The draggable red sphere with crosshair lines parallel to the axes. */
    private Group probe() {
        probeMarker.setMaterial(new PhongMaterial(PROBE_COLOR));
        probeMarker.setCursor(Cursor.HAND);
        PhongMaterial lineMaterial = new PhongMaterial(PROBE_LINE_COLOR);
        Group probe = new Group();
        for (int i = 0; i < 3; i++) {
            probeLines[i] = new Cylinder(0.22, 1, 6);
            probeLines[i].setMaterial(lineMaterial);
            probeLines[i].setMouseTransparent(true);
            probe.getChildren().add(probeLines[i]);
        }
        probe.getChildren().add(probeMarker);
        return probe;
    }

    /** A head light travels with the camera so the side facing the viewer is always lit. */
    private CameraRig cameraOnRig() {
        camera.setFieldOfView(FOV);
        camera.setNearClip(1);
        camera.setFarClip(20_000);
        PointLight headLight = new PointLight(Color.gray(0.5));
        headLight.translateXProperty().bind(camera.translateXProperty().subtract(CubeMapping.HALF));
        headLight.translateYProperty().bind(camera.translateYProperty().subtract(CubeMapping.HALF));
        headLight.translateZProperty().bind(camera.translateZProperty());
        rig.getChildren().addAll(camera, headLight);
        return rig;
    }

    // ----------------------------------------------------------------------------------- contents

    void showPoints(float[] centres, int count, int[] labels, double radius) {
        cloud.update(centres, count, labels, (float) radius);
    }

    /** Axes through the latent origin across the mapping's box. */
    void showAxes(CubeMapping map) {
        double pad = AXIS_PAD * CubeMapping.HALF / map.scale();
        for (int k = 0; k < 3; k++) {
            double[] a = new double[3], b = new double[3];
            a[k] = map.boxLo(k) - pad;
            b[k] = map.boxHi(k) + pad;
            placeSegment(axisLines[k], at(map, a), at(map, b));
        }
        Point3D origin = at(map, new double[3]);
        originMarker.setTranslateX(origin.getX());
        originMarker.setTranslateY(origin.getY());
        originMarker.setTranslateZ(origin.getZ());
    }

    /** Highlights the point at scene position {@code (x, y, z)} in its class colour; null hides it. */
    void showSelection(Point3D centre, int label, double pointRadius) {
        if (centre == null) {
            selection.setVisible(false);
            return;
        }
        double r = Math.max(2.2 * pointRadius, 2.6);
        selectedMarker.setRadius(r);
        selectedHalo.setRadius(1.7 * r);
        selectedMaterial.setDiffuseColor(PointCloudMesh.colorOf(label));
        selection.setTranslateX(centre.getX());
        selection.setTranslateY(centre.getY());
        selection.setTranslateZ(centre.getZ());
        selection.setVisible(true);
    }

    /** The probe at latent code {@code p}, its crosshair across the box (and past it if the probe is outside). */
    void showProbe(CubeMapping map, double[] p) {
        Point3D at = at(map, p);
        probeMarker.setTranslateX(at.getX());
        probeMarker.setTranslateY(at.getY());
        probeMarker.setTranslateZ(at.getZ());
        double pad = AXIS_PAD * CubeMapping.HALF / map.scale();
        for (int k = 0; k < 3; k++) {
            double[] a = p.clone(), b = p.clone();
            a[k] = Math.min(map.boxLo(k), p[k]) - pad;
            b[k] = Math.max(map.boxHi(k), p[k]) + pad;
            placeSegment(probeLines[k], at(map, a), at(map, b));
        }
    }

    static Point3D at(CubeMapping map, double[] code) {
        double[] s = map.toScene(code);
        return new Point3D(s[0], s[1], s[2]);
    }

    /** Places a (y-aligned) cylinder between two points. */
    private static void placeSegment(Cylinder c, Point3D a, Point3D b) {
        Point3D d = b.subtract(a);
        double len = d.magnitude();
        c.setHeight(Math.max(len, 1e-6));
        Point3D mid = a.midpoint(b);
        Point3D axis = Rotate.Y_AXIS.crossProduct(d);
        if (len < 1e-9 || axis.magnitude() < 1e-9 * len) {
            c.getTransforms().setAll(new Translate(mid.getX(), mid.getY(), mid.getZ()));
        } else {
            double angle = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, Rotate.Y_AXIS.dotProduct(d) / len))));
            c.getTransforms().setAll(new Translate(mid.getX(), mid.getY(), mid.getZ()), new Rotate(angle, axis));
        }
    }

    // ------------------------------------------------------------------------------------- camera

    /** The default camera: an oblique view of the whole cube and the origin. */
    void resetCamera() {
        rig.pan.setX(0);
        rig.pan.setY(0);
        rig.pan.setZ(0);
        rig.pitch.setAngle(DEFAULT_PITCH);
        rig.yaw.setAngle(DEFAULT_YAW);
        camera.setTranslateX(0);
        camera.setTranslateY(0);
        camera.setTranslateZ(-fitDistance());
    }

    /** Turntable rotation by a mouse delta in pixels; the pitch stops short of straight up or down. */
    void rotate(double dx, double dy) {
        rig.yaw.setAngle(rig.yaw.getAngle() + 0.4 * dx);
        rig.pitch.setAngle(Math.max(-89, Math.min(89, rig.pitch.getAngle() - 0.4 * dy)));
    }

    /** Zooms by a wheel delta, between a close-up and eight times the fitting distance. */
    void zoom(double wheelDelta) {
        double d = -camera.getTranslateZ() * Math.exp(-0.0025 * wheelDelta);
        camera.setTranslateZ(-Math.max(0.15 * fitDistance(), Math.min(8 * fitDistance(), d)));
    }

    /** Moves the camera so the scene follows the mouse by {@code (dx, dy)} pixels. */
    void pan(double dx, double dy) {
        Transform r = rig.getLocalToParentTransform();
        Point3D right = r.deltaTransform(1, 0, 0);
        Point3D down = r.deltaTransform(0, 1, 0);
        double upp = unitsPerPixel(-camera.getTranslateZ());
        Point3D shift = right.multiply(-dx * upp).add(down.multiply(-dy * upp));
        rig.pan.setX(rig.pan.getX() + shift.getX());
        rig.pan.setY(rig.pan.getY() + shift.getY());
        rig.pan.setZ(rig.pan.getZ() + shift.getZ());
    }

    /**
     * Where a scene point lands when moved by a screen delta in the plane through it that faces the camera; null
     * if it is behind the camera.
     */
    Point3D movedOnScreen(Point3D worldPoint, double dx, double dy) {
        Transform cam = camera.getLocalToSceneTransform();
        Point3D eye = cam.transform(0, 0, 0);
        Point3D right = cam.deltaTransform(1, 0, 0).normalize();
        Point3D down = cam.deltaTransform(0, 1, 0).normalize();
        Point3D forward = cam.deltaTransform(0, 0, 1).normalize();
        Point3D at = world.localToScene(worldPoint);
        double depth = at.subtract(eye).dotProduct(forward);
        if (depth <= 0) return null;
        double upp = unitsPerPixel(depth);
        return world.sceneToLocal(at.add(right.multiply(dx * upp)).add(down.multiply(dy * upp)));
    }

    /** Scene units per screen pixel at the given depth in front of the camera. */
    private double unitsPerPixel(double depth) {
        return 2 * depth * Math.tan(Math.toRadians(FOV / 2)) / Math.max(1, subScene.getHeight());
    }

    /** Camera distance at which the whole cube (with room for its labels) fits the view. */
    double fitDistance() {
        double w = subScene.getWidth() > 2 ? subScene.getWidth() : 4;
        double h = subScene.getHeight() > 2 ? subScene.getHeight() : 3;
        double halfV = Math.toRadians(FOV / 2);
        double halfH = Math.atan(Math.tan(halfV) * w / h);
        return 1.4 * CubeMapping.HALF / Math.sin(Math.min(halfV, halfH));
    }

    /** Calls {@code moved} whenever the camera moves (the 2-D overlay follows it). */
    void onCameraMoved(Runnable moved) {
        javafx.beans.InvalidationListener l = o -> moved.run();
        rig.pitch.angleProperty().addListener(l);
        rig.yaw.angleProperty().addListener(l);
        rig.pan.xProperty().addListener(l);
        rig.pan.yProperty().addListener(l);
        rig.pan.zProperty().addListener(l);
        camera.translateZProperty().addListener(l);
    }

    // ------------------------------------------------------------------------------ projections

    Point2D worldToScreen(double x, double y, double z) {
        return world.localToScreen(x, y, z);
    }

    /** Scene coordinates of a world point, as the 2-D overlay needs them (null-free: may be non-finite). */
    Point3D worldToScene(Point3D p) {
        return world.localToScene(p, true);
    }

    Point2D pointToScreen(double x, double y, double z) {
        return pointsView.localToScreen(x, y, z);
    }

    double distanceFromCamera(double x, double y, double z) {
        return world.localToScene(x, y, z).distance(camera.localToScene(0, 0, 0));
    }

    double yaw() {
        return rig.yaw.getAngle();
    }

    double pitch() {
        return rig.pitch.getAngle();
    }

    // ------------------------------------------------------------------------------------- nodes

    SubScene subScene() {
        return subScene;
    }

    Node probeMarker() {
        return probeMarker;
    }

    MeshView pointsView() {
        return pointsView;
    }

    PointCloudMesh cloud() {
        return cloud;
    }
}
