package org.latentexplorer.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.explorer.MainMenu;
import org.latentexplorer.ui.training.TrainingViewModel;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The explorer window for a UI test: the tools it installs on {@link #view} (one alone, or all with
 * {@code Tools.install}), the bundled VAE opened. Create it in the test's {@code @Start} (the FX thread).
 */
public final class ToolHarness {
    public final ModelService service = new ModelService();
    public final ExplorerViewModel explorer = new ExplorerViewModel(service);
    public final TrainingViewModel training = new TrainingViewModel(explorer);
    public final ExplorerView view = new ExplorerView(explorer, training);
    /** The window's menu bar, as the app has it (remembering nothing: no preferences). */
    public final MainMenu menu = new MainMenu(view, explorer, null);

    public ToolHarness() {
        view.setMenuBar(menu);
    }

    /** Call from the test's {@code @Start} after installing the tool on {@link #view}. */
    public void show(Stage stage) {
        show(stage, LatentExplorerApp.createScene(view));
    }

    /** {@link #show(Stage)} in a window of {@code width}×{@code height} (a projector's 1280×720, say). */
    public void show(Stage stage, double width, double height) {
        show(stage, LatentExplorerApp.createScene(view, width, height));
    }

    private void show(Stage stage, Scene scene) {
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setX(0);
        stage.setY(0);
        LatentExplorerApp.closeThroughLifecycle(stage, explorer, () -> {});
        stage.show();
        explorer.start();
    }

    public void awaitWall() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> explorer.wallSceneProperty().get() != null
                && view.wall().viewportProperty().get() != null && explorer.codesProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void close() {
        service.close();
    }

    /**
     * A picture of a window's content as the user sees it, written to {@code latent-explorer-screenshots/NAME}
     * under the temp folder (and returned), for looking at the UI and for the docs.
     */
    public static Path snapshot(Scene scene, String name) throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "latent-explorer-screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image = new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> image.set(scene.snapshot(null))).get(20, TimeUnit.SECONDS);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image.get(), null), "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("could not write " + file, e);
        }
        return file;
    }

    /** A pixel of the wall with no point within a generous radius, near the middle of the codes. */
    public static javafx.geometry.Point2D emptySpot(org.latentexplorer.ui.wall.GalleryWall wall) {
        double w = wall.getWidth(), h = wall.getHeight();
        for (double r = 0; r < Math.min(w, h) / 2; r += 7) {
            for (double a = 0; a < 2 * Math.PI; a += 0.3) {
                double x = w / 2 + r * Math.cos(a), y = h / 2 + r * Math.sin(a);
                if (x < 40 || y < 60 || x > w - 160 || y > h - 30) continue;
                boolean clear = true;
                for (int dx = -12; dx <= 12 && clear; dx += 4) {
                    for (int dy = -12; dy <= 12 && clear; dy += 4) clear = wall.pointAt(x + dx, y + dy) < 0;
                }
                if (clear) return new javafx.geometry.Point2D(x, y);
            }
        }
        throw new AssertionError("no empty spot on the wall");
    }
}
