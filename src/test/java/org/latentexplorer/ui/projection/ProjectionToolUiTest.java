package org.latentexplorer.ui.projection;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Tsne;
import org.latentexplorer.latent.TsneProjection;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.ui.LatentExplorerApp;
import org.latentexplorer.ui.WallSpots;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.training.TrainingViewModel;
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
    private ModelService service;
    private ExplorerViewModel explorer;
    private GalleryWall wall;
    private ProjectionViewModel projection;

    @Start
    void start(Stage stage) {
        service = new ModelService();
        explorer = new ExplorerViewModel(service);
        ExplorerView view = new ExplorerView(explorer, new TrainingViewModel(explorer));
        projection = ProjectionTool.install(view, explorer);
        projection.setOptions(Tsne.Options.defaults().withIterations(400));
        wall = view.wall();
        stage.setScene(LatentExplorerApp.createScene(view));
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        stage.show();
        explorer.start();
    }

    @AfterEach
    void closeEngine() {
        service.close();
    }

    /** An untrained 8-D VAE (random weights) encoding the bundled MNIST test images. */
    private void showEightDimensionalModel(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> explorer.wallSceneProperty().get() != null && !explorer.busyProperty().get());
        assertFalse(projection.availableProperty().get(), "no choice for a 2-D code");
        ModelSpec spec = ModelSpec.dense(ModelKind.VAE, 8, List.of(64), ReconstructionLoss.BCE, "mnist", 28, 28,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
        ModelHandle handle = service.create(spec, 7).join();
        ImageDataset data = explorer.datasetFor("mnist").join();
        LatentCodes codes = service.encode(handle, data.test()).join();
        robot.interact(() -> explorer.show(handle, data, codes, null));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wall.viewportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pcaIsExactTsneIsComputedInTheBackgroundAndClicksShowAConfidence(FxRobot robot) throws Exception {
        showEightDimensionalModel(robot);
        assertTrue(projection.availableProperty().get());
        assertTrue(explorer.projectionProperty().get() instanceof PcaProjection);
        Label badge = robot.lookup("#projectionBadge").queryAs(Label.class);
        assertTrue(badge.isVisible() && badge.getText().contains("PCA"), badge.getText());
        // PCA: a click maps back through the mean and the components, exactly.
        Projection pca = explorer.projectionProperty().get();
        float[] lifted = pca.lift(0.3, -0.2);
        assertArrayEquals(new double[] {0.3, -0.2}, pca.project(lifted), 1e-5);

        robot.clickOn("#projectionChoice");
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("t-SNE")).queryLabeled());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> projection.computingProperty().get() || explorer.projectionProperty().get() instanceof TsneProjection);
        assertTrue(explorer.busyProperty().get() || explorer.projectionProperty().get() instanceof TsneProjection, "progress in the status bar");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> explorer.projectionProperty().get() instanceof TsneProjection);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(explorer.wallSceneProperty().get().caption().contains("t-SNE"), "labelled on the wall");
        assertTrue(badge.getText().contains("t-SNE"), badge.getText());
        TsneProjection tsne = (TsneProjection) explorer.projectionProperty().get();
        // The wall was fitted to the new map: the points are in view.
        var vp = wall.viewportProperty().get();
        double[] b = explorer.wallSceneProperty().get().robustBounds();
        assertTrue(vp.minX() <= b[0] && vp.maxX() >= b[1]);

        // A click on empty space decodes the neighbour-weighted code and says how far it can be trusted.
        Point2D spot = WallSpots.empty(wall, 0.5, 0.5);
        robot.clickOn(wall.localToScreen(spot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> explorer.decodedImageProperty().get() != null
                && projection.confidenceProperty().get() >= 0);
        double[] probe = explorer.wallSceneProperty().get().probe();
        TsneProjection.Lift lift = tsne.liftWithConfidence(probe[0], probe[1]);
        assertEquals(lift.confidence(), projection.confidenceProperty().get(), 1e-12);
        assertTrue(projection.clickInfoProperty().get().contains(Math.round(lift.confidence() * 100) + "%"), projection.clickInfoProperty().get());
        assertTrue(robot.lookup("#projectionClick").queryAs(Label.class).isVisible());

        // Ctrl+E goes back to PCA (and again to the t-SNE map, which is kept).
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> explorer.projectionProperty().get() instanceof PcaProjection);
        assertTrue(badge.getText().contains("PCA"));
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> explorer.projectionProperty().get() == tsne);

        // Another model (2-D) while t-SNE is shown: its own axes, no choice, no badge, and clicks decode.
        robot.interact(() -> explorer.reopenCurrent());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> explorer.modelProperty().get() != null
                && explorer.modelProperty().get().spec().latentDim() == 2 && !explorer.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(explorer.projectionProperty().get() instanceof org.latentexplorer.latent.AxisProjection,
                "the explorer's default, not a PCA of the old codes: " + explorer.projectionProperty().get());
        assertEquals(ProjectionViewModel.Kind.PCA, projection.kindProperty().get());
        assertFalse(projection.availableProperty().get());
        assertFalse(badge.getParent().isVisible());
        assertEquals(2, explorer.projectionProperty().get().lift(0.1, 0.2).length);
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
        assertTrue(explorer.projectionProperty().get() instanceof PcaProjection);
        assertFalse(explorer.busyProperty().get());
    }
}
