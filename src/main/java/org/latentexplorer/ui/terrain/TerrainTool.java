package org.latentexplorer.ui.terrain;

import org.latentexplorer.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

/** Installs the decoder terrain: a toolbar toggle (Ctrl+T), a Terrain tab, and a legend over the wall. */
public final class TerrainTool implements Tool<TerrainViewModel> {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);

    @Override
    public TerrainViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        TerrainViewModel vm = new TerrainViewModel(explorer);
        // Its shortcut toggles the terrain rather than opening the tab.
        view.addToolPanel("terrainTab", TerrainView.TEXT.text("tab"), TerrainView.TEXT.text("tab.tip"), new TerrainView(vm));

        ToggleButton toggle = Messages.bind(new ToggleButton(), TerrainView.TEXT.text("toggle"));
        toggle.setId("terrainToggle");
        toggle.setTooltip(Messages.bind(new Tooltip(), TerrainView.TEXT.text("toggle.tip")));
        toggle.selectedProperty().bindBidirectional(vm.enabledProperty());
        view.addToolbarItem(toggle);
        ToolShortcuts.add(view, SHORTCUT, () -> vm.enabledProperty().set(!vm.enabledProperty().get()));

        view.centerPane().getChildren().add(legend(vm));
        return vm;
    }

    /** What the terrain shows, in the wall's lower right corner; a colour scale for the density maps. */
    private static Region legend(TerrainViewModel vm) {
        Label text = new Label();
        text.setId("terrainLegend");
        text.setWrapText(true);
        text.textProperty().bind(vm.infoProperty());
        Region ramp = new Region();
        ramp.getStyleClass().add("terrain-ramp");
        ramp.setPrefWidth(140);
        Label low = Messages.bind(new Label(), TerrainView.TEXT.text("legend.low"));
        Label high = Messages.bind(new Label(), TerrainView.TEXT.text("legend.high"));
        HBox scale = new HBox(6, low, ramp, high);
        scale.setAlignment(Pos.CENTER_LEFT);
        var densityMode = javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            TerrainViewModel.Mode m = vm.modeProperty().get();
            return m == TerrainViewModel.Mode.DENSITY || m == TerrainViewModel.Mode.PRIOR;
        }, vm.modeProperty());
        scale.visibleProperty().bind(densityMode);
        scale.managedProperty().bind(densityMode);
        VBox box = new VBox(4, text, scale);
        box.getStyleClass().add("terrain-legend");
        box.getStylesheets().add(TerrainView.stylesheet());
        box.setMaxWidth(380);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setMouseTransparent(true);
        box.visibleProperty().bind(vm.enabledProperty().and(vm.infoProperty().isNotEmpty()));
        StackPane.setAlignment(box, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(box, new Insets(0, 12, 26, 0));
        return box;
    }
}
