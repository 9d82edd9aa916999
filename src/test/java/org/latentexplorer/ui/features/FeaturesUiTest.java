package org.latentexplorer.ui.features;

import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.latent.features.FeatureComparison;
import org.latentexplorer.training.PretrainedClassifier;
import org.latentexplorer.ui.ToolHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Features window on the bundled model: three curves and their table; pretraining's loss curves. */
@ExtendWith(ApplicationExtension.class)
class FeaturesUiTest {
    private ToolHarness app;
    private FeaturesTool tool;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        tool = new FeaturesTool();
        tool.install(app.view, app.explorer);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private FeaturesView open(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.push(FeaturesTool.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tool.stage().isShowing(), "the shortcut opens the Features window");
        return tool.content();
    }

    @Test
    void comparingShowsThreeCurvesAndTheTableThenPretrainingShowsTheLossCurves(FxRobot robot) throws Exception {
        FeaturesView view = open(robot);
        FeaturesViewModel vm = tool.viewModel();
        WaitForAsyncUtils.asyncFx(() -> {
            tool.stage().setWidth(1280);
            tool.stage().setHeight(720);
            vm.budgetsProperty().set("1,5,10,50,100,all");
        }).get(5, TimeUnit.SECONDS);
        robot.clickOn("#featuresRun");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> vm.resultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        LineChart<String, Number> chart = view.accuracyChart();
        assertEquals(3, chart.getData().size(), "codes, pixels and PCA");
        for (var series : chart.getData()) assertEquals(6, series.getData().size(), series.getName());
        assertTrue(chart.getData().get(0).getName().startsWith("Codes (2)"), chart.getData().get(0).getName());
        TableView<?> table = robot.lookup("#featuresTable").queryAs(TableView.class);
        assertEquals(6, table.getItems().size());
        FeaturesViewModel.Row all = vm.rows().get(5);
        assertEquals("all", all.labelsPerClass());
        assertEquals(app.explorer.datasetProperty().get().train().count(), all.labelled());
        // Every label of every pixel: far above chance (0.1) on MNIST, and the chart shows the table's number.
        assertTrue(all.pixels() > 0.8, "pixels with all labels " + all.pixels());
        assertEquals(all.pixels(), chart.getData().get(1).getData().get(5).getYValue().doubleValue(), 1e-12);
        assertEquals(vm.resultProperty().get().curve(FeatureComparison.Source.PCA).accuracy()[5], all.pca(), 0.0);
        assertFalse(vm.runningProperty().get());
        ToolHarness.snapshot(tool.stage().getScene(), "features-plot.png");

        // Pretraining: five epochs, three networks, a loss curve each and their accuracies.
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup(".tab-pane").match(n -> n.getScene() == tool.stage().getScene()).queryAs(TabPane.class).getSelectionModel().select(1);
            vm.epochsProperty().set(5);
        }).get(5, TimeUnit.SECONDS);
        robot.clickOn("#pretrainRun");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> vm.pretrainResultProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<Number, Number> losses = view.lossChart();
        assertEquals(3, losses.getData().size(), "frozen, fine-tuned and from scratch");
        for (var series : losses.getData()) assertEquals(5, series.getData().size(), series.getName());
        String accuracy = robot.lookup("#pretrainAccuracy").queryAs(Label.class).getText();
        for (PretrainedClassifier.Run run : vm.pretrainResultProperty().get().runs()) {
            assertTrue(accuracy.contains(FeaturesViewModel.variantName(run.variant()) + ": " + FeaturesViewModel.percent(run.accuracy())), accuracy);
        }
        ToolHarness.snapshot(tool.stage().getScene(), "features-pretraining.png");
    }

    @Test
    void cancellingStopsTheRunAndSaysSo(FxRobot robot) throws Exception {
        open(robot);
        FeaturesViewModel vm = tool.viewModel();
        WaitForAsyncUtils.asyncFx(() -> vm.hiddenProperty().set(256)).get(5, TimeUnit.SECONDS);
        robot.clickOn("#featuresRun");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.runningProperty().get());
        robot.clickOn("#featuresCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(vm.runningProperty().get());
        assertEquals("Cancelled.", robot.lookup("#featuresStatus").queryAs(Label.class).getText());
        assertEquals(null, vm.resultProperty().get(), "a cancelled run shows no result");
    }
}
