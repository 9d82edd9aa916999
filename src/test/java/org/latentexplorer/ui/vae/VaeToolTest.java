package org.latentexplorer.ui.vae;

import javafx.scene.chart.BarChart;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.ToolHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class VaeToolTest {
    private ToolHarness app;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        new VaeTool().install(app.view, app.explorer);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void vaeTabShowsKlPerDimensionAndSamplesTheSelectedPosterior(FxRobot robot) throws Exception {
        robot.clickOn(robot.lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("VAE")).queryLabeled());
        BarChart<?, ?> chart = robot.lookup("#klChart").queryAs(BarChart.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !chart.getData().isEmpty() && chart.getData().get(0).getData().size() == 2);
        for (var bar : chart.getData().get(0).getData()) assertTrue(((Number) bar.getYValue()).doubleValue() > 0.1, "both dimensions used");

        robot.interact(() -> app.explorer.selectPoint(5));
        robot.clickOn("#posteriorSample");
        FlowPane gallery = robot.lookup("#posteriorSamples").queryAs(FlowPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gallery.getChildren().size() == 8);
        var scene = app.explorer.wallSceneProperty().get();
        assertEquals(8, scene.markers().size());
        // Samples land around the selected image's code: within a few posterior widths of it.
        double x = scene.xs()[5], y = scene.ys()[5];
        for (var m : scene.markers()) assertTrue(Math.hypot(m.x() - x, m.y() - y) < 1.5, "sample near its mean: " + m);

        robot.clickOn("#posteriorEllipses");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.explorer.wallSceneProperty().get().spreads() != null);
        double[][] spreads = app.explorer.wallSceneProperty().get().spreads();
        assertEquals(2000, spreads.length);
        for (double[] sd : spreads) assertTrue(sd[0] > 0 && sd[0] < 1.5 && sd[1] > 0 && sd[1] < 1.5, "a posterior σ: " + sd[0] + ", " + sd[1]);
        robot.clickOn("#posteriorEllipses");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.explorer.wallSceneProperty().get().spreads() == null);
    }
}
