package org.latentexplorer.ui.projection;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.latent.UmapProjection;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.tools.Tools;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Not part of the suite (the name does not end in Test): the docs' picture of a UMAP wall, for a model of more
 * than 3 latent numbers given as {@code -Dumap.model=FILE} (none is bundled). Run with
 * {@code -Dtest=UmapWallScreenshot -Dumap.model=…}; the PNG goes to the temp folder's screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class UmapWallScreenshot {
    private ToolHarness app;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        Tools.install(app.view, app.explorer);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void umapWall(FxRobot robot) throws Exception {
        String model = System.getProperty("umap.model");
        Assumptions.assumeTrue(model != null, "-Dumap.model=FILE names the model");
        app.awaitWall();
        robot.interact(() -> app.explorer.openFile(Path.of(model)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer.codesProperty().get() != null
                && app.explorer.codesProperty().get().dimension() > 3 && !app.explorer.busyProperty().get());
        robot.clickOn("#projectionChoice");
        robot.clickOn(robot.lookup(".list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText("UMAP")).queryLabeled());
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.explorer.projectionProperty().get() instanceof UmapProjection);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.view.wall().fitToData());
        robot.clickOn(app.view.wall().localToScreen(ToolHarness.emptySpot(app.view.wall())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.explorer.decodedImageProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.println("UMAP wall screenshot: " + ToolHarness.snapshot(robot.window(0).getScene(), "latentui-umap-wall.png"));
    }
}
