package org.latentexplorer.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.explorer.HelpDialogs;
import org.latentexplorer.ui.wall.GalleryWall;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer as a class sees it: in Simplified Chinese, switched at run time, on a 1280×720 projector,
 * with its shortcuts listed and an About box.
 */
@ExtendWith(ApplicationExtension.class)
class ClassroomUiTest {
    private ToolHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new ToolHarness();
        org.latentexplorer.ui.tools.Tools.install(app.view, app.explorer);
        app.show(stage, 1280, 720);
    }

    @AfterEach
    void closeEngine() {
        app.close();
        Messages.useLocale(Locale.ENGLISH);
    }

    @Test
    void inChineseTheLabelsAreChineseAndAClickOnTheWallStillDecodes(FxRobot robot) throws Exception {
        robot.interact(() -> app.menu.choose(Messages.CHINESE));
        app.awaitWall();
        assertEquals("训练", robot.lookup("#startTraining").queryAs(Button.class).getText());
        assertEquals("适应", robot.lookup("#fitButton").queryAs(Button.class).getText());
        assertNotNull(robot.lookup(".menu-bar .label").match(LabeledMatchers.hasText("文件")).tryQuery().orElse(null), "File menu in Chinese");

        GalleryWall wall = app.view.wall();
        Point2D spot = ToolHarness.emptySpot(wall);
        robot.clickOn(wall.localToScreen(spot));
        ImageView decoded = robot.lookup("#decodedImage").queryAs(ImageView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> decoded.getImage() != null);
        String caption = robot.lookup("#decodedCaption").queryAs(Label.class).getText();
        assertTrue(caption.startsWith("解码器在 z = "), caption);
    }

    @Test
    void theLanguageMenuRelabelsButtonsAxesAndChoicesAtOnce(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.clickOn(robot.lookup(".tab-label").match(LabeledMatchers.hasText("Train")).queryLabeled());
        LineChart<?, ?> chart = robot.lookup("#lossChart").queryAs(LineChart.class);
        ComboBox<?> kind = robot.lookup(".combo-box").match(n -> n instanceof ComboBox<?> c && c.getValue() instanceof org.latentexplorer.model.ModelKind)
                .queryAs(ComboBox.class);
        assertEquals("Epoch", chart.getXAxis().getLabel());
        assertTrue(buttonCellText(kind).contains("VAE"), buttonCellText(kind));

        robot.clickOn("Language");
        robot.clickOn("简体中文");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Messages.CHINESE, Messages.locale());
        assertEquals("训练", robot.lookup("#startTraining").queryAs(Button.class).getText());
        assertEquals("轮次", chart.getXAxis().getLabel());
        assertEquals("变分自编码器（VAE）", buttonCellText(kind));
        assertNotNull(robot.lookup(".tab-label").match(LabeledMatchers.hasText("查看")).tryQuery().orElse(null), "Inspect tab in Chinese");

        robot.clickOn("语言 Language");
        robot.clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Train", robot.lookup("#startTraining").queryAs(Button.class).getText());
        assertEquals("Epoch", chart.getXAxis().getLabel());
    }

    @Test
    void at1280x720TheTrainButtonAndTheLossChartAreVisibleWithoutScrolling(FxRobot robot) throws Exception {
        robot.interact(() -> app.menu.choose(Messages.CHINESE));
        app.awaitWall();
        robot.clickOn(robot.lookup("#trainTabButton").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        Node train = robot.lookup("#startTraining").query();
        Node chart = robot.lookup("#lossChart").query();
        ScrollPane scroll = (ScrollPane) ancestor(train, ScrollPane.class);
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        for (Node n : new Node[] {train, chart}) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMinY() >= viewport.getMinY() - 1 && b.getMaxY() <= viewport.getMaxY() + 1
                    && b.getMaxX() <= stage.getScene().getWidth() + 1, n.getId() + " " + b + " outside " + viewport);
        }
        assertTrue(stage.getScene().getWidth() <= 1280 && stage.getScene().getHeight() <= 720);
        // The toolbar fits: no overflow button hides a tool.
        Node overflow = robot.lookup(".tool-bar-overflow-button").tryQuery().orElse(null);
        assertTrue(overflow == null || !overflow.isVisible(), "toolbar overflows at 1280 px");
    }

    @Test
    void theShortcutsDialogListsEveryAcceleratorOfTheWindow(FxRobot robot) throws Exception {
        app.awaitWall();
        Set<KeyCombination> listed = HelpDialogs.SHORTCUTS.stream().map(HelpDialogs.Shortcut::combo).collect(Collectors.toSet());
        // Enter is a form's default button, not a shortcut of the app.
        Set<KeyCombination> installed = stage.getScene().getAccelerators().keySet().stream()
                .filter(k -> !(k instanceof javafx.scene.input.KeyCodeCombination c && c.getCode() == javafx.scene.input.KeyCode.ENTER))
                .collect(Collectors.toSet());
        assertTrue(listed.containsAll(installed), "not listed: " + installed.stream().filter(k -> !listed.contains(k)).toList());
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#shortcutTable").tryQuery().orElse(null), "F1 opens the shortcuts");
        robot.interact(() -> robot.lookup("#shortcutTable").query().getScene().getWindow().hide());
    }

    @Test
    void aboutShowsTheVersionAndSaysWhenTheLicenceNoticesAreMissing(FxRobot robot) throws Exception {
        robot.interact(() -> HelpDialogs.showAbout(stage));
        WaitForAsyncUtils.waitForFxEvents();
        String version = robot.lookup("#aboutVersion").queryAs(Label.class).getText();
        assertTrue(version.startsWith("Version "), version);
        String notices = robot.lookup("#aboutNotices").queryAs(TextArea.class).getText();
        boolean bundled = HelpDialogs.class.getResource("/org/latentexplorer/THIRD-PARTY-NOTICES.txt") != null;
        assertTrue(bundled ? !notices.isBlank() : notices.contains("not part of this build"), notices);
        robot.interact(() -> robot.lookup("#aboutNotices").query().getScene().getWindow().hide());
    }

    /** What the combo box shows (read on the FX thread: asking the skin for its display node updates it). */
    private static String buttonCellText(ComboBox<?> box) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.Labeled)
                ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) box.getSkin()).getDisplayNode()).getText()).get(10, TimeUnit.SECONDS);
    }

    private static Node ancestor(Node n, Class<?> type) {
        for (Node p = n; p != null; p = p.getParent()) if (type.isInstance(p)) return p;
        throw new AssertionError("no " + type.getSimpleName() + " around " + n);
    }
}
