package org.latentexplorer.ui.vae;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

import static org.latentexplorer.ui.vae.VaeViewModel.TEXT;

/** Installs the VAE tab (shortcut Ctrl+Shift+V). */
public final class VaeTool {
    private VaeTool() {}

    public static void install(ExplorerView view, ExplorerViewModel explorer) {
        ScrollPane content = new ScrollPane(new VaeView(new VaeViewModel(explorer)));
        content.setFitToWidth(true);
        Tab tab = new Tab(TEXT.get("tab"), content);
        tab.setId("vaeTab");
        tab.setTooltip(new Tooltip(TEXT.get("tabTip")));
        view.addToolTab(tab);
        KeyCombination shortcut = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
        view.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) scene.getAccelerators().put(shortcut, () -> view.showToolTab(tab));
        });
    }
}
