package org.latentexplorer.ui.draw;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

/** Tool 9, draw your own: a tab beside Inspect and Train, Ctrl+Shift+D. */
public final class DrawTool implements Tool<DrawViewModel> {
    public static final KeyCodeCombination SHORTCUT = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    @Override
    public DrawViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        DrawViewModel vm = new DrawViewModel(explorer);
        view.addToolPanel("drawTab", DrawViewModel.TEXT.text("tab"), DrawViewModel.TEXT.text("tool.tip", SHORTCUT.getDisplayText()),
                new DrawView(vm), SHORTCUT);
        return vm;
    }
}
