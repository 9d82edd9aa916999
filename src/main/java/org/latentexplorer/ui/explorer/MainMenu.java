package org.latentexplorer.ui.explorer;

import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.latentexplorer.ui.common.AppPreferences;
import org.latentexplorer.ui.common.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The window's menu bar: File (Open…, recent models, Quit), Language, Help (keyboard shortcuts, About). */
public final class MainMenu extends MenuBar {
    public static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1);
    /** JavaFX's own key for the menu bar, listed with the others. */
    public static final KeyCombination MENU = new KeyCodeCombination(KeyCode.F10);

    private final ExplorerView view;
    private final ExplorerViewModel vm;
    private final AppPreferences prefs;
    private final Menu recent = Messages.bind(new Menu(), Messages.text("menu.file.recent"));

    /** {@code prefs} remembers the language and the recent files; null keeps nothing (tests). */
    public MainMenu(ExplorerView view, ExplorerViewModel vm, AppPreferences prefs) {
        this.view = view;
        this.vm = vm;
        this.prefs = prefs;
        setId("mainMenu");
        // The menu bar belongs to the window, not to the macOS screen top, so it looks the same in class.
        setUseSystemMenuBar(false);
        // Where the user said a moved dataset is, remembered across sessions by its fingerprint.
        if (prefs != null) view.datasetLocator().rememberIn(prefs.node().node("datasetLocations"));
        getMenus().addAll(file(), view(), language(), org.latentexplorer.ui.lessons.LessonsMenu.create(view, vm), help());
    }

    private Menu file() {
        MenuItem open = Messages.bind(new MenuItem(), Messages.text("menu.file.open"));
        open.setId("menuOpen");
        open.setAccelerator(OPEN);
        open.disableProperty().bind(vm.trainingProperty());
        open.setOnAction(e -> view.chooseAndOpenModel());
        MenuItem importOnnx = Messages.bind(new MenuItem(), Messages.text("menu.file.importOnnx"));
        importOnnx.setId("menuImportOnnx");
        importOnnx.disableProperty().bind(vm.trainingProperty());
        importOnnx.setOnAction(e -> new org.latentexplorer.ui.importing.ImportDialog(
                new org.latentexplorer.ui.importing.ImportViewModel(vm.service(), vm::openFile), getScene().getWindow()).show());
        recent.disableProperty().bind(vm.trainingProperty());
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem quit = Messages.bind(new MenuItem(), Messages.text("menu.file.quit"));
        quit.setId("menuQuit");
        quit.setAccelerator(QUIT);
        // Quit is a close request: the same life cycle as the window's close button (a run stops, an unsaved
        // model is asked about), and only then does the app exit.
        quit.setOnAction(e -> {
            javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
            if (window != null) window.fireEvent(new javafx.stage.WindowEvent(window, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
            else Platform.exit();
        });
        MenuItem dataFile = Messages.bind(new MenuItem(), Messages.text("menu.file.openDataset"));
        dataFile.setId("menuOpenDataset");
        dataFile.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(Messages.get("menu.file.openDataset"));
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(Messages.get("file.dataset"),
                    "*.csv", "*.npz", "*.npy", "*.gz", "*-ubyte"));
            java.io.File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) view.openDropped(java.util.List.of(file.toPath()), view.training());
        });
        MenuItem dataFolder = Messages.bind(new MenuItem(), Messages.text("menu.file.openDatasetFolder"));
        dataFolder.setId("menuOpenDatasetFolder");
        dataFolder.setOnAction(e -> {
            javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
            chooser.setTitle(Messages.get("menu.file.openDatasetFolder"));
            java.io.File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) view.openDropped(java.util.List.of(folder.toPath()), view.training());
        });
        Menu menu = Messages.bind(new Menu(), Messages.text("menu.file"));
        menu.getItems().addAll(open, recent, importOnnx, new SeparatorMenuItem(), dataFile, dataFolder, new SeparatorMenuItem(), quit);
        return menu;
    }

    private void fillRecent() {
        recent.getItems().clear();
        if (prefs != null) {
            for (Path p : prefs.recentFiles()) {
                if (!Files.isRegularFile(p)) continue;
                MenuItem item = new MenuItem(p.getFileName().toString());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.openFile(p));
                recent.getItems().add(item);
            }
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = Messages.bind(new MenuItem(), Messages.text("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private Menu language() {
        Menu menu = Messages.bind(new Menu(), Messages.text("menu.language"));
        menu.setId("menuLanguage");
        ToggleGroup group = new ToggleGroup();
        for (Locale locale : Messages.LANGUAGES) {
            // Each language is named in itself, so a user who cannot read the current one still finds theirs.
            RadioMenuItem item = Messages.bind(new RadioMenuItem(), Messages.text("language." + locale.getLanguage()));
            item.setId("language-" + locale.getLanguage());
            item.setToggleGroup(group);
            item.setSelected(locale.equals(Messages.locale()));
            item.setOnAction(e -> choose(locale));
            Messages.localeProperty().addListener((o, was, now) -> item.setSelected(locale.equals(now)));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Switches the language at once and remembers the choice. */
    public void choose(Locale locale) {
        Messages.useLocale(locale);
        if (prefs != null) prefs.setLanguage(Messages.locale());
    }

    /** View: presenter mode and colour-blind-safe colours, for the classroom. */
    private Menu view() {
        javafx.scene.control.CheckMenuItem presenter = Messages.bind(new javafx.scene.control.CheckMenuItem(), Messages.text("menu.view.presenter"));
        presenter.setId("menuPresenter");
        presenter.setAccelerator(ExplorerView.PRESENTER_KEY);
        presenter.selectedProperty().bindBidirectional(view.presenterProperty());
        javafx.scene.control.CheckMenuItem safe = Messages.bind(new javafx.scene.control.CheckMenuItem(), Messages.text("menu.view.colourBlind"));
        safe.setId("menuColourBlind");
        safe.selectedProperty().bindBidirectional(view.colourBlindSafeProperty());
        Menu menu = Messages.bind(new Menu(), Messages.text("menu.view"));
        menu.getItems().addAll(presenter, safe);
        return menu;
    }

    private Menu help() {
        MenuItem shortcuts = Messages.bind(new MenuItem(), Messages.text("menu.help.shortcuts"));
        shortcuts.setId("menuShortcuts");
        shortcuts.setAccelerator(HELP);
        shortcuts.setOnAction(e -> HelpDialogs.showShortcuts(getScene().getWindow()));
        MenuItem about = Messages.bind(new MenuItem(), Messages.text("menu.help.about"));
        about.setId("menuAbout");
        about.setOnAction(e -> HelpDialogs.showAbout(getScene().getWindow()));
        MenuItem logs = Messages.bind(new MenuItem(), Messages.text("menu.help.logs"));
        logs.setId("menuLogs");
        // Where the app writes its log and crash details; disabled when file logging could not start.
        logs.setDisable(org.latentexplorer.app.Logging.logDir() == null);
        logs.setOnAction(e -> org.latentexplorer.ui.common.HostFolders.open(org.latentexplorer.app.Logging.logDir()));
        Menu menu = Messages.bind(new Menu(), Messages.text("menu.help"));
        menu.getItems().addAll(shortcuts, logs, about);
        return menu;
    }
}
