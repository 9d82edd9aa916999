package org.latentexplorer.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.latentexplorer.ui.common.AppPreferences;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.WindowPlacement;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.explorer.MainMenu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The main window's remembered state: the language (the system's on first start), size and position fitted
 * to the screen, the menu bar, and the last model; all kept in {@link AppPreferences}.
 */
final class AppWindow {
    /** Font families with Chinese glyphs that JavaFX finds on common desktops. */
    private static final List<String> CJK_FAMILIES = List.of("WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei", "SimSun",
            "PingFang SC", "Hiragino Sans GB", "Droid Sans Fallback", "AR PL UMing CN", "AR PL UKai CN");

    private AppWindow() {}

    /**
     * Before any view exists: {@code --lang=zh-CN} if given (for reproducible screenshots; not remembered),
     * else the remembered language, else the system's (zh* → 简体中文, else English).
     */
    static void applyLanguage(AppPreferences prefs, String named) {
        if (named != null && !named.isBlank()) Messages.useLocale(Locale.forLanguageTag(named.trim()));
        else Messages.useLocale(prefs.language().orElse(Locale.getDefault()));
    }

    /** The remembered bounds if they fit, else most of the screen: never larger than its visual bounds. */
    static double[] bounds(AppPreferences prefs) {
        double[] remembered = prefs.windowBounds().orElse(null);
        Screen screen = Screen.getPrimary();
        if (remembered != null) {
            List<Screen> on = Screen.getScreensForRectangle(remembered[0], remembered[1], remembered[2], remembered[3]);
            if (!on.isEmpty()) screen = on.get(0);
        }
        Rectangle2D v = screen.getVisualBounds();
        return WindowPlacement.place(new double[] {v.getMinX(), v.getMinY(), v.getWidth(), v.getHeight()}, remembered);
    }

    /** Places the stage explicitly (Xvfb and some lab machines have no window manager to do it). */
    static void place(Stage stage, double[] b) {
        stage.setX(b[0]);
        stage.setY(b[1]);
        stage.setWidth(b[2]);
        stage.setHeight(b[3]);
    }

    /** Menu bar, remembered last model and recent files, bounds saved on close, and the font check. */
    static void install(Stage stage, ExplorerView view, ExplorerViewModel explorer, AppPreferences prefs) {
        view.setMenuBar(new MainMenu(view, explorer, prefs));
        explorer.modelProperty().addListener((o, a, model) -> {
            var entry = explorer.currentEntryProperty().get();
            if (model != null && entry != null && entry.file() != null) prefs.opened(entry.file());
        });
        stage.setOnHidden(e -> prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
        Messages.localeProperty().addListener((o, a, b) -> warnWithoutCjkFont(explorer));
    }

    /** The model to open: the one named on the command line, else the last one if it still exists. */
    static Path startModel(String named, AppPreferences prefs) {
        if (named != null) return Path.of(named);
        return prefs.lastModel().filter(Files::isRegularFile).orElse(null);
    }

    private static boolean warned;

    /** Chinese without a CJK font shows boxes: say so once, on the status line. */
    static void warnWithoutCjkFont(ExplorerViewModel explorer) {
        if (warned || !Messages.CHINESE.equals(Messages.locale()) || hasCjkFont()) return;
        warned = true;
        explorer.done(Messages.get("font.noCjk"));
    }

    static boolean hasCjkFont() {
        List<String> families = Font.getFamilies();
        return CJK_FAMILIES.stream().anyMatch(families::contains);
    }
}
