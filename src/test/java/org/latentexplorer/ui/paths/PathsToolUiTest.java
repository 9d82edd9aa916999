package org.latentexplorer.ui.paths;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.latent.Interpolation;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.WallSpots;
import org.latentexplorer.ui.wall.GalleryWall;
import org.latentexplorer.wall.Mosaic;
import org.latentexplorer.wall.WallMarker;
import org.latentexplorer.wall.WallScene;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paths in the real window: ends from the wall, the filmstrip, play, export, click picking and Alt-drag drawing. */
@ExtendWith(ApplicationExtension.class)
class PathsToolUiTest {
    private ToolHarness app;
    private GalleryWall wall;
    private PathsViewModel paths;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        paths = new PathsTool().install(app.view, app.explorer);
        wall = app.view.wall();
        app.show(stage);
    }

    @AfterEach
    void closeEngine() {
        app.close();
    }

    private void awaitWall(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Paths")).queryLabeled());
    }

    private static void assertPixelsClose(float[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], 1e-4, "pixel " + i);
    }

    @Test
    void twoPointsGiveKFramesWhoseEndsAreTheirDecodesWithTheCrossFadeBeneath(FxRobot robot, @TempDir Path dir) throws Exception {
        awaitWall(robot);
        WallScene scene = app.explorer.wallSceneProperty().get();
        Point2D[] at = new Point2D[1];
        int i = WallSpots.clickablePoint(wall, scene, 0, -1, at);
        robot.clickOn(wall.localToScreen(at[0]));
        robot.clickOn("#pathSetA");
        int j = WallSpots.clickablePoint(wall, scene, 500, i, at);
        robot.clickOn(wall.localToScreen(at[0]));
        robot.clickOn("#pathSetB");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> paths.frames().size() == 10 && paths.decodes() != null);
        assertEquals(i, paths.aProperty().get().index());
        assertEquals(j, paths.bProperty().get().index());

        float[][] codes = app.explorer.codesProperty().get().codes();
        float[][] ends = app.service.decodeMany(app.explorer.modelProperty().get(), new float[][] {codes[i], codes[j]}).join();
        assertPixelsClose(ends[0], paths.decodes()[0]);
        assertPixelsClose(ends[1], paths.decodes()[9]);
        assertArrayEquals(Interpolation.linear(codes[i], codes[j], 10)[4], paths.frameCodes()[4]);
        // The cross-fade of the originals: the first is image i itself.
        assertEquals(10, paths.fades().size());
        float[] original = app.explorer.datasetProperty().get().test().image(i);
        javafx.scene.image.Image fade0 = paths.fades().get(0);
        int grey = fade0.getPixelReader().getArgb(14, 14) & 0xFF;
        assertEquals(org.latentexplorer.wall.Images.grey(original[14 * 28 + 14]), grey);
        // The filmstrip shows 10 columns; the wall shows the line and the ends A and B.
        assertEquals(10, robot.lookup("#pathStrip").queryAs(javafx.scene.layout.FlowPane.class).getChildren().size());
        WallScene now = app.explorer.wallSceneProperty().get();
        assertNotNull(now.path());
        assertTrue(now.markers().stream().anyMatch(m -> m.label().equals("A")));
        assertTrue(now.markers().stream().anyMatch(m -> m.label().equals("B")));
        WallMarker a = now.markers().stream().filter(m -> m.label().equals("A")).findFirst().orElseThrow();
        assertEquals(scene.xs()[i], a.x(), 1e-6);

        // Slerp (a VAE): the same ends, another middle.
        robot.clickOn("#pathSlerp");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> paths.frameCodes() != null
                && java.util.Arrays.equals(paths.frameCodes()[4], Interpolation.slerp(codes[i], codes[j], 10)[4]));
        assertPixelsClose(ends[1], paths.decodes()[9]);

        // Play moves through the frames; pressing again stops.
        robot.clickOn("#pathPlay");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> paths.frameProperty().get() >= 3);
        robot.clickOn("#pathPlay");
        assertTrue(!paths.playingProperty().get());

        // Export: the strip as PNG (two rows), the animation as a looping GIF going there and back.
        Path png = dir.resolve("strip.png"), gif = dir.resolve("path.gif");
        paths.export(png, false).get(10, TimeUnit.SECONDS);
        paths.export(gif, true).get(10, TimeUnit.SECONDS);
        BufferedImage strip = ImageIO.read(png.toFile());
        Mosaic.Picture expected = Mosaic.filmstrip(paths.decodes(), new float[10][784], 28, 28, PathExport.SCALE, PathExport.GAP);
        assertEquals(expected.width(), strip.getWidth());
        assertEquals(expected.height(), strip.getHeight());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(18, reader.getNumImages(true));
        }
    }

    @Test
    void pickModeTakesTwoClicksAndAltDragDrawsAPath(FxRobot robot) throws Exception {
        awaitWall(robot);
        robot.clickOn("#pathPickClicks");
        Point2D first = WallSpots.empty(wall, 0.35, 0.4), second = WallSpots.empty(wall, 0.65, 0.6);
        robot.clickOn(wall.localToScreen(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(paths.aProperty().get());
        assertEquals(null, paths.bProperty().get());
        assertEquals(null, app.explorer.wallSceneProperty().get().probe(), "the click set A and did not probe");
        robot.clickOn(wall.localToScreen(second));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> paths.frames().size() == 10);
        var vp = wall.viewportProperty().get();
        assertEquals(vp.toLatentX(first.getX()), paths.aProperty().get().code()[0], 0.02);
        assertEquals(vp.toLatentY(second.getY()), paths.bProperty().get().code()[1], 0.02);
        assertEquals(0, paths.fades().size(), "no cross-fade between coordinates");
        robot.clickOn("#pathPickClicks");
        assertEquals(PathsViewModel.Pick.NONE, paths.pickProperty().get());

        // Alt-drag draws a freehand path: K frames along it, drawn on the wall.
        robot.interact(() -> paths.stepsProperty().set(7));
        Point2D p0 = wall.localToScreen(wall.getWidth() * 0.3, wall.getHeight() * 0.3);
        robot.press(KeyCode.ALT);
        try {
            robot.drag(p0, MouseButton.PRIMARY)
                    .moveTo(wall.localToScreen(wall.getWidth() * 0.5, wall.getHeight() * 0.6))
                    .moveTo(wall.localToScreen(wall.getWidth() * 0.7, wall.getHeight() * 0.35))
                    .release(MouseButton.PRIMARY);
        } finally {
            robot.release(KeyCode.ALT);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> paths.freehandProperty().get() && paths.frames().size() == 7);
        double[][] drawn = app.explorer.wallSceneProperty().get().path();
        assertTrue(drawn.length >= 3, "the drawn path is on the wall");
        assertEquals(vp.toLatentX(wall.getWidth() * 0.3), drawn[0][0], 0.05);
        // The middle frame lies on the stroke, near its lowest point.
        assertEquals(vp.toLatentY(wall.getHeight() * 0.6), paths.frameCodes()[3][1], 0.3);
    }
}
