package org.latentexplorer.ui.projection;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Tsne;
import org.latentexplorer.latent.TsneProjection;
import org.latentexplorer.latent.Umap;
import org.latentexplorer.latent.UmapProjection;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.WallSpots;
import org.latentexplorer.ui.wall.GalleryWall;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An 8-D model on the wall: PCA by default, t-SNE on request, clicks decoded with a confidence. */
@ExtendWith(ApplicationExtension.class)
class ProjectionToolUiTest {
    private ToolHarness app;
    private GalleryWall wall;
    private ProjectionViewModel projection;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        projection = new ProjectionTool().install(app.view, app.explorer);
        projection.setOptions(Tsne.Options.defaults().withIterations(400));
        projection.setUmapOptions(Umap.Options.defaults().withEpochs(120));
        wall = app.view.wall();
        app.show(stage);
    }

    @AfterEach
    void closeEngine() {
        app.close();
    }

    /** An untrained 8-D VAE (random weights) encoding the bundled MNIST test images. */
    private void showEightDimensionalModel(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.explorer.wallSceneProperty().get() != null && !app.explorer.busyProperty().get());
        assertFalse(projection.availableProperty().get(), "no choice for a 2-D code");
        ModelSpec spec = ModelSpec.dense(ModelKind.VAE, 8, List.of(64), ReconstructionLoss.BCE, "mnist", 28, 28,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        ModelHandle handle = app.service.create(spec, 7).join();
        ImageDataset data = app.explorer.datasetFor("mnist").join();
        LatentCodes codes = app.service.encode(handle, data.test()).join();
        robot.interact(() -> app.explorer.show(handle, data, codes, null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wall.viewportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pcaIsExactTsneIsComputedInTheBackgroundAndClicksShowAConfidence(FxRobot robot) throws Exception {
        showEightDimensionalModel(robot);
        assertTrue(projection.availableProperty().get());
        assertTrue(app.explorer.projectionProperty().get() instanceof PcaProjection);
        Label badge = robot.lookup("#projectionBadge").queryAs(Label.class);
        assertTrue(badge.isVisible() && badge.getText().contains("PCA"), badge.getText());
        // PCA: a click maps back through the mean and the components, exactly.
        Projection pca = app.explorer.projectionProperty().get();
        float[] lifted = pca.lift(0.3, -0.2);
        assertArrayEquals(new double[] {0.3, -0.2}, pca.project(lifted), 1e-5);

        robot.clickOn("#projectionChoice");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("t-SNE")).queryLabeled());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> projection.computingProperty().get() || app.explorer.projectionProperty().get() instanceof TsneProjection);
        assertTrue(app.explorer.busyProperty().get() || app.explorer.projectionProperty().get() instanceof TsneProjection, "progress in the status bar");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.explorer.projectionProperty().get() instanceof TsneProjection);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.explorer.wallSceneProperty().get().caption().contains("t-SNE"), "labelled on the wall");
        assertTrue(badge.getText().contains("t-SNE"), badge.getText());
        TsneProjection tsne = (TsneProjection) app.explorer.projectionProperty().get();
        // The wall was fitted to the new map: the points are in view.
        var vp = wall.viewportProperty().get();
        double[] b = app.explorer.wallSceneProperty().get().robustBounds();
        assertTrue(vp.minX() <= b[0] && vp.maxX() >= b[1]);

        // A click on empty space decodes the neighbour-weighted code and says how far it can be trusted.
        Point2D spot = WallSpots.empty(wall, 0.5, 0.5);
        robot.clickOn(wall.localToScreen(spot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.explorer.decodedImageProperty().get() != null
                && projection.confidenceProperty().get() >= 0);
        double[] probe = app.explorer.wallSceneProperty().get().probe();
        TsneProjection.Lift lift = tsne.liftWithConfidence(probe[0], probe[1]);
        assertEquals(lift.confidence(), projection.confidenceProperty().get(), 1e-12);
        assertTrue(projection.clickInfoProperty().get().contains(Math.round(lift.confidence() * 100) + "%"), projection.clickInfoProperty().get());
        assertTrue(robot.lookup("#projectionClick").queryAs(Label.class).isVisible());

        // Ctrl+E goes back to PCA (and again to the t-SNE map, which is kept).
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.explorer.projectionProperty().get() instanceof PcaProjection);
        assertTrue(badge.getText().contains("PCA"));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> app.explorer.projectionProperty().get() == tsne);

        // Another model (2-D) while t-SNE is shown: its own axes, no choice, no badge, and clicks decode.
        robot.interact(() -> app.explorer.reopenCurrent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.explorer.modelProperty().get() != null
                && app.explorer.modelProperty().get().spec().latentDim() == 2 && !app.explorer.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.explorer.projectionProperty().get() instanceof org.latentexplorer.latent.AxisProjection,
                "the explorer's default, not a PCA of the old codes: " + app.explorer.projectionProperty().get());
        assertEquals(ProjectionViewModel.Kind.PCA, projection.kindProperty().get());
        assertFalse(projection.availableProperty().get());
        assertFalse(badge.getParent().isVisible());
        assertEquals(2, app.explorer.projectionProperty().get().lift(0.1, 0.2).length);
    }

    @Test
    void choosingPcaWhileTsneRunsCancelsIt(FxRobot robot) throws Exception {
        showEightDimensionalModel(robot);
        projection.setOptions(Tsne.Options.defaults().withIterations(5000));
        robot.interact(() -> projection.kindProperty().set(ProjectionViewModel.Kind.TSNE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> projection.progressProperty().get() > 0);
        robot.interact(() -> projection.kindProperty().set(ProjectionViewModel.Kind.PCA));
        assertFalse(projection.computingProperty().get());
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.explorer.projectionProperty().get() instanceof PcaProjection);
        assertFalse(app.explorer.busyProperty().get());
    }

    @Test
    void umapRunsWithTheChosenParametersClicksShowAConfidenceAndStopCancels(FxRobot robot) throws Exception {
        showEightDimensionalModel(robot);
        robot.clickOn("#projectionChoice");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("UMAP")).queryLabeled());
        assertTrue(robot.lookup("#umapNeighbours").query().getParent().isVisible(), "UMAP's parameters are shown");
        assertFalse(robot.lookup("#tsnePerplexity").query().getParent().isVisible(), "t-SNE's are not");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.explorer.projectionProperty().get() instanceof UmapProjection);
        WaitForAsyncUtils.waitForFxEvents();
        UmapProjection first = (UmapProjection) app.explorer.projectionProperty().get();
        assertEquals(15, first.neighbours());
        Label badge = robot.lookup("#projectionBadge").queryAs(Label.class);
        assertTrue(badge.getText().contains("UMAP") && badge.getText().contains("15"), badge.getText());

        // Another neighbourhood size computes another map.
        robot.interact(() -> projection.neighboursProperty().set(8));
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.explorer.projectionProperty().get() instanceof UmapProjection u && u.neighbours() == 8);
        WaitForAsyncUtils.waitForFxEvents();
        UmapProjection umap = (UmapProjection) app.explorer.projectionProperty().get();
        assertTrue(app.explorer.wallSceneProperty().get().caption().contains("UMAP"), "labelled on the wall");

        // A click decodes the neighbour-weighted code, with its confidence, as on a t-SNE map.
        Point2D spot = WallSpots.empty(wall, 0.5, 0.5);
        robot.clickOn(wall.localToScreen(spot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> projection.confidenceProperty().get() >= 0);
        double[] probe = app.explorer.wallSceneProperty().get().probe();
        assertEquals(umap.liftWithConfidence(probe[0], probe[1]).confidence(), projection.confidenceProperty().get(), 1e-12);
        WaitForAsyncUtils.waitForFxEvents();
        System.out.println("UMAP screenshot: " + ToolHarness.snapshot(robot.window(0).getScene(), "latentui-umap-wall.png"));

        // A long run stops on Stop; the wall keeps the map it had.
        projection.setUmapOptions(Umap.Options.defaults().withEpochs(100_000));
        robot.interact(() -> projection.minDistProperty().set(0.5));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> projection.progressProperty().get() > 0);
        robot.clickOn("#projectionCancel");
        assertFalse(projection.computingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(umap, app.explorer.projectionProperty().get());
        assertFalse(app.explorer.busyProperty().get());
        assertEquals(ProjectionViewModel.Kind.UMAP, projection.kindProperty().get(), "the choice says what the wall shows");
        assertEquals(0.1, projection.minDistProperty().get(), 1e-12);
    }
}
