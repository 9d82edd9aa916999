package org.latentexplorer.ui.lifecycle;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.training.TrainingViewModel;
import org.latentexplorer.wall.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life cycle in a real window with the real engine: the wall follows a run, closing mid-run stops it. */
@ExtendWith(ApplicationExtension.class)
class LifecycleUiTest {
    private ToolHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new ToolHarness();
        app.show(stage);
    }

    @AfterEach
    void closeEngine() {
        app.close();
    }

    @Test
    void theWallFollowsTheMapWhileItTrains(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.interact(() -> {
            app.training.epochsProperty().set(3);
            app.training.start();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.training.phaseProperty().get() == TrainingViewModel.Phase.FINISHED);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !app.view.wall().isGliding());
        WaitForAsyncUtils.waitForFxEvents();
        double[] b = app.explorer.wallSceneProperty().get().robustBounds();
        Viewport vp = app.view.wall().viewportProperty().get();
        assertTrue(vp.minX() <= b[0] && vp.maxX() >= b[1] && vp.minY() <= b[2] && vp.maxY() >= b[3],
                "the trained map is on screen: codes " + java.util.Arrays.toString(b) + ", view x " + vp.minX() + ".." + vp.maxX()
                        + ", y " + vp.minY() + ".." + vp.maxY());
        // Not merely everything: the map fills the wall (at least a third of its width or height).
        assertTrue((b[1] - b[0]) / (vp.maxX() - vp.minX()) > 0.33 || (b[3] - b[2]) / (vp.maxY() - vp.minY()) > 0.33);
        // The loss chart counts whole epochs, and its train and test lines are told apart by colour.
        javafx.scene.chart.LineChart<?, ?> chart = robot.lookup("#lossChart").queryAs(javafx.scene.chart.LineChart.class);
        javafx.scene.chart.NumberAxis epochs = (javafx.scene.chart.NumberAxis) chart.getXAxis();
        assertTrue(epochs.getTickUnit() >= 1 && epochs.getLowerBound() == 0 && epochs.getUpperBound() >= 3,
                "ticks " + epochs.getTickUnit() + " from " + epochs.getLowerBound() + " to " + epochs.getUpperBound());
        javafx.scene.shape.Path train = (javafx.scene.shape.Path) chart.lookup(".chart-series-line.default-color0");
        javafx.scene.shape.Path test = (javafx.scene.shape.Path) chart.lookup(".chart-series-line.default-color1");
        assertTrue(train != null && test != null && !train.getStroke().equals(test.getStroke()),
                "train " + (train == null ? null : train.getStroke()) + ", test " + (test == null ? null : test.getStroke()));
    }

    @Test
    void closingTheWindowMidRunStopsTheRunAndAsksAboutTheModel(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.interact(() -> {
            app.training.epochsProperty().set(200);
            app.training.start();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.training.trainLoss().size() >= 1);
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#unsavedModelDialog").tryQuery().isPresent());
        // By the time the question is asked, the run has stopped.
        assertEquals(TrainingViewModel.Phase.FINISHED, app.training.phaseProperty().get());
        int epochs = app.training.trainLoss().size();
        assertTrue(epochs < 200);
        DialogPane dialog = robot.lookup("#unsavedModelDialog").queryAs(DialogPane.class);
        robot.clickOn(robot.from(dialog).lookup((Button b) -> b.getText().equals("Discard")).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertEquals(0, app.service.loadedCount(), "the discarded model is released, nothing else is loaded");
        assertFalse(app.explorer.trainingProperty().get());
        assertEquals(TrainingViewModel.Phase.IDLE, app.training.phaseProperty().get(), "nothing left of the discarded run");
    }

    @Test
    void aModelFileDroppedOnTheWindowOpens(FxRobot robot) throws Exception {
        app.awaitWall();
        java.nio.file.Path file = java.nio.file.Path.of("assets/models/mnist-ae-2d.zip").toAbsolutePath();
        robot.interact(() -> app.view.openDropped(java.util.List.of(file), app.training));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer.currentEntryProperty().get() != null
                && app.explorer.currentEntryProperty().get().name().equals("mnist-ae-2d") && !app.explorer.busyProperty().get());
        assertEquals(org.latentexplorer.model.ModelKind.AE, app.explorer.modelProperty().get().spec().kind());
    }
}
