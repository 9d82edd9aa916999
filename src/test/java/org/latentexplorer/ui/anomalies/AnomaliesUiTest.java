package org.latentexplorer.ui.anomalies;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.latent.Anomalies;
import org.latentexplorer.latent.Histogram;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.ui.ToolHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Anomalies tab: the threshold decides which points are ringed; the worst images select their point. */
@ExtendWith(ApplicationExtension.class)
class AnomaliesUiTest {
    private ToolHarness app;
    private AnomaliesViewModel vm;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        vm = new AnomaliesTool().install(app.view, app.explorer);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void movingTheThresholdChangesTheRingedPointsAndTheGallerySelects(FxRobot robot) throws Exception {
        app.awaitWall();
        assertEquals(0, app.explorer.wallSceneProperty().get().highlighted().length, "nothing ringed before the tool is opened");
        robot.push(AnomaliesTool.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane side = robot.lookup("#sidePanel").queryAs(TabPane.class);
        assertEquals("anomaliesTab", side.getSelectionModel().getSelectedItem().getId());

        LatentCodes codes = app.explorer.codesProperty().get();
        int[] ringed = app.explorer.wallSceneProperty().get().highlighted();
        assertArrayEquals(Histogram.indicesAbove(codes.errors(), vm.thresholdProperty().get()), ringed);
        assertEquals(100, ringed.length, 1, "the top 5% are flagged at first");

        // Click on the histogram a quarter of the way along: a lower threshold flags more images.
        Canvas chart = robot.lookup("#errorHistogram").queryAs(Canvas.class);
        robot.clickOn(chart.localToScreen(chart.getWidth() * 0.25, chart.getHeight() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        double t = vm.thresholdProperty().get();
        int[] now = app.explorer.wallSceneProperty().get().highlighted();
        assertTrue(now.length > ringed.length, now.length + " > " + ringed.length);
        assertArrayEquals(Histogram.indicesAbove(codes.errors(), t), now);
        String text = robot.lookup("#anomalyThresholdText").queryAs(Label.class).getText();
        java.text.NumberFormat n = java.text.NumberFormat.getIntegerInstance();
        assertTrue(text.contains(n.format(now.length) + " of " + n.format(2000)), text);

        // Turning the flags off clears the rings.
        robot.clickOn("#anomalyFlagOnWall");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, app.explorer.wallSceneProperty().get().highlighted().length);
        robot.clickOn("#anomalyFlagOnWall");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(now.length, app.explorer.wallSceneProperty().get().highlighted().length);

        // The gallery shows the worst 20, worst first; clicking one selects it on the wall.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.worst().size() == 20);
        WaitForAsyncUtils.waitForFxEvents();
        int[] worst = Anomalies.worst(codes.errors(), 20);
        assertEquals(worst[0], vm.worst().get(0).index());
        Node tile = robot.lookup("#anomalyTile" + worst[2]).query();
        robot.clickOn(tile);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.explorer.wallSceneProperty().get().selected() == worst[2]);
        System.out.println("anomalies screenshot: " + ToolHarness.snapshot(robot.window(0).getScene(), "anomalies.png"));
    }

    @Test
    void newCodesFromTrainingMoveTheRangeAndKeepTheThresholdInside(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.push(AnomaliesTool.SHORTCUT);
        LatentCodes codes = app.explorer.codesProperty().get();
        // Every error 100 times larger: the whole range moves above the old one; then far below it.
        for (float factor : new float[] {100f, 0.01f}) {
            float[] errors = codes.errors().clone();
            for (int i = 0; i < errors.length; i++) errors[i] *= factor;
            LatentCodes next = new LatentCodes(codes.codes(), codes.labels(), errors);
            robot.interact(() -> app.explorer.showCodes(next, false));
            WaitForAsyncUtils.waitForFxEvents();
            Histogram h = Histogram.of(errors, AnomaliesViewModel.BINS);
            assertEquals(h.lo(), vm.minErrorProperty().get(), 1e-9);
            assertEquals(h.hi(), vm.maxErrorProperty().get(), 1e-9);
            double t = vm.thresholdProperty().get();
            assertTrue(t >= h.lo() && t <= h.hi(), "threshold " + t + " in " + h.lo() + ".." + h.hi());
            assertArrayEquals(Histogram.indicesAbove(errors, t), app.explorer.wallSceneProperty().get().highlighted());
        }
    }

    @Test
    void aModelTrainedWithoutAClassShowsTheAucOfFindingIt(FxRobot robot) throws Exception {
        app.awaitWall();
        assertTrue(Double.isNaN(vm.aucProperty().get()));
        assertTrue(vm.aucTextProperty().get().contains("--hold-out-class"), vm.aucTextProperty().get());
        // The same model, as if its bundle said class 3 was held out of training.
        TrainingHistory history = new TrainingHistory();
        history.setSettings("20 epochs, batch 128, class 3 held out of training");
        LatentCodes codes = app.explorer.codesProperty().get();
        robot.interact(() -> app.explorer.show(app.explorer.modelProperty().get(), app.explorer.datasetProperty().get(), codes, history));
        WaitForAsyncUtils.waitForFxEvents();
        double expected = Anomalies.rocAucForClass(codes.errors(), codes.labels(), 3);
        assertEquals(expected, vm.aucProperty().get(), 1e-12);
        robot.push(AnomaliesTool.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup("#anomalyAuc").queryAs(Label.class).getText();
        assertTrue(shown.contains(String.format(java.util.Locale.ROOT, "%.3f", expected)) && shown.contains("class 3"), shown);
    }
}
