package org.latentexplorer.ui.anomalies;

import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

/** Tool 8, anomalies: a tab beside Inspect and Train, Ctrl+Shift+A. Flags go on the wall once it is opened. */
public final class AnomaliesTool implements Tool<AnomaliesViewModel> {
    public static final KeyCodeCombination SHORTCUT = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    @Override
    public AnomaliesViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        AnomaliesViewModel vm = new AnomaliesViewModel(explorer);
        Tab tab = view.addToolPanel("anomaliesTab", AnomaliesViewModel.TEXT.text("tab"), AnomaliesViewModel.TEXT.text("tool.tip", SHORTCUT.getDisplayText()), new AnomaliesView(vm), SHORTCUT);
        tab.selectedProperty().addListener((o, was, selected) -> { if (selected) vm.activeProperty().set(true); });
        return vm;
    }
}
