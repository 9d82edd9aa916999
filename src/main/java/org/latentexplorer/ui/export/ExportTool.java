package org.latentexplorer.ui.export;

import org.latentexplorer.ui.common.Messages;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

/** Tool 10, export: a tab with the settings, an Export menu on the toolbar, Ctrl+Shift+E. */
public final class ExportTool implements Tool<ExportViewModel> {
    public static final KeyCodeCombination SHORTCUT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    @Override
    public ExportViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        ExportViewModel vm = new ExportViewModel(explorer);
        // The PNG's default size and proportions follow the wall on screen.
        vm.screenWidthProperty().bind(view.wall().widthProperty());
        vm.screenHeightProperty().bind(view.wall().heightProperty());
        ExportView panel = new ExportView(vm);
        Tab tab = view.addToolPanel("exportTab", ExportViewModel.TEXT.text("tab"), ExportViewModel.TEXT.text("tool.tip", SHORTCUT.getDisplayText()),
                panel, SHORTCUT);

        MenuButton menu = Messages.bind(new MenuButton(), ExportViewModel.TEXT.text("menu"));
        menu.setId("exportMenu");
        menu.setTooltip(Messages.bind(new Tooltip(), ExportViewModel.TEXT.text("tool.tip", SHORTCUT.getDisplayText())));
        MenuItem png = Messages.bind(new MenuItem(), ExportViewModel.TEXT.text("menu.png"));
        png.setOnAction(e -> panel.savePng(view.getScene().getWindow()));
        MenuItem svg = Messages.bind(new MenuItem(), ExportViewModel.TEXT.text("menu.svg"));
        svg.setOnAction(e -> panel.saveSvg(view.getScene().getWindow()));
        MenuItem csv = Messages.bind(new MenuItem(), ExportViewModel.TEXT.text("menu.csv"));
        csv.setOnAction(e -> panel.saveCsv(view.getScene().getWindow()));
        MenuItem settings = Messages.bind(new MenuItem(), ExportViewModel.TEXT.text("menu.settings"));
        settings.setAccelerator(SHORTCUT);
        settings.setOnAction(e -> view.showToolTab(tab));
        png.disableProperty().bind(vm.wallAvailable().not());
        svg.disableProperty().bind(vm.wallAvailable().not());
        csv.disableProperty().bind(vm.codesAvailable().not());
        menu.getItems().addAll(png, svg, csv, new SeparatorMenuItem(), settings);
        view.addToolbarItem(menu);
        return vm;
    }
}
