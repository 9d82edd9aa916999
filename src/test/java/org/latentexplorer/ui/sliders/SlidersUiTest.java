package org.latentexplorer.ui.sliders;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.tools.Tools;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Sliders tab in a real window at a projector's 1280×720, with every tool and the bundled MNIST VAE. */
@ExtendWith(ApplicationExtension.class)
class SlidersUiTest {
    private ToolHarness app;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        Tools.install(app.view, app.explorer);
        app.show(stage, 1280, 720);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static int[] pixels(Image image) {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.WritablePixelFormat.getIntArgbInstance(), out, 0, w);
        return out;
    }

    @Test
    void draggingASliderChangesTheDecodedPictureAndTheTraverseShowsSixSigma(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.interact(() -> app.explorer.selectPoint(17));
        TabPane side = robot.lookup("#sidePanel").queryAs(TabPane.class);
        Tab tab = side.getTabs().stream().filter(t -> "slidersTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> app.view.showToolTab(tab));
        ImageView picture = robot.lookup("#slidersDecoded").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> picture.getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int[] before = pixels(picture.getImage());
        Slider z0 = robot.lookup("#latentSlider0").queryAs(Slider.class);
        double start = z0.getValue();

        // Drag z0's thumb well to the right with the mouse.
        Node thumb = z0.lookup(".thumb");
        robot.drag(thumb).moveBy(z0.getWidth() * 0.3, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(z0.getValue() > start + 1, "moved from " + start + " to " + z0.getValue());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Arrays.hashCode(before) != Arrays.hashCode(pixels(picture.getImage())));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(Arrays.hashCode(before), Arrays.hashCode(pixels(picture.getImage())), "the decoded picture changed");
        Label value = (Label) robot.lookup("#slidersRows .axis-value").queryAll().iterator().next();
        assertEquals(String.format(java.util.Locale.ROOT, "%+.1f\u03c3", z0.getValue()), value.getText());

        // Traverse z1: nine decodes from −3σ to +3σ, and they differ from one end to the other.
        robot.clickOn("#traverse1");
        assertEquals("slidersTab", side.getSelectionModel().getSelectedItem().getId(), "the round button is in view, not under the side buttons");
        HBox row = robot.lookup("#slidersTraverse").queryAs(HBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> row.getChildren().size() == SlidersViewModel.TRAVERSE_STEPS);
        WaitForAsyncUtils.waitForFxEvents();
        Label first = (Label) ((VBox) row.getChildren().get(0)).getChildren().get(1);
        assertEquals("-3.0\u03c3", first.getText());
        ImageView left = (ImageView) ((StackPane) ((VBox) row.getChildren().get(0)).getChildren().get(0)).getChildren().get(0);
        ImageView right = (ImageView) ((StackPane) ((VBox) row.getChildren().get(8)).getChildren().get(0)).getChildren().get(0);
        assertNotEquals(Arrays.hashCode(pixels(left.getImage())), Arrays.hashCode(pixels(right.getImage())));
        System.out.println("sliders screenshot: " + ToolHarness.snapshot(robot.window(0).getScene(), "latentui-sliders-traverse.png"));
    }
}
