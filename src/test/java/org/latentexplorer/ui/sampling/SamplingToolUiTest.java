package org.latentexplorer.ui.sampling;

import javafx.scene.input.KeyCode;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.latent.LatentRegion;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.WallMarker;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sampling in the real window: K red markers on the wall and K decodes in the gallery. */
@ExtendWith(ApplicationExtension.class)
class SamplingToolUiTest {
    private ToolHarness app;
    private SamplingViewModel sampling;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        sampling = new SamplingTool().install(app.view, app.explorer);
        app.show(stage);
    }

    @AfterEach
    void closeEngine() {
        app.close();
    }

    private List<WallMarker> redMarkers() {
        return app.explorer.wallSceneProperty().get().markers().stream()
                .filter(m -> m.argb() == SamplingViewModel.MARKER_COLOUR).toList();
    }

    @Test
    void sampleKAddsKRedMarkersAndKDecodedImages(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.explorer.wallSceneProperty().get() != null);
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Sample")).queryLabeled());
        robot.interact(() -> sampling.countProperty().set(12));
        robot.clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sampling.samples().size() == 12);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, robot.lookup("#sampleGallery").queryAs(TilePane.class).getChildren().size());
        List<WallMarker> marks = redMarkers();
        assertEquals(12, marks.size());
        for (int k = 0; k < 12; k++) {
            SamplingViewModel.Sample s = sampling.samples().get(k);
            // The marker sits at the code (a 2-D model: the code is the wall position) and is numbered.
            assertEquals(s.code()[0], marks.get(k).x(), 1e-6);
            assertEquals(s.code()[1], marks.get(k).y(), 1e-6);
            assertEquals(Integer.toString(k + 1), marks.get(k).label());
        }
        // Each gallery image is the decode of its code.
        float[][] codes = sampling.samples().stream().map(SamplingViewModel.Sample::code).toArray(float[][]::new);
        float[][] decoded = app.service.decodeMany(app.explorer.modelProperty().get(), codes).join();
        for (int k = 0; k < 12; k += 5) {
            int argb = sampling.samples().get(k).image().getPixelReader().getArgb(10, 12);
            assertEquals(Images.grey(decoded[k][12 * 28 + 10]), argb & 0xFF, 1);
        }
        assertTrue(sampling.infoProperty().get().contains("12"), sampling.infoProperty().get());

        // Uniform over the bounding box: every code inside it.
        robot.clickOn("#sampleBox");
        robot.clickOn("#sampleButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sampling.samples().size() == 12
                && sampling.samples().get(0).code() != codes[0] && !sampling.busyProperty().get());
        LatentRegion box = LatentRegion.boundingBox(app.explorer.codesProperty().get().codes());
        for (SamplingViewModel.Sample s : sampling.samples()) {
            assertTrue(box.contains(new double[] {s.code()[0], s.code()[1]}), "inside the codes' box");
        }

        // Ctrl+G samples again; Clear takes everything off.
        float[] before = sampling.samples().get(0).code();
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sampling.samples().get(0).code() != before);
        assertNotEquals(before[0], sampling.samples().get(0).code()[0]);
        robot.clickOn("#sampleClear");
        assertEquals(0, sampling.samples().size());
        assertEquals(0, redMarkers().size());
    }

    @Test
    void drawnCodesFollowTheirDistribution() {
        float[][] codes = {{-1, 2, 0}, {3, 5, 1}};
        float[][] box = SamplingViewModel.draw(SamplingViewModel.Source.BOX, 2000, 3, codes, 1);
        float[][] prior = SamplingViewModel.draw(SamplingViewModel.Source.PRIOR, 20000, 3, codes, 2);
        double mean = 0, var = 0;
        for (float[] c : box) {
            assertTrue(c[0] >= -1 && c[0] <= 3 && c[1] >= 2 && c[1] <= 5 && c[2] >= 0 && c[2] <= 1);
        }
        for (float[] c : prior) mean += c[1];
        mean /= prior.length;
        for (float[] c : prior) var += (c[1] - mean) * (c[1] - mean);
        var /= prior.length;
        assertEquals(0, mean, 0.03);
        assertEquals(1, var, 0.05);
    }
}
