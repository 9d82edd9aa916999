package org.latentexplorer.ui.sampling;

import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

/** Installs sampling: a Sample tab, and Ctrl+G, which opens it and draws a new sample. */
public final class SamplingTool {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);

    private SamplingTool() {}

    public static SamplingViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        SamplingViewModel vm = new SamplingViewModel(explorer);
        SamplingView panel = new SamplingView(vm);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("side-scroll");
        Tab tab = new Tab(SamplingView.TEXT.get("tab"), scroll);
        tab.setId("samplingTab");
        tab.setTooltip(new Tooltip(SamplingView.TEXT.get("tab.tip")));
        view.addToolTab(tab);
        ToolShortcuts.add(view, SHORTCUT, () -> {
            view.showToolTab(tab);
            vm.sample();
        });
        return vm;
    }
}
