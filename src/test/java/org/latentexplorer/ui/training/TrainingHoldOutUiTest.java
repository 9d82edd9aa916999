package org.latentexplorer.ui.training;

import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.HeldOutClass;
import org.latentexplorer.model.ModelBundle;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.anomalies.AnomaliesTool;
import org.latentexplorer.ui.anomalies.AnomaliesViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The training panel's "Hold out class": training runs without that class, and the model says so. */
@ExtendWith(ApplicationExtension.class)
class TrainingHoldOutUiTest {
    private ToolHarness app;
    private AnomaliesViewModel anomalies;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        anomalies = new AnomaliesTool().install(app.view, app.explorer);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ComboBox<?> openTrainPanelAndAwaitClasses(FxRobot robot, int classes) throws Exception {
        app.awaitWall();
        robot.clickOn("#trainTabButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.training.holdOutChoices().size() == classes + 1);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#holdOutPicker").queryAs(ComboBox.class);
    }

    @Test
    void choosingAClassTrainsWithoutItAndTheSavedModelRecordsItForTheAnomaliesTool(FxRobot robot, @TempDir Path dir) throws Exception {
        ComboBox<?> picker = openTrainPanelAndAwaitClasses(robot, 10);
        assertNull(app.training.holdOutClassProperty().get(), "nothing is held out unless chosen");
        assertEquals("None", picker.getButtonCell().getText());

        // Choose class 1 the way a user does: open the list and click it.
        robot.clickOn(picker);
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("1")).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.training.holdOutClassProperty().get());
        assertEquals("1", picker.getButtonCell().getText());
        System.out.println("training panel screenshot: " + ToolHarness.snapshot(robot.window(0).getScene(), "training-hold-out.png"));

        robot.interact(() -> app.training.epochsProperty().set(1));
        robot.clickOn("#startTraining");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.training.phaseProperty().get() == TrainingViewModel.Phase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, app.training.trainLoss().size(), "the run finished its epoch: " + app.training.progressTextProperty().get());

        // The training split had every image but the ones.
        ImageSet full = app.explorer.datasetFor("mnist").join().train();
        long ones = Arrays.stream(full.labels()).filter(l -> l == 1).count();
        assertTrue(ones > 100, "the bundled training split has ones: " + ones);
        ImageSet trained = app.training.trainingSet();
        assertFalse(Arrays.stream(trained.labels()).anyMatch(l -> l == 1), "no image of class 1 was trained on");
        assertEquals(full.count() - ones, trained.count());
        // The wall still shows every test image, ones included: they are what the detector is scored on.
        assertEquals(2000, app.explorer.codesProperty().get().count());

        // The model's settings say so, as the train command writes them, so the Anomalies tool scores class 1.
        assertEquals(OptionalInt.of(1), HeldOutClass.fromSettings(app.explorer.historyProperty().get().settings()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Double.isFinite(anomalies.aucProperty().get()));
        assertTrue(anomalies.aucTextProperty().get().contains("without class 1"), anomalies.aucTextProperty().get());

        // And the saved bundle keeps it.
        Path file = dir.resolve("without-ones.zip");
        robot.interact(() -> app.training.save(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.training.phaseProperty().get() == TrainingViewModel.Phase.IDLE);
        assertEquals(OptionalInt.of(1), HeldOutClass.fromSettings(ModelBundle.read(file).history().settings()));
    }

    @Test
    void withNoClassChosenTrainingUsesEveryImage(FxRobot robot) throws Exception {
        openTrainPanelAndAwaitClasses(robot, 10);
        robot.interact(() -> {
            app.training.epochsProperty().set(1);
            app.training.start();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.training.phaseProperty().get() == TrainingViewModel.Phase.FINISHED);
        assertEquals(app.explorer.datasetFor("mnist").join().train().count(), app.training.trainingSet().count());
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings(app.explorer.historyProperty().get().settings()));
    }

    @Test
    void anotherDatasetOffersItsOwnClassesAndClearsTheChoice(FxRobot robot) throws Exception {
        ComboBox<?> picker = openTrainPanelAndAwaitClasses(robot, 10);
        robot.interact(() -> app.training.holdOutClassProperty().set(3));
        robot.interact(() -> app.training.datasetProperty().set("fashion-mnist"));
        assertNull(app.training.holdOutClassProperty().get(), "class 3 of MNIST is not class 3 of Fashion-MNIST");
        List<String> names = app.explorer.datasetFor("fashion-mnist").get(60, TimeUnit.SECONDS).classNames();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.training.holdOutChoices().size() == names.size() + 1
                && app.training.holdOutText(1).equals(names.get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(app.training.holdOutChoices().get(0), "none comes first");
        assertEquals(names.get(9), app.training.holdOutText(9));
        assertEquals("None", picker.getButtonCell().getText());
    }
}
