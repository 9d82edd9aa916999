package org.latentexplorer.ui.vae;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

import static org.latentexplorer.ui.vae.VaeViewModel.TEXT;

/** Installs the VAE tab (shortcut Ctrl+Shift+V). */
public final class VaeTool {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private VaeTool() {}

    public static void install(ExplorerView view, ExplorerViewModel explorer) {
        view.addToolPanel("vaeTab", TEXT.text("tab"), TEXT.text("tabTip"), new VaeView(new VaeViewModel(explorer)), SHORTCUT);
    }
}
