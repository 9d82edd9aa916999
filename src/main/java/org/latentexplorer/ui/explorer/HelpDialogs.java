package org.latentexplorer.ui.explorer;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.latentexplorer.ui.anomalies.AnomaliesTool;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.draw.DrawTool;
import org.latentexplorer.ui.export.ExportTool;
import org.latentexplorer.ui.paths.PathsTool;
import org.latentexplorer.ui.projection.ProjectionTool;
import org.latentexplorer.ui.sampling.SamplingTool;
import org.latentexplorer.ui.scorecard.ScorecardTool;
import org.latentexplorer.ui.terrain.TerrainTool;
import org.latentexplorer.ui.vae.VaeTool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Help → Keyboard shortcuts and Help → About. */
public final class HelpDialogs {
    /** The resource with the libraries' and datasets' licences; the packaging build puts it on the classpath. */
    static final String NOTICES = "/org/latentexplorer/THIRD-PARTY-NOTICES.txt";

    /** One keyboard shortcut and the message key that says what it does. */
    public record Shortcut(KeyCombination combo, String key) {}

    /** Every keyboard shortcut of the window (a test checks that the scene has no other). */
    public static final List<Shortcut> SHORTCUTS = List.of(
            new Shortcut(MainMenu.HELP, "shortcut.help"),
            new Shortcut(MainMenu.MENU, "shortcut.menu"),
            new Shortcut(MainMenu.OPEN, "shortcut.open"),
            new Shortcut(MainMenu.QUIT, "shortcut.quit"),
            new Shortcut(ExplorerView.PRESENTER_KEY, "shortcut.presenter"),
            new Shortcut(TerrainTool.SHORTCUT, "shortcut.terrain"),
            new Shortcut(PathsTool.SHORTCUT, "shortcut.paths"),
            new Shortcut(SamplingTool.SHORTCUT, "shortcut.sample"),
            new Shortcut(ProjectionTool.SHORTCUT, "shortcut.projection"),
            new Shortcut(ScorecardTool.SHORTCUT, "shortcut.compare"),
            new Shortcut(VaeTool.SHORTCUT, "shortcut.vae"),
            new Shortcut(AnomaliesTool.SHORTCUT, "shortcut.anomalies"),
            new Shortcut(DrawTool.SHORTCUT, "shortcut.draw"),
            new Shortcut(ExportTool.SHORTCUT, "shortcut.export"),
            new Shortcut(org.latentexplorer.ui.features.FeaturesTool.SHORTCUT, "shortcut.features"));

    private HelpDialogs() {}

    public static void showShortcuts(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcutTable");
        grid.getStyleClass().add("shortcut-table");
        int row = 0;
        for (Shortcut s : SHORTCUTS) {
            Label combo = new Label(s.combo().getDisplayText());
            combo.getStyleClass().add("shortcut-key");
            grid.addRow(row++, combo, new Label(Messages.get(s.key())));
        }
        Label mouse = new Label(Messages.get("inspect.navigation"));
        mouse.setWrapText(true);
        mouse.setMaxWidth(520);
        show(owner, Messages.get("help.shortcuts.title"), new VBox(12, grid, mouse));
    }

    public static void showAbout(Window owner) {
        Label title = new Label(Messages.get("app.title"));
        title.getStyleClass().add("panel-title");
        Label version = new Label(Messages.get("about.version", version()));
        version.setId("aboutVersion");
        Label licence = new Label(Messages.get("about.licence"));
        licence.setWrapText(true);
        licence.setMaxWidth(560);
        String notices = notices();
        TextArea text = new TextArea(notices == null ? Messages.get("about.notices.missing", NOTICES) : notices);
        text.setId("aboutNotices");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(600, 320);
        show(owner, Messages.get("menu.help.about"), new VBox(10, title, version, licence,
                new Label(Messages.get("about.notices")), text));
    }

    /** The jar's version: its manifest's, else Maven's pom.properties, else "development build". */
    static String version() {
        String v = HelpDialogs.class.getPackage().getImplementationVersion();
        if (v != null) return v;
        try (InputStream in = HelpDialogs.class.getResourceAsStream("/META-INF/maven/org.latentexplorer/latent-explorer/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                if (p.getProperty("version") != null) return p.getProperty("version");
            }
        } catch (IOException ignored) {
            // An unreadable resource is the same as none: fall through to the development label.
        }
        return Messages.get("about.version.dev");
    }

    /** The third-party notices text, or null where the build did not include it. */
    static String notices() {
        try (InputStream in = HelpDialogs.class.getResourceAsStream(NOTICES)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static void show(Window owner, String title, javafx.scene.Node content) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
