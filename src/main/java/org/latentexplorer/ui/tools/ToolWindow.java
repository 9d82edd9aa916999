package org.latentexplorer.ui.tools;

import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.common.WindowPlacement;
import org.latentexplorer.ui.explorer.ExplorerView;

/**
 * A tool that lives in a window of its own (Compare, Features): its toolbar button and shortcut, and the window,
 * made on first use, owned by the explorer's and never larger than the explorer's screen (a 1280×720 projector).
 */
public final class ToolWindow<C extends Parent> {
    private final ExplorerView view;
    private final ObservableValue<String> title;
    private final KeyCodeCombination shortcut;
    private final Supplier<C> content;
    private final Runnable onHidden;
    private final Runnable beforeShow;
    private Stage stage;
    private C shown;

    /**
     * Adds the button (with {@code buttonId}, text and a tooltip naming the shortcut) and the shortcut; both open the
     * window, whose content {@code content} makes once. {@code beforeShow} runs each time it is about to show
     * (after the content exists, so the view sees what it starts), {@code onHidden} when the user closes it.
     */
    public ToolWindow(ExplorerView view, String buttonId, ObservableValue<String> buttonText, Messages.Bundle texts,
                      String tipKey, KeyCodeCombination shortcut, ObservableValue<String> title, Supplier<C> content,
                      Runnable beforeShow, Runnable onHidden) {
        this.view = view;
        this.title = title;
        this.shortcut = shortcut;
        this.content = content;
        this.onHidden = onHidden;
        this.beforeShow = beforeShow;
        Button button = Messages.bind(new Button(), buttonText);
        button.setId(buttonId);
        button.setTooltip(Messages.bind(new Tooltip(), texts.text(tipKey, shortcut.getDisplayText())));
        button.setOnAction(e -> show());
        view.addToolbarItem(button);
        ToolShortcuts.add(view, shortcut, this::show);
    }

    /** Opens the window, or brings it to the front; {@code beforeShow} runs first, once the content exists. */
    public void show() {
        if (stage == null) {
            shown = content.get();
            stage = new Stage();
            Window owner = view.getScene() == null ? null : view.getScene().getWindow();
            if (owner != null) stage.initOwner(owner);
            stage.titleProperty().bind(title);
            Rectangle2D v = (owner == null ? Screen.getPrimary()
                    : Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight())
                    .stream().findFirst().orElse(Screen.getPrimary())).getVisualBounds();
            double[] b = WindowPlacement.place(new double[] {v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight()}, null);
            stage.setScene(new Scene(shown, b[2], b[3]));
            stage.setX(b[0]);
            stage.setY(b[1]);
            ToolShortcuts.add(shown, shortcut, () -> stage.toFront());
            stage.setOnHidden(e -> onHidden.run());
        }
        beforeShow.run();
        stage.show();
        stage.toFront();
    }

    /** The window's content, once shown (for tests and screenshots). */
    public C content() {
        return shown;
    }

    public Stage stage() {
        return stage;
    }
}
