package org.latentexplorer.ui.scorecard;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.latent.DefectsScorecard;
import org.latentexplorer.latent.LatentRegion;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.wall.GalleryWall;
import org.latentexplorer.wall.WallScene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Compare window: two bundled models, their scorecards, and a selection that carries across the walls. */
@ExtendWith(ApplicationExtension.class)
class ScorecardUiTest {
    private ToolHarness app;
    private ScorecardTool tool;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        tool = new ScorecardTool();
        tool.install(app.view, app.explorer);
        app.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> { if (tool.stage() != null) tool.stage().hide(); });
        app.close();
    }

    private void awaitBothMeasured() throws Exception {
        ScorecardViewModel vm = tool.viewModel();
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> vm.left().resultProperty().get() != null
                    && vm.right().resultProperty().get() != null && !vm.busyProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not measured: " + vm.left().statusProperty().get() + " / " + vm.right().statusProperty().get());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsBothWallsWithTheirNumbersAndLinksARegionSelection(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.push(ScorecardTool.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tool.stage() != null && tool.stage().isShowing(), "the shortcut opens the Compare window");
        ScorecardViewModel vm = tool.viewModel();
        assertEquals("mnist-ae-2d", vm.left().entryProperty().get().name());
        assertEquals("mnist-vae-2d", vm.right().entryProperty().get().name());
        awaitBothMeasured();

        // The numbers are the scorecard's (docs/metrics.md): the AE on its box, the VAE on the prior ball.
        DefectsScorecard.Result ae = vm.left().resultProperty().get(), vae = vm.right().resultProperty().get();
        assertEquals(ModelKind.AE, vm.left().kind());
        assertEquals(LatentRegion.Kind.BOUNDING_BOX, ae.region().kind());
        assertEquals(LatentRegion.Kind.PRIOR_BALL, vae.region().kind());
        assertEquals(2000, ae.count());
        assertEquals(1.148, ae.shape().offCentre(), 0.002);
        assertEquals(0.480, vae.shape().offCentre(), 0.002);
        assertEquals(0.333, ae.gaps().fraction(), 0.002);
        assertEquals(0.228, vae.gaps().fraction(), 0.002);
        assertEquals(0.0237, ae.discontinuity().p95(), 0.0005);
        assertEquals(0.0135, vae.discontinuity().p95(), 0.0005);
        String shown = robot.lookup("#scorecard-left-offCentre").queryAs(Label.class).getText();
        assertEquals(String.format(java.util.Locale.ROOT, "%.3f", ae.shape().offCentre()), shown);
        assertEquals("22.8%", robot.lookup("#scorecard-right-gaps").queryAs(Label.class).getText());
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", vae.discontinuity().p95()),
                robot.lookup("#scorecard-right-discontinuityP95").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#scorecard-right-offCentre").queryAs(Label.class).getStyleClass().contains("scorecard-better"),
                "the VAE's more centred codes are marked better");
        // Each on its own kind of region, the gap fractions are not compared; the note says why.
        assertTrue(!robot.lookup("#scorecard-right-gaps").queryAs(Label.class).getStyleClass().contains("scorecard-better"));
        assertTrue(robot.lookup("#scorecardNote").queryAs(Label.class).getText().contains("different regions"));
        // The gaps are drawn under the VAE's wall, with the prior ball's outline.
        assertTrue(vm.right().gapTerrainProperty().get() != null);
        assertTrue(vm.right().sceneProperty().get().path() != null);

        // Drag a rectangle on the AE's wall: the same test images are ringed on the VAE's wall.
        GalleryWall left = tool.content().leftWall(), right = tool.content().rightWall();
        Point2D from = emptyNear(left, 0.35, 0.35), to = new Point2D(left.getWidth() * 0.6, left.getHeight() * 0.6);
        robot.drag(left.localToScreen(from), MouseButton.PRIMARY).moveTo(left.localToScreen(to.midpoint(from)))
                .moveTo(left.localToScreen(to)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        int[] selected = vm.selectionProperty().get();
        assertTrue(selected.length > 20, "a region of many points: " + selected.length);
        WallScene leftScene = left.wallSceneProperty().get(), rightScene = right.wallSceneProperty().get();
        assertArrayEquals(selected, leftScene.highlighted());
        assertArrayEquals(selected, rightScene.highlighted(), "the same test images are ringed on the other wall");
        double x0 = Math.min(from.getX(), to.getX()), x1 = Math.max(from.getX(), to.getX());
        double y0 = Math.min(from.getY(), to.getY()), y1 = Math.max(from.getY(), to.getY());
        int inner = 0;
        for (int i = 0; i < leftScene.count(); i++) {
            Point2D p = left.pixelOf(leftScene.xs()[i], leftScene.ys()[i]);
            if (p.getX() > x0 + 2 && p.getX() < x1 - 2 && p.getY() > y0 + 2 && p.getY() < y1 - 2) {
                inner++;
                int index = i;
                assertTrue(Arrays.stream(selected).anyMatch(k -> k == index), "point " + i + " inside the rectangle is selected");
            }
        }
        for (int k : selected) {
            Point2D p = left.pixelOf(leftScene.xs()[k], leftScene.ys()[k]);
            assertTrue(p.getX() >= x0 - 2 && p.getX() <= x1 + 2 && p.getY() >= y0 - 2 && p.getY() <= y1 + 2, "selected point " + k + " at " + p);
        }
        assertTrue(inner > 0);
        String text = robot.lookup("#scorecardSelection").queryAs(Label.class).getText();
        assertTrue(text.contains(selected.length + " test images"), text);
        System.out.println("scorecard screenshot: " + ToolHarness.snapshot(tool.stage().getScene(), "scorecard.png"));

        // Clicking a point on the VAE's wall selects it on the AE's wall too.
        int index = clickablePoint(right);
        Point2D at = right.pixelOf(rightScene.xs()[index], rightScene.ys()[index]);
        robot.clickOn(right.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(index, left.wallSceneProperty().get().selected());
        assertArrayEquals(new int[] {index}, left.wallSceneProperty().get().highlighted());
        assertEquals(index, right.wallSceneProperty().get().selected());
    }

    @Test
    void theSameRegionForBothMakesTheGapsComparable(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.clickOn("#compareButton");
        awaitBothMeasured();
        ScorecardViewModel vm = tool.viewModel();
        robot.interact(() -> vm.regionProperty().set(ScorecardViewModel.RegionChoice.PRIOR));
        awaitBothMeasured();
        DefectsScorecard.Result ae = vm.left().resultProperty().get(), vae = vm.right().resultProperty().get();
        assertEquals(LatentRegion.Kind.PRIOR_BALL, ae.region().kind());
        assertEquals(0.468, ae.gaps().fraction(), 0.002);
        assertEquals(0.228, vae.gaps().fraction(), 0.002);
        assertEquals(1, (int) vm.betterProperty().get().get(ScorecardViewModel.Metric.GAPS));
        assertTrue(robot.lookup("#scorecard-right-gaps").queryAs(Label.class).getStyleClass().contains("scorecard-better"),
                "on the same region, the VAE's smaller gap fraction is marked better");
        assertEquals("46.8%", robot.lookup("#scorecard-left-gaps").queryAs(Label.class).getText());
    }

    /** A pixel near the given fraction of the wall with no point under it. */
    private static Point2D emptyNear(GalleryWall wall, double fx, double fy) {
        for (double r = 0; r < 200; r += 3) {
            for (double a = 0; a < 2 * Math.PI; a += 0.4) {
                double x = wall.getWidth() * fx + r * Math.cos(a), y = wall.getHeight() * fy + r * Math.sin(a);
                boolean clear = true;
                for (int dx = -3; dx <= 3 && clear; dx += 3) {
                    for (int dy = -3; dy <= 3 && clear; dy += 3) clear = wall.pointAt(x + dx, y + dy) < 0;
                }
                if (clear) return new Point2D(Math.rint(x), Math.rint(y));
            }
        }
        throw new AssertionError("no empty spot");
    }

    private static int clickablePoint(GalleryWall wall) {
        WallScene scene = wall.wallSceneProperty().get();
        for (int i = 0; i < scene.count(); i++) {
            Point2D p = wall.pixelOf(scene.xs()[i], scene.ys()[i]);
            if (p.getX() > 40 && p.getY() > 80 && p.getX() < wall.getWidth() - 180 && p.getY() < wall.getHeight() - 30
                    && wall.pointAt(p.getX(), p.getY()) == i) return i;
        }
        throw new AssertionError("no clickable point");
    }
}
