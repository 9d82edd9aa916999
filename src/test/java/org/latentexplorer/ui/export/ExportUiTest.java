package org.latentexplorer.ui.export;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.common.FileSaver;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Export tab writes the wall as a PNG of the requested size and as a parseable SVG, and the codes as CSV. */
@ExtendWith(ApplicationExtension.class)
class ExportUiTest {
    @TempDir Path dir;
    private ToolHarness app;
    private ExportViewModel vm;
    private final AtomicReference<Path> answer = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        vm = new ExportTool().install(app.view, app.explorer);
        FileSaver.dialog = (owner, chooser) -> answer.get() == null ? null : answer.get().toFile();
        app.show(stage);
    }

    @AfterEach
    void close() {
        FileSaver.dialog = (owner, chooser) -> chooser.showSaveDialog(owner);
        app.close();
    }

    private void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void writesAPngOfTheRequestedSizeAParseableSvgAndTheCodes(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.push(ExportTool.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("exportTab", robot.lookup("#sidePanel").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());

        // Type a width: the height follows the wall's proportions.
        Spinner<?> width = robot.lookup("#exportWidth").queryAs(Spinner.class);
        robot.doubleClickOn(width.getEditor()).eraseText(8).write("2400").clickOn("#exportKeepAspect").clickOn("#exportKeepAspect");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2400, vm.widthProperty().get());
        double ratio = app.view.wall().getHeight() / app.view.wall().getWidth();
        assertEquals(Math.round(2400 * ratio), vm.heightProperty().get(), 1);
        int height = vm.heightProperty().get();

        Path png = dir.resolve("wall.png");
        answer.set(png);
        robot.clickOn("#exportPng");
        awaitIdle();
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2400, image.getWidth());
        assertEquals(height, image.getHeight());
        assertTrue(robot.lookup("#exportMessage").queryAs(Label.class).getText().contains(png.toString()));
        Path shots = Path.of(System.getProperty("java.io.tmpdir"), "latent-explorer-screenshots");
        Files.createDirectories(shots);
        Files.copy(png, shots.resolve("exported-wall.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // The SVG: the name gets its extension; the document parses and has a circle per point in view.
        answer.set(dir.resolve("wall"));
        robot.clickOn("#exportSvg");
        awaitIdle();
        Path svg = dir.resolve("wall.svg");
        assertTrue(Files.exists(svg), "wall.svg written");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertTrue(doc.getElementsByTagName("circle").getLength() > 1500, "circles: " + doc.getElementsByTagName("circle").getLength());
        Files.copy(svg, shots.resolve("exported-wall.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Path csv = dir.resolve("codes.csv");
        answer.set(csv);
        robot.clickOn("#exportCsv");
        awaitIdle();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(2001, lines.size());
        assertEquals("index,label,z0,z1,error", lines.get(0));
        assertTrue(lines.get(1).startsWith("0," + app.explorer.codesProperty().get().labels()[0] + ","), lines.get(1));
        System.out.println("export screenshot: " + ToolHarness.snapshot(robot.window(0).getScene(), "export.png"));
    }

    @Test
    void aFailedSaveNamesTheFileAndLeavesNothingBehind(FxRobot robot) throws Exception {
        app.awaitWall();
        robot.push(ExportTool.SHORTCUT);
        Path blocked = dir.resolve("a-file");
        Files.writeString(blocked, "x");
        Path target = blocked.resolve("wall.png"); // a folder that is a file: cannot be created
        answer.set(target);
        robot.clickOn("#exportPng");
        awaitIdle();
        Label message = robot.lookup("#exportMessage").queryAs(Label.class);
        assertTrue(message.getText().contains(target.toAbsolutePath().toString()), message.getText());
        assertTrue(message.getStyleClass().contains("export-error"));
        assertTrue(app.explorer.statusIsErrorProperty().get());
        assertEquals(List.of(blocked), Files.list(dir).toList());
    }
}
