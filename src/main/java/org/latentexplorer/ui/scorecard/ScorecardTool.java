package org.latentexplorer.ui.scorecard;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;
import org.latentexplorer.ui.tools.ToolWindow;

/**
 * Tool 4, the three-defects scorecard: a "Compare…" button on the toolbar (Ctrl+Shift+C) opens a window with
 * two models on linked walls and their numbers. Closing the window releases the two models. The tool keeps
 * its window, so each explorer installs its own instance.
 */
public final class ScorecardTool implements Tool<ScorecardViewModel> {
    public static final KeyCodeCombination SHORTCUT = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private ScorecardViewModel vm;
    private ToolWindow<ScorecardView> window;

    @Override
    public ScorecardViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        vm = new ScorecardViewModel(explorer);
        window = new ToolWindow<>(view, "compareButton", ScorecardViewModel.TEXT.text("button"), ScorecardViewModel.TEXT,
                "tool.tip", SHORTCUT, ScorecardViewModel.TEXT.text("window.title"), () -> new ScorecardView(vm), vm::open, vm::close);
        return vm;
    }

    /** Opens (or brings to front) the Compare window and starts measuring (the view listens first). */
    public void show() {
        window.show();
    }

    public ScorecardViewModel viewModel() { return vm; }
    /** The window's content, once shown (for tests and screenshots). */
    public ScorecardView content() { return window.content(); }
    public Stage stage() { return window.stage(); }
}
