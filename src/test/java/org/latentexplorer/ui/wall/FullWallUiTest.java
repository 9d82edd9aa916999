package org.latentexplorer.ui.wall;

import javafx.geometry.Point2D;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.ToolHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled Fashion-MNIST autoencoder with the wall's train + test toggle: all 70,000 codes on the wall. */
@ExtendWith(ApplicationExtension.class)
class FullWallUiTest {
    private static final Path MODEL = Path.of("assets/models/fashion-mnist-ae-2d.zip");
    private ToolHarness app;
    private GalleryWall wall;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        new FullWallTool().install(app.view, app.explorer);
        wall = app.view.wall();
        app.show(stage, 1920, 1080);
    }

    @AfterEach
    void closeEngine() {
        app.close();
    }

    @Test
    void theToggleDrawsTheSeventyThousandFashionCodesAndATrainingPointDecodesOnClick(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.interact(() -> app.explorer.openFile(MODEL.toAbsolutePath()));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.explorer.datasetProperty().get() != null
                && app.explorer.datasetProperty().get().name().contains("fashion") && app.explorer.codesProperty().get() != null
                && !app.explorer.busyProperty().get() && wall.viewportProperty().get() != null);
        assertEquals(60_000, app.explorer.datasetProperty().get().train().count(), "the bundled Fashion-MNIST has its training split");
        assertEquals(10_000, wall.drawnPointCount(), "test images only, before the toggle");

        ToggleButton toggle = robot.lookup("#fullWallToggle").queryAs(ToggleButton.class);
        assertFalse(toggle.isDisabled());
        robot.clickOn(toggle);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> wall.drawnPointCount() == 70_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.explorer.wallSceneProperty().get().count() == 10_000, "tools still see the test images' scene");

        // A training point: hovering shows its caption, a click decodes its code (the inspector's decoded image).
        GalleryWall.ExtraPoints extra = wall.extraPointsProperty().get();
        int train = findVisible(extra);
        Point2D at = wall.localToScreen(wall.pixelOf(extra.xs()[train], extra.ys()[train]));
        String before = app.explorer.decodedCaptionProperty().get();
        robot.moveTo(at);
        robot.clickOn(at);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.explorer.decodedCaptionProperty().get().equals(before));
        assertNotEquals(before, app.explorer.decodedCaptionProperty().get());

        Path shot = ToolHarness.snapshot(wall.getScene(), "fullwall-70k.png");
        Path docs = Path.of("docs/images");
        if (Files.isDirectory(docs) && Boolean.getBoolean("fullwall.screenshot")) {
            Files.copy(shot, docs.resolve("fullwall-70k.png"), StandardCopyOption.REPLACE_EXISTING);
        }

        robot.clickOn(toggle);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wall.drawnPointCount() == 10_000);
    }

    /** A training point drawn well inside the wall whose hover hits it and not a test image. */
    private int findVisible(GalleryWall.ExtraPoints extra) {
        for (int i = 0; i < extra.xs().length; i += 97) {
            Point2D p = wall.pixelOf(extra.xs()[i], extra.ys()[i]);
            if (p.getX() > 80 && p.getY() > 120 && p.getX() < wall.getWidth() - 300 && p.getY() < wall.getHeight() - 80
                    && wall.pointAt(p.getX(), p.getY()) < 0) return i;
        }
        throw new AssertionError("no training point clear of the test points");
    }
}
