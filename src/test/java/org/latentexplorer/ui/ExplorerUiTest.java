package org.latentexplorer.ui;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.training.TrainingViewModel;
import org.latentexplorer.ui.wall.GalleryWall;
import org.latentexplorer.wall.WallScene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The explorer in a real window (Xvfb in CI), driven as a user would. */
@ExtendWith(ApplicationExtension.class)
class ExplorerUiTest {
    private ToolHarness app;
    private GalleryWall wall;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        org.latentexplorer.ui.tools.Tools.install(app.view, app.explorer);
        wall = app.view.wall();
        app.show(stage);
    }

    @AfterEach
    void closeEngine() {
        app.close();
    }

    private Point2D emptySpot() {
        return ToolHarness.emptySpot(wall);
    }

    @Test
    void opensReadyWithTheBundledVaeAndAllTestImages() throws Exception {
        app.awaitWall();
        WallScene scene = app.explorer.wallSceneProperty().get();
        assertEquals(2000, scene.count());
        assertEquals("mnist-vae-2d", app.explorer.currentEntryProperty().get().name());
        assertEquals(2, app.explorer.modelProperty().get().spec().latentDim());
    }

    @Test
    void clickOnEmptyWallDecodesThatCoordinate(FxRobot robot) throws Exception {
        app.awaitWall();
        ImageView decoded = robot.lookup("#decodedImage").queryAs(ImageView.class);
        assertNull(decoded.getImage());
        Point2D spot = emptySpot();
        robot.clickOn(wall.localToScreen(spot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> decoded.getImage() != null);
        double[] probe = app.explorer.wallSceneProperty().get().probe();
        assertNotNull(probe);
        Point2D drawnAt = wall.pixelOf(probe[0], probe[1]);
        assertEquals(spot.getX(), drawnAt.getX(), 1.5);
        assertEquals(spot.getY(), drawnAt.getY(), 1.5);
        String caption = robot.lookup("#decodedCaption").queryAs(Label.class).getText();
        assertTrue(caption.contains(String.format(java.util.Locale.ROOT, "%.2f", probe[0])), caption);

        // A second click elsewhere paints a different image.
        javafx.scene.image.Image first = decoded.getImage();
        Point2D other = new Point2D(spot.getX() > wall.getWidth() / 2 ? 60 : wall.getWidth() - 200, spot.getY());
        robot.clickOn(wall.localToScreen(other));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> decoded.getImage() != first);
    }

    @Test
    void clickOnPointShowsItsOriginalAndLabel(FxRobot robot) throws Exception {
        app.awaitWall();
        WallScene scene = app.explorer.wallSceneProperty().get();
        int target = -1;
        Point2D at = null;
        for (int i = 0; i < scene.count() && target < 0; i++) {
            Point2D p = wall.pixelOf(scene.xs()[i], scene.ys()[i]);
            if (p.getX() > 30 && p.getY() > 80 && p.getX() < wall.getWidth() - 180 && p.getY() < wall.getHeight() - 30
                    && wall.pointAt(p.getX(), p.getY()) == i) {
                target = i;
                at = p;
            }
        }
        assertTrue(target >= 0, "a clickable point");
        robot.clickOn(wall.localToScreen(at));
        int index = target;
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#reconstructionImage").queryAs(ImageView.class).getImage() != null);
        assertNotNull(robot.lookup("#originalImage").queryAs(ImageView.class).getImage());
        assertEquals(index, app.explorer.wallSceneProperty().get().selected());
        String label = app.explorer.datasetProperty().get().className(scene.labels()[index]);
        String caption = robot.lookup("#pointCaption").queryAs(Label.class).getText();
        assertTrue(caption.contains("#" + index) && caption.contains(label), caption);
    }

    @Test
    void threeDModelOpensInTheThreeDViewWhereClicksAndProbesWork(FxRobot robot) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.latentexplorer.ui.wall3d.Wall3DView.isSupported(), "no 3-D pipeline");
        app.awaitWall();
        ExplorerViewModel.ModelEntry threeD = app.explorer.models().stream()
                .filter(m -> m.name().equals("mnist-vae-3d")).findFirst().orElseThrow();
        robot.clickOn("#modelPicker");
        robot.clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(threeD.name())).queryLabeled());
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.explorer.modelProperty().get() != null
                    && app.explorer.modelProperty().get().spec().latentDim() == 3 && app.view.wall3d() != null
                    && app.view.wall3d().getPointCount() == 2000);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("3-D model not shown: status " + app.explorer.statusProperty().get() + ", entry "
                    + app.explorer.currentEntryProperty().get() + ", wall3d " + app.view.wall3d());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.view.wall3d().isVisible());
        assertTrue(app.view.threeDToggle().isSelected());

        // Moving the probe decodes that 3-D coordinate.
        // (A new 3-D model puts its probe at its codes' centre and decodes it: wait for this probe's own decode.)
        robot.interact(() -> app.view.wall3d().setProbe(0.5, -0.5, 0.25));
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.explorer.decodedImageProperty().get() != null
                    && app.explorer.decodedCaptionProperty().get().contains("0.50, -0.50, 0.25"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no decode of the probe: " + app.explorer.decodedCaptionProperty().get());
        }

        // Clicking a drawn point shows that test image; the toggle falls back to the flat projection.
        int index = 17;
        robot.clickOn(app.view.wall3d().pointToScreen(index));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.explorer.wallSceneProperty().get().selected() >= 0
                && app.explorer.selectedReconstructionProperty().get() != null);
        robot.clickOn("#threeDToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wall.isVisible());
        assertTrue(!app.view.wall3d().isVisible());
    }

    @Test
    void timelineScrubsTheWallThroughTheEpochs(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.interact(() -> {
            app.training.epochsProperty().set(3);
            app.training.start();
        });
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.training.phaseProperty().get() == TrainingViewModel.Phase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, app.training.timeline().size(), "untrained + 3 epochs");
        double[] atEnd = app.explorer.wallSceneProperty().get().xs().clone();
        javafx.scene.control.Slider slider = robot.lookup("#epochSlider").queryAs(javafx.scene.control.Slider.class);
        robot.interact(() -> slider.setValue(1));
        double[] atOne = app.explorer.wallSceneProperty().get().xs().clone();
        robot.interact(() -> slider.setValue(2));
        double[] atTwo = app.explorer.wallSceneProperty().get().xs().clone();
        robot.interact(() -> slider.setValue(1.5));
        double[] between = app.explorer.wallSceneProperty().get().xs();
        assertTrue(java.util.Arrays.stream(atOne).sum() != java.util.Arrays.stream(atEnd).sum(), "epoch 1 differs from epoch 3");
        for (int i = 0; i < 20; i++) assertEquals((atOne[i] + atTwo[i]) / 2, between[i], 1e-4, "point " + i + " glides halfway");
    }

    @Test
    void trainingUpdatesTheLossChartAndCancelStopsIt(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.clickOn(robot.lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("Train")).queryLabeled());
        robot.interact(() -> app.training.epochsProperty().set(200));
        robot.clickOn("#startTraining");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.training.trainLoss().size() >= 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no epoch: phase " + app.training.phaseProperty().get() + ", progress '"
                    + app.training.progressTextProperty().get() + "', form '" + app.training.formErrorProperty().get() + "', status '" + app.explorer.statusProperty().get() + "'");
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.LineChart<?, ?> chart = robot.lookup("#lossChart").queryAs(javafx.scene.chart.LineChart.class);
        assertTrue(chart.getData().get(0).getData().size() >= 1, "train loss plotted");
        assertTrue(chart.getData().get(1).getData().size() >= 1, "test loss plotted");
        assertEquals(TrainingViewModel.Phase.RUNNING, app.training.phaseProperty().get());
        robot.clickOn("#cancelTraining");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.training.phaseProperty().get() == TrainingViewModel.Phase.FINISHED);
        int epochs = app.training.trainLoss().size();
        assertTrue(epochs < 200, "stopped early");
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(epochs, app.training.trainLoss().size(), "no epoch after cancel");
        // The wall shows the trained model's codes, and discarding brings the bundled model back.
        robot.clickOn("#discardModel");
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.explorer.busyProperty().get()
                    && app.explorer.currentEntryProperty().get().name().equals("mnist-vae-2d")
                    && app.explorer.historyProperty().get() != null && app.explorer.historyProperty().get().epochs().size() == 20);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("after discard: status " + app.explorer.statusProperty().get() + ", phase "
                    + app.training.phaseProperty().get() + ", entry " + app.explorer.currentEntryProperty().get()
                    + ", history " + (app.explorer.historyProperty().get() == null ? null : app.explorer.historyProperty().get().epochs().size()));
        }
    }

}
