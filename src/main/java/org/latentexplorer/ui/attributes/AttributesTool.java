package org.latentexplorer.ui.attributes;

import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

/** Installs attribute vectors: an Attributes tab. */
public final class AttributesTool implements Tool<AttributesViewModel> {
    @Override
    public AttributesViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        AttributesViewModel vm = new AttributesViewModel(explorer);
        javafx.scene.control.Tab tab = view.addToolPanel("attributesTab", AttributesView.TEXT.text("tab"), AttributesView.TEXT.text("tab.tip"), new AttributesView(vm));
        // Decodes only while its tab is shown: a hidden panel should not compete with training for the engine.
        vm.activeProperty().bind(tab.selectedProperty());
        return vm;
    }
}
