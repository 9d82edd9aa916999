package org.latentexplorer.ui.sliders;

import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

/** Installs latent sliders: a Sliders tab. */
public final class SlidersTool implements Tool<SlidersViewModel> {
    @Override
    public SlidersViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        SlidersViewModel vm = new SlidersViewModel(explorer);
        javafx.scene.control.Tab tab = view.addToolPanel("slidersTab", SlidersView.TEXT.text("tab"), SlidersView.TEXT.text("tab.tip"), new SlidersView(vm));
        // Decodes only while its tab is shown: a hidden panel should not compete with training for the engine.
        vm.activeProperty().bind(tab.selectedProperty());
        return vm;
    }
}
