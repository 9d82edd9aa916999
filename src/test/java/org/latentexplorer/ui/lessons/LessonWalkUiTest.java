package org.latentexplorer.ui.lessons;

import com.google.gson.JsonArray;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.training.TrainingViewModel;
import org.latentexplorer.wall.WallScene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks every step of every bundled lesson, forwards and then back (the replay), in a real window, and checks
 * that the app is in the state each step promises: its model on the wall, its panel shown, its probe and
 * selection set, training started.
 */
@ExtendWith(ApplicationExtension.class)
class LessonWalkUiTest {
    private ToolHarness app;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        org.latentexplorer.ui.tools.Tools.install(app.view, app.explorer);
        app.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.training.cancel()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.training.phaseProperty().get() != TrainingViewModel.Phase.RUNNING);
        app.close();
    }

    @Test
    void everyStepOfEveryLessonSetsTheStateItPromisesForwardsAndWhenReplayedBackwards(FxRobot robot) throws Exception {
        app.awaitWall();
        LessonPanel panel = robot.lookup("#lessonPanel").queryAs(LessonPanel.class);
        for (Lesson lesson : Lesson.bundled()) {
            robot.interact(() -> panel.start(lesson));
            assertTrue(panel.isVisible());
            int n = lesson.steps().size();
            checkStep(lesson, 0);
            for (int k = 1; k < n; k++) {
                robot.clickOn("#lessonNext");
                assertEquals(k, panel.stepProperty().get());
                checkStep(lesson, k);
            }
            for (int k = n - 2; k >= 0; k--) {
                robot.clickOn("#lessonBack");
                assertEquals(k, panel.stepProperty().get());
                checkStep(lesson, k);
            }
        }
    }

    private void checkStep(Lesson lesson, int k) throws Exception {
        String where = lesson.id() + " step " + (k + 1);
        for (Lesson.Action a : lesson.steps().get(k).actions()) {
            switch (a.name()) {
                case "open" -> WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer.currentEntryProperty().get() != null
                        && a.argument().getAsString().equals(app.explorer.currentEntryProperty().get().name())
                        && app.explorer.wallSceneProperty().get() != null);
                case "panel" -> waitFor(where, () -> {
                    var b = app.view.lookup("#" + a.argument().getAsString() + "Button");
                    return b instanceof ToggleButton t && t.isSelected();
                });
                case "probe" -> waitFor(where, () -> {
                    WallScene s = app.explorer.wallSceneProperty().get();
                    JsonArray xy = a.argument().getAsJsonArray();
                    return s != null && s.probe() != null && s.probe()[0] == xy.get(0).getAsDouble() && s.probe()[1] == xy.get(1).getAsDouble();
                });
                case "select" -> waitFor(where, () -> {
                    WallScene s = app.explorer.wallSceneProperty().get();
                    return s != null && s.selected() == a.argument().getAsInt();
                });
                case "train" -> waitFor(where, () -> app.training.phaseProperty().get() != TrainingViewModel.Phase.IDLE
                        && app.view.lookup("#trainTabButton") instanceof ToggleButton t && t.isSelected());
                default -> throw new AssertionError(where + ": unknown action " + a.name());
            }
        }
    }

    private static void waitFor(String where, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(where + ": the state it promises was not reached", e);
        }
    }
}
