package org.latentexplorer.ui.paths;

import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;
import org.latentexplorer.ui.wall.GalleryWall;

/**
 * Installs the paths tool: a Paths tab, wall gestures (Alt-drag draws a path; in pick mode two clicks set A
 * and B), and Ctrl+P, which opens the tab and turns picking on the wall on or off.
 */
public final class PathsTool implements Tool<PathsViewModel> {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);

    @Override
    public PathsViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        PathsViewModel vm = new PathsViewModel(explorer);
        Tab tab = view.addToolPanel("pathsTab", PathsView.TEXT.text("tab"), PathsView.TEXT.text("tab.tip"), new PathsView(vm));
        view.wall().addGesture(new GalleryWall.Gesture() {
            @Override public boolean pressed(MouseEvent e, double x, double y, int point) {
                return vm.wallPressed(x, y, point, e.isAltDown());
            }

            @Override public void dragged(double x, double y) {
                vm.strokeTo(x, y);
            }

            @Override public void released(double x, double y) {
                vm.strokeEnded(x, y);
            }
        });
        ToolShortcuts.add(view, SHORTCUT, () -> {
            view.showToolTab(tab);
            vm.pickProperty().set(vm.pickProperty().get() == PathsViewModel.Pick.CLICKS ? PathsViewModel.Pick.NONE
                    : PathsViewModel.Pick.CLICKS);
        });
        return vm;
    }
}
