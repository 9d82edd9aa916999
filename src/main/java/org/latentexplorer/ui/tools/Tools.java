package org.latentexplorer.ui.tools;

import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

/**
 * Installs the latent tools (terrain, paths, sampling, scorecard, anomalies...) into the explorer: each adds
 * its tab, toolbar control and shortcut. One line per tool, so tools stay independent of each other.
 */
public final class Tools {
    private Tools() {}

    public static void install(ExplorerView view, ExplorerViewModel explorer) {
        org.latentexplorer.ui.vae.VaeTool.install(view, explorer);
        org.latentexplorer.ui.terrain.TerrainTool.install(view, explorer);
        org.latentexplorer.ui.paths.PathsTool.install(view, explorer);
        org.latentexplorer.ui.sampling.SamplingTool.install(view, explorer);
        org.latentexplorer.ui.projection.ProjectionTool.install(view, explorer);
        org.latentexplorer.ui.scorecard.ScorecardTool.install(view, explorer);
        org.latentexplorer.ui.anomalies.AnomaliesTool.install(view, explorer);
        org.latentexplorer.ui.draw.DrawTool.install(view, explorer);
        org.latentexplorer.ui.export.ExportTool.install(view, explorer);
        org.latentexplorer.ui.wall.FullWallTool.install(view, explorer);
    }
}
