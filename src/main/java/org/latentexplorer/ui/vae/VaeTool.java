package org.latentexplorer.ui.vae;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

import static org.latentexplorer.ui.vae.VaeViewModel.TEXT;

/** Installs the VAE tab (shortcut Ctrl+Shift+V). */
public final class VaeTool implements Tool<VaeViewModel> {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    @Override
    public VaeViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        VaeViewModel vm = new VaeViewModel(explorer);
        view.addToolPanel("vaeTab", TEXT.text("tab"), TEXT.text("tabTip"), new VaeView(vm), SHORTCUT);
        return vm;
    }
}
