package org.latentexplorer.ui.explorer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.wall.Palette;
import org.latentexplorer.wall.WallTheme;

/**
 * The explorer's classroom modes: presenter mode (full screen, larger text and marks) and colour-blind-safe
 * colours, applied to the wall, the 3-D view and the window.
 */
final class ClassroomModes {
    private final ExplorerView view;
    private final ExplorerViewModel vm;
    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter");
    private final BooleanProperty colourBlindSafe = new SimpleBooleanProperty(this, "colourBlindSafe");
    private boolean fullScreenWatched;

    ClassroomModes(ExplorerView view, ExplorerViewModel vm) {
        this.view = view;
        this.vm = vm;
        presenter.addListener((o, was, on) -> apply());
        colourBlindSafe.addListener((o, was, on) -> apply());
        ToolShortcuts.add(view, ExplorerView.PRESENTER_KEY, () -> presenter.set(!presenter.get()));
    }

    BooleanProperty presenterProperty() { return presenter; }

    BooleanProperty colourBlindSafeProperty() { return colourBlindSafe; }

    private void apply() {
        Palette.use(colourBlindSafe.get() ? Palette.Scheme.OKABE_ITO : Palette.Scheme.TABLEAU);
        WallTheme theme = presenter.get() ? WallTheme.PRESENTER : WallTheme.DEFAULT.withClassLabels(colourBlindSafe.get());
        view.wall().setTheme(theme);
        Node root = view.getScene() == null ? view : view.getScene().getRoot();
        if (presenter.get() && !root.getStyleClass().contains("presenter")) root.getStyleClass().add("presenter");
        if (!presenter.get()) root.getStyleClass().remove("presenter");
        if (view.getScene() != null && view.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint(Messages.get("presenter.exitHint"));
            stage.setFullScreen(presenter.get());
            // Esc leaves full screen by itself: presenter mode ends with it.
            if (!fullScreenWatched) {
                fullScreenWatched = true;
                stage.fullScreenProperty().addListener((o, was, full) -> {
                    if (!full) presenter.set(false);
                });
            }
        }
        LatentCodes codes = vm.codesProperty().get();
        if (view.wall3d() != null && codes != null && codes.dimension() == 3) {
            view.wall3d().setPoints(codes.codes(), codes.labels()); // new colours
        }
    }
}
