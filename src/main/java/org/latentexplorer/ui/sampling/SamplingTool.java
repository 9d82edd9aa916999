package org.latentexplorer.ui.sampling;

import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

/** Installs sampling: a Sample tab, and Ctrl+G, which opens it and draws a new sample. */
public final class SamplingTool implements Tool<SamplingViewModel> {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);

    @Override
    public SamplingViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        SamplingViewModel vm = new SamplingViewModel(explorer);
        Tab tab = view.addToolPanel("samplingTab", SamplingView.TEXT.text("tab"), SamplingView.TEXT.text("tab.tip"), new SamplingView(vm));
        ToolShortcuts.add(view, SHORTCUT, () -> {
            view.showToolTab(tab);
            vm.sample();
        });
        return vm;
    }
}
