package org.latentexplorer.ui.wall;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.Tooltips;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

/** Installs the wall's "train + test" toggle: the toolbar's switch, its progress, and the wall's extra points. */
public final class FullWallTool implements Tool<FullWallViewModel> {
    @Override
    public FullWallViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        FullWallViewModel vm = new FullWallViewModel(explorer);
        view.addToolbarItem(toolbarItem(vm, view.threeDToggle().selectedProperty()));
        view.wall().extraPointsProperty().bind(vm.extraProperty());
        return vm;
    }

    private static HBox toolbarItem(FullWallViewModel vm, javafx.beans.value.ObservableBooleanValue threeDShown) {
        ToggleButton toggle = Messages.bind(new ToggleButton(), FullWallViewModel.TEXT.text("toggle"));
        toggle.setId("fullWallToggle");
        toggle.setTooltip(Tooltips.wrapped(FullWallViewModel.TEXT.text("toggle.tip")));
        toggle.selectedProperty().bindBidirectional(vm.onProperty());
        // The training points are drawn on the 2-D wall only: while the 3-D view shows, the switch rests.
        toggle.disableProperty().bind(vm.availableProperty().not().or(threeDShown));
        ProgressBar progress = new ProgressBar();
        progress.setId("fullWallProgress");
        progress.setPrefWidth(70);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.computingProperty());
        progress.managedProperty().bind(vm.computingProperty());
        Label status = new Label();
        status.setId("fullWallStatus");
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        HBox item = new HBox(6, toggle, progress, status);
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }
}
