package org.latentexplorer.ui.lifecycle;

import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.explorer.ModelState;
import org.latentexplorer.ui.explorer.UnsavedModelPrompt.Choice;
import org.latentexplorer.ui.training.TrainingViewModel;
import org.latentexplorer.wall.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The random walk in a real window with the real engine and every tool installed: picks in the model
 * picker, clicks on the wall and the side panel's buttons, short trainings, cancels, saves and discards.
 * Seeded and replayable ({@code -Dwindow.walk.seed=N}).
 */
@ExtendWith(ApplicationExtension.class)
class RealWindowWalkUiTest {
    private static final long SEED = Long.getLong("window.walk.seed", 7);
    private static final int STEPS = Integer.getInteger("window.walk.steps", 60);

    @TempDir Path dir;
    private ToolHarness app;
    private Choice nextAnswer = Choice.discard();

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        org.latentexplorer.ui.tools.Tools.install(app.view, app.explorer);
        app.explorer.setUnsavedPrompt(name -> CompletableFuture.completedFuture(nextAnswer));
        app.show(stage);
    }

    @AfterEach
    void closeEngine() {
        app.close();
    }

    @Test
    void sixtyStepsOfATeachersLessonLeaveTheAppUsable(FxRobot robot) throws Exception {
        app.awaitWall();
        Random random = new Random(SEED);
        List<String> steps = new ArrayList<>();
        List<String> navButtons = robot.lookup(".side-nav-button").queryAll().stream()
                .map(n -> n.getId()).filter(id -> id != null).toList();
        for (int step = 0; step < STEPS; step++) {
            String action = act(robot, random, navButtons, step);
            steps.add(action);
            try {
                settle();
                check();
            } catch (AssertionError | Exception e) {
                fail("window walk seed " + SEED + ", step " + step + " (" + action + "): " + e.getMessage()
                        + "\n  steps: " + String.join(", ", steps), e);
            }
        }
    }

    private String act(FxRobot robot, Random random, List<String> navButtons, int step) {
        ExplorerViewModel explorer = app.explorer;
        TrainingViewModel training = app.training;
        int a = random.nextInt(3);
        nextAnswer = a == 0 ? Choice.save(dir.resolve("w" + step + ".zip")) : a == 1 ? Choice.discard() : Choice.cancel();
        switch (random.nextInt(9)) {
            case 0, 1 -> {
                @SuppressWarnings("unchecked") ComboBox<ExplorerViewModel.ModelEntry> picker = robot.lookup("#modelPicker").queryAs(ComboBox.class);
                int k = random.nextInt(picker.getItems().size());
                robot.interact(() -> picker.getSelectionModel().select(k));
                return "pick #" + k + " (answer " + a + ")";
            }
            case 2 -> {
                robot.interact(() -> {
                    training.epochsProperty().set(1);
                    training.latentProperty().set(2 + random.nextInt(2));
                });
                robot.clickOn("#trainTabButton");
                robot.clickOn("#startTraining");
                return "train 1 epoch (answer " + a + ")";
            }
            case 3 -> {
                robot.interact(() -> training.epochsProperty().set(30));
                robot.clickOn("#trainTabButton");
                robot.clickOn("#startTraining");
                sleep(300 + random.nextInt(1500));
                robot.clickOn("#cancelTraining");
                return "train and cancel";
            }
            case 4 -> {
                Path file = dir.resolve("s" + step + ".zip");
                robot.interact(() -> training.save(file));
                return "save";
            }
            case 5 -> {
                robot.clickOn("#trainTabButton");
                if (!robot.lookup("#discardModel").query().isDisabled()) robot.clickOn("#discardModel");
                return "discard";
            }
            case 6 -> {
                String id = navButtons.get(random.nextInt(navButtons.size()));
                robot.clickOn("#" + id);
                return "panel " + id;
            }
            case 7 -> {
                ToggleButton threeD = robot.lookup("#threeDToggle").queryAs(ToggleButton.class);
                if (!threeD.isDisabled()) robot.clickOn(threeD);
                else robot.clickOn("#fitButton");
                return "3-D toggle or Fit";
            }
            default -> {
                if (!app.view.wall().isVisible() || app.view.wall().viewportProperty().get() == null) return "no 2-D wall to click";
                double w = app.view.wall().getWidth(), h = app.view.wall().getHeight();
                Point2D at = app.view.wall().localToScreen(w * (0.2 + 0.6 * random.nextDouble()), h * (0.2 + 0.6 * random.nextDouble()));
                robot.clickOn(at);
                return "click the wall";
            }
        }
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.explorer.stateProperty().get() != ModelState.LOADING
                && app.training.phaseProperty().get() != TrainingViewModel.Phase.RUNNING && !app.explorer.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void check() {
        ExplorerViewModel e = app.explorer;
        if (e.statusIsErrorProperty().get()) throw new AssertionError("error in the status bar: " + e.statusProperty().get());
        ModelHandle shown = e.modelProperty().get();
        LatentCodes codes = e.codesProperty().get();
        if (shown == null) return;
        if (codes == null || codes.dimension() != shown.spec().latentDim()) throw new AssertionError("codes of another model on the wall");
        boolean panelHasRun = app.training.phaseProperty().get() == TrainingViewModel.Phase.FINISHED;
        if (panelHasRun != (e.stateProperty().get() == ModelState.TRAINED_UNSAVED)) {
            throw new AssertionError("panel " + app.training.phaseProperty().get() + ", model " + e.stateProperty().get());
        }
        int loaded = app.service.loadedCount();
        if (loaded > 1) throw new AssertionError(loaded + " models loaded: " + app.service.loadedModels() + ", wall shows " + shown.id());
        // A model's first view is fitted: it shows the whole map (with its title and legend clear of it).
        Viewport vp = app.view.wall().viewportProperty().get();
        if (app.view.wall().isVisible() && vp != null && e.wallSceneProperty().get() != null && codes.dimension() == 2
                && !app.explorer.trainingProperty().get()) {
            double[] b = e.wallSceneProperty().get().robustBounds();
            double spanX = vp.maxX() - vp.minX();
            if (b[1] - b[0] > 4 * spanX) throw new AssertionError("the map is far larger than the view: " + (b[1] - b[0]) + " vs " + spanX);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
