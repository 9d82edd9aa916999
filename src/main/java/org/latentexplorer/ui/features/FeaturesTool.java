package org.latentexplorer.ui.features;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

/**
 * The Features tool: a "Features…" button on the toolbar (Ctrl+Shift+F) opens a window that compares the codes
 * with pixels and PCA as classifier features, and tries unsupervised pretraining, on the model on the wall.
 */
public final class FeaturesTool {
    public static final KeyCodeCombination SHORTCUT = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ExplorerView view;
    private final FeaturesViewModel vm;
    private Stage stage;
    private FeaturesView content;

    private FeaturesTool(ExplorerView view, ExplorerViewModel explorer) {
        this.view = view;
        this.vm = new FeaturesViewModel(explorer);
    }

    public static FeaturesTool install(ExplorerView view, ExplorerViewModel explorer) {
        FeaturesTool tool = new FeaturesTool(view, explorer);
        Button button = Messages.bind(new Button(), FeaturesViewModel.TEXT.text("button"));
        button.setId("featuresButton");
        button.setTooltip(Messages.bind(new Tooltip(), FeaturesViewModel.TEXT.text("tool.tip", SHORTCUT.getDisplayText())));
        button.setOnAction(e -> tool.show());
        view.addToolbarItem(button);
        ToolShortcuts.add(view, SHORTCUT, tool::show);
        return tool;
    }

    /** Opens (or brings to front) the Features window. */
    public void show() {
        if (stage == null) {
            content = new FeaturesView(vm);
            stage = new Stage();
            javafx.stage.Window owner = view.getScene() == null ? null : view.getScene().getWindow();
            if (owner != null) stage.initOwner(owner);
            stage.titleProperty().bind(FeaturesViewModel.TEXT.text("window.title"));
            stage.setScene(new Scene(content, 1000, 680));
            ToolShortcuts.add(content, SHORTCUT, () -> stage.toFront());
            // A closed window stops its job: nobody is watching it.
            stage.setOnHidden(e -> vm.cancel());
        }
        stage.show();
        stage.toFront();
    }

    public FeaturesViewModel viewModel() { return vm; }
    /** The window's content, once shown (for tests and screenshots). */
    public FeaturesView content() { return content; }
    public Stage stage() { return stage; }
}
