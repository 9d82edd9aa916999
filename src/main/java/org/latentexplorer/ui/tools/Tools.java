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
    }
}
