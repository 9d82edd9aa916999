package org.latentexplorer.ui.terrain;

import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.wall.GalleryWall;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.Viewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decoder terrain in the real window: toggled from the toolbar, redrawn on zoom, other modes. */
@ExtendWith(ApplicationExtension.class)
class TerrainToolUiTest {
    private ToolHarness app;
    private GalleryWall wall;
    private TerrainViewModel terrain;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        terrain = new TerrainTool().install(app.view, app.explorer);
        wall = app.view.wall();
        app.show(stage);
    }

    @AfterEach
    void closeEngine() {
        app.close();
    }

    private void awaitWall() throws Exception {
        app.awaitWall();
        // The terrain covers the visible region, so it must be known first.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.explorer.visibleRegionProperty().get() != null);
    }

    private TerrainViewModel.Shown awaitShown(TerrainViewModel.Mode mode, int n) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            TerrainViewModel.Shown s = terrain.shown();
            return s != null && s.mode() == mode && s.n() == n && !terrain.busyProperty().get()
                    && app.explorer.terrainProperty().get() == s.terrain();
        });
        return terrain.shown();
    }

    @Test
    void toggleLaysDecodedTilesOverTheVisibleRegion(FxRobot robot) throws Exception {
        awaitWall();
        assertNull(app.explorer.terrainProperty().get());
        robot.clickOn("#terrainToggle");
        TerrainViewModel.Shown shown = awaitShown(TerrainViewModel.Mode.DECODED, 16);
        Terrain t = shown.terrain();
        assertSame(t, wall.terrainProperty().get(), "the wall draws it");
        assertEquals(16 * 28, t.width());
        assertEquals(16 * 28, t.height());
        // It covers what the wall shows, with square tiles.
        double[] region = app.explorer.visibleRegionProperty().get();
        assertTrue(t.x0() <= region[0] + 1e-9 && t.x1() >= region[1] - 1e-9 && t.y0() <= region[2] + 1e-9 && t.y1() >= region[3] - 1e-9);
        assertEquals(t.x1() - t.x0(), t.y1() - t.y0(), 1e-9);

        // Tile (r, c) is the decode of the code at its centre: row 0 at the top.
        int n = 16;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                float[] code = shown.codes()[r * n + c];
                assertEquals(t.x0() + (c + 0.5) * (t.x1() - t.x0()) / n, code[0], 1e-5);
                assertEquals(t.y1() - (r + 0.5) * (t.y1() - t.y0()) / n, code[1], 1e-5);
            }
        }
        float[][] decoded = app.service.decodeMany(app.explorer.modelProperty().get(), shown.codes()).join();
        for (int tile : new int[] {0, 17, 100, 255}) {
            int r = tile / n, c = tile % n;
            for (int y = 0; y < 28; y += 3) {
                for (int x = 0; x < 28; x += 3) {
                    int argb = t.argb()[(r * 28 + y) * t.width() + c * 28 + x];
                    assertEquals(Images.grey(decoded[tile][y * 28 + x]), argb & 0xFF, 1, "tile " + tile + " pixel " + x + "," + y);
                    assertEquals(Math.round(255 * 0.8), argb >>> 24, "opacity in alpha");
                }
            }
        }

        // Zooming in redraws it for the new, smaller region.
        robot.moveTo(wall).scroll(5, VerticalDirection.UP);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> terrain.shown() != shown && terrain.shown() != null
                && !terrain.busyProperty().get() && covers(terrain.shown().terrain(), app.explorer.visibleRegionProperty().get()));
        assertTrue(terrain.shown().terrain().x1() - terrain.shown().terrain().x0() < t.x1() - t.x0());

        // Ctrl+T turns it off.
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(app.explorer.terrainProperty().get());
        assertTrue(!terrain.enabledProperty().get());
    }

    private static boolean covers(Terrain t, double[] region) {
        return t.x0() <= region[0] + 1e-9 && t.x1() >= region[1] - 1e-9 && t.y0() <= region[2] + 1e-9 && t.y1() >= region[3] - 1e-9;
    }

    @Test
    void aBurstOfPansIsDecodedOnceAndOnlyTheLatestRequestIsShown(FxRobot robot) throws Exception {
        awaitWall();
        robot.interact(() -> terrain.enabledProperty().set(true));
        awaitShown(TerrainViewModel.Mode.DECODED, 16);
        Viewport start = wall.viewportProperty().get();
        java.util.List<Terrain> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> app.explorer.terrainProperty().addListener((o, a, b) -> shown.add(b)));
        // Twenty pans within one pause, as a quick drag makes them: one decode, for the last.
        robot.interact(() -> {
            for (int i = 1; i <= 20; i++) wall.viewportProperty().set(start.panByPixels(-15 * i, 6 * i));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown.size() == 1 && !terrain.busyProperty().get());
        assertTrue(covers(shown.get(0), app.explorer.visibleRegionProperty().get()));

        // A request in flight when a newer one is made: its result is dropped, the newer one's is shown.
        shown.clear();
        double[][] regions = new double[2][];
        robot.interact(() -> {
            terrain.refresh();
            regions[0] = app.explorer.visibleRegionProperty().get();
            wall.viewportProperty().set(start.panByPixels(200, -120));
            regions[1] = app.explorer.visibleRegionProperty().get();
            terrain.refresh();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !terrain.busyProperty().get() && !shown.isEmpty());
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, shown.size(), "the first request's terrain is never shown");
        Terrain t = shown.get(0);
        assertEquals(0.5 * (regions[1][0] + regions[1][1]), 0.5 * (t.x0() + t.x1()), 1e-9, "centred on the latest region");
        assertTrue(Math.abs(0.5 * (regions[0][0] + regions[0][1]) - 0.5 * (t.x0() + t.x1())) > 1e-3);
    }

    @Test
    void tilesPerSideDensityPriorAndQuantileModes(FxRobot robot) throws Exception {
        awaitWall();
        robot.interact(() -> {
            terrain.enabledProperty().set(true);
            terrain.tilesProperty().set(30);
        });
        assertEquals(30 * 28, awaitShown(TerrainViewModel.Mode.DECODED, 30).terrain().width());

        robot.clickOn(robot.lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("Terrain")).queryLabeled());
        robot.clickOn("#terrainMode-density");
        Terrain density = awaitShown(TerrainViewModel.Mode.DENSITY, TerrainViewModel.DENSITY_CELLS).terrain();
        assertNull(terrain.shown().codes());
        // Darkest (most opaque) where the codes are densest: near the middle of the points, not in a corner.
        assertTrue((density.argb()[0] >>> 24) < 40, "a corner is nearly clear");
        assertTrue(terrain.infoProperty().get().contains("2,000") || terrain.infoProperty().get().contains("2000"), terrain.infoProperty().get());

        robot.clickOn("#terrainMode-prior");
        Terrain prior = awaitShown(TerrainViewModel.Mode.PRIOR, TerrainViewModel.DENSITY_CELLS).terrain();
        // The prior's peak is at the origin, which is on the wall.
        int col = (int) ((0 - prior.x0()) / (prior.x1() - prior.x0()) * prior.width());
        int row = (int) ((prior.y1() - 0) / (prior.y1() - prior.y0()) * prior.height());
        int centre = prior.argb()[row * prior.width() + col] >>> 24;
        assertTrue(centre > 150, "opaque at the origin: " + centre);

        robot.interact(() -> terrain.tilesProperty().set(12));
        robot.clickOn("#terrainMode-quantiles");
        TerrainViewModel.Shown q = awaitShown(TerrainViewModel.Mode.QUANTILES, 12);
        // Tiles at Φ⁻¹((i + ½)/12) around the origin: the outermost at ±1.73, so the box reaches beyond ±2.
        float[] corner = q.codes()[12 * 12 - 1];
        assertEquals(org.latentexplorer.latent.NormalDistribution.inverseCdf(11.5 / 12), corner[0], 1e-4);
        assertEquals(org.latentexplorer.latent.NormalDistribution.inverseCdf(0.5 / 12), corner[1], 1e-4);
        assertTrue(q.terrain().x0() < -2 && q.terrain().x1() > 2);
        assertNotNull(app.explorer.terrainProperty().get());
    }
}
