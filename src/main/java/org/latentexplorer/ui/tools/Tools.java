package org.latentexplorer.ui.tools;

import org.latentexplorer.ui.anomalies.AnomaliesTool;
import org.latentexplorer.ui.attributes.AttributesTool;
import org.latentexplorer.ui.draw.DrawTool;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.export.ExportTool;
import org.latentexplorer.ui.features.FeaturesTool;
import org.latentexplorer.ui.paths.PathsTool;
import org.latentexplorer.ui.projection.ProjectionTool;
import org.latentexplorer.ui.sampling.SamplingTool;
import org.latentexplorer.ui.scorecard.ScorecardTool;
import org.latentexplorer.ui.sliders.SlidersTool;
import org.latentexplorer.ui.terrain.TerrainTool;
import org.latentexplorer.ui.vae.VaeTool;
import org.latentexplorer.ui.wall.FullWallTool;

import java.util.List;

/**
 * The latent tools (terrain, paths, sampling, scorecard, anomalies...) in the order their tabs and toolbar items
 * appear. One entry per tool, so tools stay independent of each other.
 */
public final class Tools {
    private Tools() {}

    /** A fresh instance of every tool: a tool may keep state of its own (the scorecard its window). */
    public static List<Tool<?>> all() {
        return List.of(new VaeTool(), new TerrainTool(), new PathsTool(), new SamplingTool(), new ProjectionTool(), new SlidersTool(), new AttributesTool(),
                new ScorecardTool(), new FeaturesTool(), new AnomaliesTool(), new DrawTool(), new ExportTool(), new FullWallTool());
    }

    public static void install(ExplorerView view, ExplorerViewModel explorer) {
        for (Tool<?> tool : all()) tool.install(view, explorer);
    }
}
