package org.latentexplorer.ui.wall3d;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Shape3D;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Wall3DView in a real window (Xvfb + Mesa, ES2 pipeline forced by the surefire configuration). */
@ExtendWith(ApplicationExtension.class)
class Wall3DViewTest {

    private Wall3DView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new Wall3DView();
        stage.setScene(new Scene(view, 1000, 720));
        stage.sizeToScene();
        stage.setX(20);
        stage.setY(20);
        stage.show();
    }

    @BeforeEach
    void needs3d() {
        assumeTrue(Wall3DView.isSupported(), "SCENE3D is not supported on this platform");
    }

    // ----------------------------------------------------------------------------------- helpers

    private static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void fx(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static float[][] randomCodes(int n, long seed, int[] labels) {
        Random rnd = new Random(seed);
        float[][] codes = new float[n][3];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 10;
            for (int k = 0; k < 3; k++) codes[i][k] = (float) (rnd.nextGaussian() * 1.5 + 0.3);
        }
        return codes;
    }

    private static void collect(Node n, List<Node> out) {
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) collect(c, out);
        }
    }

    private List<Node> nodes3d() {
        return fx(() -> {
            List<Node> all = new ArrayList<>();
            collect(view.subScene().getRoot(), all);
            return all;
        });
    }

    private Point2D[] screenPositions() {
        return fx(() -> {
            Point2D[] s = new Point2D[view.getPointCount()];
            for (int i = 0; i < s.length; i++) s[i] = view.pointToScreen(i);
            return s;
        });
    }

    /** Indices whose screen positions are at least {@code gap} px from every other point and the probe. */
    private List<Integer> isolated(Point2D[] s, double gap) {
        Point2D probe = fx(() -> view.probeToScreen());
        Bounds area = fx(() -> view.subScene().localToScreen(view.subScene().getBoundsInLocal()));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            if (!area.contains(s[i].getX() - 20, s[i].getY() - 20) || !area.contains(s[i].getX() + 20, s[i].getY() + 20)) continue;
            if (s[i].distance(probe) < 25) continue;
            boolean alone = true;
            for (int j = 0; j < s.length && alone; j++) {
                if (j != i && s[i].distance(s[j]) < gap) alone = false;
            }
            if (alone) out.add(i);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------- tests

    @Test
    void allPointsAreOneMeshNodeWhateverTheirNumber() {
        int[] counts = {10, 1_000, 10_000};
        long[] shapes = new long[counts.length];
        for (int c = 0; c < counts.length; c++) {
            int n = counts[c];
            int[] labels = new int[n];
            float[][] codes = randomCodes(n, n, labels);
            fx(() -> view.setPoints(codes, labels));
            List<Node> nodes = nodes3d();
            long meshViews = nodes.stream().filter(x -> x instanceof MeshView).count();
            assertEquals(1, meshViews, "one MeshView for " + n + " points");
            shapes[c] = nodes.stream().filter(x -> x instanceof Shape3D).count();
            TriangleMesh mesh = (TriangleMesh) fx(() -> nodes.stream().filter(x -> x instanceof MeshView)
                    .map(x -> ((MeshView) x).getMesh()).findFirst().orElseThrow());
            assertEquals(n * PointCloudMesh.FACES_PER_POINT, fx(() -> mesh.getFaces().size() / mesh.getFaceElementSize()));
            assertEquals(n, fx(() -> view.getPointCount()));
        }
        assertEquals(shapes[0], shapes[1]);
        assertEquals(shapes[0], shapes[2]);
        assertTrue(shapes[0] <= 12, "a handful of 3-D nodes, got " + shapes[0]);
    }

    @Test
    void buildingTenThousandPointsIsFast() {
        int n = 10_000;
        int[] labels = new int[n];
        float[][] codes = randomCodes(n, 1, labels);
        fx(() -> view.setPoints(codes, labels)); // warm-up (first build also creates faces + palette)
        double[] ms = new double[12];
        Random rnd = new Random(2);
        for (int r = 0; r < ms.length; r++) {
            // A new epoch: same labels, moved codes.
            for (float[] c : codes) {
                for (int k = 0; k < 3; k++) c[k] += (float) (rnd.nextGaussian() * 0.05);
            }
            ms[r] = fx(() -> {
                long t0 = System.nanoTime();
                view.setPoints(codes, labels);
                return (System.nanoTime() - t0) / 1e6;
            });
            WaitForAsyncUtils.waitForFxEvents(); // let a frame render between epochs
        }
        // Labels changing (topology rebuild) each call.
        double[] rebuild = new double[5];
        for (int r = 0; r < rebuild.length; r++) {
            int[] l2 = labels.clone();
            l2[r] = (l2[r] + 1) % 10;
            rebuild[r] = fx(() -> {
                long t0 = System.nanoTime();
                view.setPoints(codes, l2);
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        Arrays.sort(ms);
        Arrays.sort(rebuild);
        System.out.printf("Wall3DView.setPoints(10k): median %.1f ms, max %.1f ms (same labels); "
                + "median %.1f ms with new labels%n", ms[ms.length / 2], ms[ms.length - 1], rebuild[rebuild.length / 2]);
        assertTrue(ms[ms.length / 2] < 250, "median build " + ms[ms.length / 2] + " ms");
    }

    @Test
    void clickingAPointReportsItsIndex(FxRobot robot) {
        int n = 60;
        int[] labels = new int[n];
        float[][] codes = randomCodes(n, 11, labels);
        fx(() -> view.setPoints(codes, labels));
        List<Integer> clicked = new CopyOnWriteArrayList<>();
        fx(() -> view.setOnPointClicked(clicked::add));

        List<Integer> candidates = isolated(screenPositions(), 18);
        assertTrue(candidates.size() >= 3, "need isolated points, got " + candidates);
        Point2D[] s = screenPositions();
        for (int k = 0; k < 3; k++) {
            int i = candidates.get(k * (candidates.size() - 1) / 2);
            clicked.clear();
            robot.clickOn(s[i], MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(i), clicked, "click on point " + i + " at " + s[i]);
            assertEquals(i, fx(() -> view.getSelected()));
        }

        // A few pixels beside the marker: the nearest projected point is taken.
        int i = candidates.get(0);
        double offset = 4;
        assertEquals(i, fx(() -> view.nearestOnScreen(s[i].getX() + offset, s[i].getY() - offset, 8)));

        // Empty space reports nothing.
        clicked.clear();
        Bounds area = fx(() -> view.subScene().localToScreen(view.subScene().getBoundsInLocal()));
        Point2D corner = new Point2D(area.getMinX() + 12, area.getMinY() + 12);
        for (Point2D p : s) assertTrue(p.distance(corner) > 30, "corner should be empty");
        robot.clickOn(corner, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), clicked);
    }

    @Test
    void clickingInADenseCloudReportsThePointUnderTheCursor(FxRobot robot) {
        int n = 10_000;
        int[] labels = new int[n];
        float[][] codes = randomCodes(n, 5, labels);
        fx(() -> view.setPoints(codes, labels));
        List<Integer> clicked = new CopyOnWriteArrayList<>();
        fx(() -> view.setOnPointClicked(clicked::add));
        Point2D[] s = screenPositions();
        double nearestMs = fx(() -> {
            view.nearestOnScreen(s[0].getX(), s[0].getY(), 6); // warm-up
            long t0 = System.nanoTime();
            int got = view.nearestOnScreen(s[0].getX(), s[0].getY(), 6);
            assertTrue(got >= 0);
            return (System.nanoTime() - t0) / 1e6;
        });
        System.out.printf("Wall3DView nearest-on-screen search over 10k points: %.1f ms%n", nearestMs);
        Random rnd = new Random(3);
        for (int k = 0; k < 4; k++) {
            int target = rnd.nextInt(n);
            clicked.clear();
            robot.clickOn(s[target], MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(1, clicked.size(), "one report for a click on point " + target);
            int got = clicked.get(0);
            // The front-most point at that pixel, which may hide the target: it must be right there.
            assertTrue(s[got].distance(s[target]) < 10, "reported " + got + " at " + s[got] + " for " + s[target]);
        }
    }

    @Test
    void movingASliderMovesTheProbeAndFiresTheCallback(FxRobot robot) {
        int n = 500;
        int[] labels = new int[n];
        float[][] codes = randomCodes(n, 9, labels);
        fx(() -> view.setPoints(codes, labels));
        List<double[]> moves = new CopyOnWriteArrayList<>();
        fx(() -> view.setOnProbeMoved(moves::add));
        double[] before = fx(() -> view.getProbe());
        Point2D markerBefore = fx(() -> view.probeToScreen());

        Node thumb = fx(() -> view.slider(1).lookup(".thumb"));
        assertNotNull(thumb);
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        double[] after = fx(() -> view.getProbe());
        assertTrue(after[1] > before[1] + 0.1, "z1 should grow: " + before[1] + " -> " + after[1]);
        assertEquals(before[0], after[0]);
        assertEquals(before[2], after[2]);
        assertEquals(after[1], fx(() -> view.slider(1).getValue()), 1e-12);
        assertTrue(!moves.isEmpty(), "callback fired");
        assertArrayEquals(after, moves.get(moves.size() - 1));
        assertEquals(java.text.MessageFormat.format("{0,number,0.000}", after[1]), fx(() -> view.valueLabel(1).getText()));
        Point2D markerAfter = fx(() -> view.probeToScreen());
        assertTrue(markerAfter.getY() < markerBefore.getY() - 5, "marker moves up with z1");

        // Keyboard on the focused slider works too.
        int fired = moves.size();
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> view.getProbe())[1] > after[1]);
        assertTrue(moves.size() > fired);

        // Setting the probe in code updates the sliders and fires too.
        fx(() -> view.setProbe(0.5, -0.25, 0.75));
        assertEquals(-0.25, fx(() -> view.slider(1).getValue()), 1e-12);
        assertArrayEquals(new double[] {0.5, -0.25, 0.75}, moves.get(moves.size() - 1));
    }

    @Test
    void draggingTheProbeMovesItInTheScreenPlane(FxRobot robot) {
        float[][] codes = {{-2, -2, -2}, {2, 2, 2}, {2, -2, 2}, {-2, 2, -2}};
        int[] labels = {0, 1, 2, 3};
        fx(() -> view.setPoints(codes, labels));
        fx(() -> view.setProbe(0.3, 0.2, 0.1));
        List<double[]> moves = new CopyOnWriteArrayList<>();
        fx(() -> view.setOnProbeMoved(moves::add));
        Point2D start = fx(() -> view.probeToScreen());
        double yaw = fx(() -> view.yaw());

        robot.drag(start, MouseButton.PRIMARY).moveBy(40, -25).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(!moves.isEmpty(), "probe moved");
        Point2D end = fx(() -> view.probeToScreen());
        assertEquals(start.getX() + 40, end.getX(), 2.5);
        assertEquals(start.getY() - 25, end.getY(), 2.5);
        assertEquals(yaw, fx(() -> view.yaw()), 1e-9, "dragging the probe does not rotate");
    }

    @Test
    void leftDragRotatesAndResetRestores(FxRobot robot) {
        int n = 300;
        int[] labels = new int[n];
        float[][] codes = randomCodes(n, 4, labels);
        fx(() -> view.setPoints(codes, labels));
        double yaw0 = fx(() -> view.yaw()), pitch0 = fx(() -> view.pitch());
        Bounds area = fx(() -> view.subScene().localToScreen(view.subScene().getBoundsInLocal()));
        Point2D from = new Point2D(area.getMinX() + 40, area.getMinY() + 40);
        // The point nearest to the viewer follows the mouse ("grab and turn").
        int front = fx(() -> {
            int best = 0;
            for (int i = 1; i < n; i++) if (view.depthOf(i) < view.depthOf(best)) best = i;
            return best;
        });
        Point2D frontBefore = fx(() -> view.pointToScreen(front));

        robot.drag(from, MouseButton.PRIMARY).moveBy(30, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(yaw0, fx(() -> view.yaw()));
        assertTrue(fx(() -> view.pointToScreen(front)).getX() > frontBefore.getX() + 3, "front point moves right");

        Point2D frontMid = fx(() -> view.pointToScreen(front));
        robot.drag(from, MouseButton.PRIMARY).moveBy(0, 30).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(pitch0, fx(() -> view.pitch()));
        assertTrue(fx(() -> view.pointToScreen(front)).getY() > frontMid.getY() + 3, "front point moves down");

        // Right-drag pans: what is near the rotation centre follows the mouse.
        Point2D probeBefore = fx(() -> view.probeToScreen());
        robot.drag(from, MouseButton.SECONDARY).moveBy(40, 20).release(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D probeAfter = fx(() -> view.probeToScreen());
        assertEquals(probeBefore.getX() + 40, probeAfter.getX(), 8);
        assertEquals(probeBefore.getY() + 20, probeAfter.getY(), 8);

        // The wheel zooms: things spread apart on screen.
        Point2D a0 = fx(() -> view.pointToScreen(0)), b0 = fx(() -> view.pointToScreen(1));
        robot.moveTo(from).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a1 = fx(() -> view.pointToScreen(0)), b1 = fx(() -> view.pointToScreen(1));
        assertNotEquals(a0.distance(b0), a1.distance(b1), 1.0);

        fx(() -> view.resetView());
        assertEquals(yaw0, fx(() -> view.yaw()), 1e-9);
        assertEquals(pitch0, fx(() -> view.pitch()), 1e-9);
    }

    @Test
    void subSceneFollowsTheViewSize() {
        fx(() -> {
            stage.setWidth(700);
            stage.setHeight(500);
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        double w = fx(() -> view.getWidth());
        assertEquals(w, fx(() -> view.subScene().getWidth()), 1);
        assertTrue(fx(() -> view.subScene().getHeight()) < fx(() -> view.getHeight()), "controls below the scene");
        assertTrue(fx(() -> view.subScene().getHeight()) > 300);
    }

    @Test
    void boundsComeFromThePointsAndBadInputIsRejected() {
        float[][] codes = {{-1, 0, 2}, {3, 1, 4}, {Float.NaN, 0, 0}};
        fx(() -> view.setPoints(codes, new int[] {0, 1, 2}));
        double[] min = fx(() -> view.getBoundsMin()), max = fx(() -> view.getBoundsMax());
        assertArrayEquals(new double[] {-1.4, -0.1, 1.8}, min, 1e-9);
        assertArrayEquals(new double[] {3.4, 1.1, 4.2}, max, 1e-9);
        assertEquals(null, fx(() -> view.pointToScreen(2)), "non-finite codes are hidden");
        assertThrows(IllegalArgumentException.class, () -> view.setPoints(new float[2][3], new int[3]));
        assertThrows(IllegalArgumentException.class, () -> view.probeProperty().set(new double[2]));
        fx(() -> view.setSelected(1));
        assertEquals(1, fx(() -> view.getSelected()));
        fx(() -> view.setPoints(new float[0][], new int[0]));
        assertEquals(-1, fx(() -> view.getSelected()));
    }
}
