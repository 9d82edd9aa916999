package org.latentexplorer.ui.attributes;

import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
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

/** The Attributes tab in a real window with every tool and the bundled MNIST VAE: "4 → 9" on a selected image. */
@ExtendWith(ApplicationExtension.class)
class AttributesUiTest {
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

    private static int pixelsHash(Image image) {
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] out = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.WritablePixelFormat.getIntArgbInstance(), out, 0, w);
        return Arrays.hashCode(out);
    }

    @Test
    void draggingTheStrengthChangesTheDecodeAndThePathIsShown(FxRobot robot) throws Exception {
        app.awaitWall();
        int four = -1;
        int[] labels = app.explorer.codesProperty().get().labels();
        for (int i = 0; i < labels.length && four < 0; i++) if (labels[i] == 4) four = i;
        int selected = four;
        robot.interact(() -> app.explorer.selectPoint(selected));
        TabPane side = robot.lookup("#sidePanel").queryAs(TabPane.class);
        Tab tab = side.getTabs().stream().filter(t -> "attributesTab".equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> app.view.showToolTab(tab));
        ImageView picture = robot.lookup("#attributeDecoded").queryAs(ImageView.class);
        HBox path = robot.lookup("#attributePath").queryAs(HBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> picture.getImage() != null && path.getChildren().size() == AttributesViewModel.STEPS);
        WaitForAsyncUtils.waitForFxEvents();
        String info = robot.lookup("#attributeDecodedCaption").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(info.startsWith("4 \u2192 9") && info.contains("#" + selected), info);
        int before = pixelsHash(picture.getImage());
        Slider strength = robot.lookup("#attributeStrength").queryAs(Slider.class);
        robot.drag(strength.lookup(".thumb")).moveBy(-strength.getWidth() * 0.3, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(strength.getValue() < 0.5, "strength " + strength.getValue());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> pixelsHash(picture.getImage()) != before);
        assertNotEquals(before, pixelsHash(picture.getImage()));
        assertEquals("attributesTab", side.getSelectionModel().getSelectedItem().getId());
        System.out.println("attributes screenshot: " + ToolHarness.snapshot(robot.window(0).getScene(), "latentui-attributes.png"));
    }
}
