package org.latentexplorer.ui.draw;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

/** Tool 9, draw your own: a tab beside Inspect and Train, Ctrl+Shift+D. */
public final class DrawTool {
    public static final KeyCodeCombination SHORTCUT = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private DrawTool() {}

    public static DrawViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        DrawViewModel vm = new DrawViewModel(explorer);
        ScrollPane scroll = new ScrollPane(new DrawView(vm));
        scroll.setFitToWidth(true);
        Tab tab = new Tab(DrawViewModel.TEXT.get("tab"), scroll);
        tab.setId("drawTab");
        tab.setTooltip(new Tooltip(DrawViewModel.TEXT.get("tool.tip", SHORTCUT.getDisplayText())));
        view.addToolTab(tab);
        ToolShortcuts.add(view, SHORTCUT, () -> view.showToolTab(tab));
        return vm;
    }
}
