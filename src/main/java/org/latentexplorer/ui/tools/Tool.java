package org.latentexplorer.ui.tools;

import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

/**
 * One of the explorer's tools (terrain, paths, sampling, …). Installing it adds what it shows — a tab with
 * {@code view.addToolPanel}, toolbar items, shortcuts, overlays on the wall — and returns the view model it
 * created, which tests and lessons drive. {@link Tools} lists the app's tools.
 *
 * @param <M> the tool's view model
 */
@FunctionalInterface
public interface Tool<M> {
    M install(ExplorerView view, ExplorerViewModel explorer);
}
