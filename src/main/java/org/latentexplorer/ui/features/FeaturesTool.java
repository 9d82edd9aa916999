package org.latentexplorer.ui.features;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;
import org.latentexplorer.ui.tools.ToolWindow;

/**
 * The Features tool: a "Features…" button on the toolbar (Ctrl+Shift+F) opens a window that compares the codes
 * with pixels and PCA as classifier features, and tries unsupervised pretraining, on the model on the wall.
 */
public final class FeaturesTool implements Tool<FeaturesViewModel> {
    public static final KeyCodeCombination SHORTCUT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private FeaturesViewModel vm;
    private ToolWindow<FeaturesView> window;

    @Override
    public FeaturesViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        vm = new FeaturesViewModel(explorer);
        // A closed window stops its job: nobody is watching it.
        window = new ToolWindow<>(view, "featuresButton", FeaturesViewModel.TEXT.text("button"), FeaturesViewModel.TEXT,
                "tool.tip", SHORTCUT, FeaturesViewModel.TEXT.text("window.title"), () -> new FeaturesView(vm), () -> {}, vm::cancel);
        return vm;
    }

    /** Opens (or brings to front) the Features window. */
    public void show() {
        window.show();
    }

    public FeaturesViewModel viewModel() { return vm; }
    /** The window's content, once shown (for tests and screenshots). */
    public FeaturesView content() { return window.content(); }
    public Stage stage() { return window.stage(); }
}
