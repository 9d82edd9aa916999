package org.latentexplorer.ui.draw;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.wall.WallMarker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Draw tab: a stroke drawn with the mouse is encoded, marked on the wall and reconstructed. */
@ExtendWith(ApplicationExtension.class)
class DrawUiTest {
    @TempDir Path dir;
    private ToolHarness app;
    private DrawViewModel vm;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        vm = new DrawTool().install(app.view, app.explorer);
        app.show(stage);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private WallMarker drawMarker() {
        List<WallMarker> markers = app.explorer.wallSceneProperty().get().markers();
        return markers.isEmpty() ? null : markers.get(0);
    }

    @Test
    void aStrokeBecomesAMarkerOnTheWallAndAReconstruction(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.push(DrawTool.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("drawTab", robot.lookup("#sidePanel").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        ImageView canvas = robot.lookup("#drawSketch").queryAs(ImageView.class);
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        // A "1": one stroke down the middle.
        Point2D top = new Point2D(b.getMinX() + b.getWidth() * 0.52, b.getMinY() + b.getHeight() * 0.18);
        Point2D bottom = new Point2D(b.getMinX() + b.getWidth() * 0.48, b.getMinY() + b.getHeight() * 0.82);
        robot.drag(top, MouseButton.PRIMARY).moveTo(top.midpoint(bottom)).moveTo(bottom).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.reconstructionImageProperty().get() != null && drawMarker() != null);
        WallMarker marker = drawMarker();
        double[] at = app.explorer.projectionProperty().get().project(vm.codeProperty().get());
        assertEquals(at[0], marker.x(), 1e-9);
        assertEquals(at[1], marker.y(), 1e-9);
        assertEquals("drawing", marker.label());
        assertNotNull(robot.lookup("#drawReconstruction").queryAs(ImageView.class).getImage());
        assertNotNull(robot.lookup("#drawInput").queryAs(ImageView.class).getImage());
        String caption = robot.lookup("#drawCaption").queryAs(Label.class).getText();
        assertTrue(caption.startsWith("Code ("), caption);
        System.out.println("draw screenshot: " + ToolHarness.snapshot(robot.window(0).getScene(), "draw.png"));

        // Clear: the marker goes away.
        robot.clickOn("#drawClear");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> drawMarker() == null && vm.reconstructionImageProperty().get() == null);
    }

    @Test
    void noiseAndCoverApplyToTheSelectedTestImage(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.push(DrawTool.SHORTCUT);
        robot.interact(() -> app.explorer.selectPoint(3));
        robot.clickOn("#drawSourceSelected");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.codeProperty().get() != null);
        float[] clean = vm.codeProperty().get().clone();
        // Through the model, undamaged: the code is the test image's own code.
        float[] own = app.explorer.codesProperty().get().codes()[3];
        assertEquals(own[0], clean[0], 1e-4);
        assertEquals(own[1], clean[1], 1e-4);
        robot.interact(() -> {
            vm.noiseProperty().set(0.4);
            vm.coverProperty().set(0.5);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.codeProperty().get() != null && vm.codeProperty().get()[0] != clean[0]
                && vm.captionProperty().get().contains("undamaged"));
        assertEquals("#3 damaged", drawMarker().label());
    }

    @Test
    void aLoadedPictureIsScaledEncodedAndMarked(FxRobot robot) throws Exception {
        app.awaitWall();
        BufferedImage picture = new BufferedImage(200, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 260);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawOval(50, 40, 100, 180); // a "0", dark on white paper
        g.dispose();
        Path file = dir.resolve("zero.png");
        ImageIO.write(picture, "png", file.toFile());
        DrawView.openDialog = (owner, chooser) -> file.toFile();
        try {
            robot.push(DrawTool.SHORTCUT);
            robot.clickOn("#drawLoad");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.reconstructionImageProperty().get() != null && drawMarker() != null);
            assertTrue(vm.messageProperty().get().contains("zero.png"), vm.messageProperty().get());
        } finally {
            DrawView.openDialog = (owner, chooser) -> chooser.showOpenDialog(owner);
        }
        // Not a picture: the error names the file.
        Path bad = dir.resolve("notes.png");
        java.nio.file.Files.writeString(bad, "not a picture");
        robot.interact(() -> vm.loadImage(bad));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.messageIsErrorProperty().get());
        assertTrue(vm.messageProperty().get().contains(bad.toAbsolutePath().toString()), vm.messageProperty().get());
    }
}
