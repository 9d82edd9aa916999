package org.latentexplorer.ui.scorecard;

import org.latentexplorer.ui.common.Messages;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

/**
 * Tool 4, the three-defects scorecard: a "Compare…" button on the toolbar (Ctrl+Shift+C) opens a window with
 * two models on linked walls and their numbers. Closing the window releases the two models. The tool keeps
 * its window, so each explorer installs its own instance.
 */
public final class ScorecardTool implements Tool<ScorecardViewModel> {
    public static final KeyCodeCombination SHORTCUT = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private ExplorerView view;
    private ScorecardViewModel vm;
    private Stage stage;
    private ScorecardView content;

    @Override
    public ScorecardViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        this.view = view;
        this.vm = new ScorecardViewModel(explorer);
        Button button = Messages.bind(new Button(), ScorecardViewModel.TEXT.text("button"));
        button.setId("compareButton");
        button.setTooltip(Messages.bind(new Tooltip(), ScorecardViewModel.TEXT.text("tool.tip", SHORTCUT.getDisplayText())));
        button.setOnAction(e -> show());
        view.addToolbarItem(button);
        ToolShortcuts.add(view, SHORTCUT, this::show);
        return vm;
    }

    /** Opens (or brings to front) the Compare window and starts measuring. */
    public void show() {
        if (stage == null) {
            content = new ScorecardView(vm);
            stage = new Stage();
            if (view.getScene() != null) stage.initOwner(view.getScene().getWindow());
            stage.titleProperty().bind(ScorecardViewModel.TEXT.text("window.title"));
            // Sized and placed like the main window: never larger than its screen (a 1280×720 projector).
            javafx.stage.Window owner = view.getScene() == null ? null : view.getScene().getWindow();
            javafx.geometry.Rectangle2D v = (owner == null ? javafx.stage.Screen.getPrimary()
                    : javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                    .stream().findFirst().orElse(javafx.stage.Screen.getPrimary())).getVisualBounds();
            double[] b = org.latentexplorer.ui.common.WindowPlacement.place(
                    new double[] {v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight()}, null);
            stage.setScene(new Scene(content, b[2], b[3]));
            stage.setX(b[0]);
            stage.setY(b[1]);
            ToolShortcuts.add(content, SHORTCUT, () -> stage.toFront());
            stage.setOnHidden(e -> vm.close());
        }
        vm.open();
        stage.show();
        stage.toFront();
    }

    public ScorecardViewModel viewModel() { return vm; }
    /** The window's content, once shown (for tests and screenshots). */
    public ScorecardView content() { return content; }
    public Stage stage() { return stage; }
}
