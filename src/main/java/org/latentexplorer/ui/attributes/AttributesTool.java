package org.latentexplorer.ui.attributes;

import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

/** Installs attribute vectors: an Attributes tab. */
public final class AttributesTool {
    private AttributesTool() {}

    public static AttributesViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        AttributesViewModel vm = new AttributesViewModel(explorer);
        view.addToolPanel("attributesTab", AttributesView.TEXT.text("tab"), AttributesView.TEXT.text("tab.tip"), new AttributesView(vm));
        return vm;
    }
}
