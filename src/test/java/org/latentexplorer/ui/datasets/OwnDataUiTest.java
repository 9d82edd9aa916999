package org.latentexplorer.ui.datasets;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.DatasetSource;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.ui.ToolHarness;
import org.latentexplorer.ui.explorer.ModelState;
import org.latentexplorer.ui.training.TrainingViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The user's own data in a real window with the real engine: loading, its summary, unlabeled data, a moved dataset. */
@ExtendWith(ApplicationExtension.class)
class OwnDataUiTest {
    @TempDir Path dir;
    private ToolHarness app;

    @Start
    void start(Stage stage) {
        app = new ToolHarness();
        app.show(stage, 1280, 720);
    }

    @AfterEach
    void closeEngine() {
        app.close();
    }

    @Test
    void loadingShowsProgressAndCancelStopsTheReaderAndLeavesTheAppAsItWas(FxRobot robot) throws Exception {
        app.awaitWall();
        ModelHandle before = app.explorer.modelProperty().get();
        List<String> datasetsBefore = List.copyOf(app.training.datasets());
        String chosenBefore = app.training.datasetProperty().get();
        AtomicLong stepsRead = new AtomicLong();
        AtomicBoolean readerStopped = new AtomicBoolean();
        // A reader that takes its time: 10,000 steps, 2 ms each, stopped only by the progress' cancellation.
        app.view.datasets().useReader((file, options, progress) -> {
            try {
                for (long i = 0; i <= 10_000; i++) {
                    progress.advance(i, 10_000);
                    stepsRead.set(i);
                    Thread.sleep(2);
                }
            } catch (InterruptedException | java.util.concurrent.CancellationException e) {
                readerStopped.set(true);
                throw new java.util.concurrent.CancellationException("stopped");
            }
            throw new AssertionError("the reader was not stopped");
        });
        Path big = dir.resolve("big_train.csv");
        Files.writeString(big, "0,1,2,3\n");
        robot.interact(() -> app.view.openDropped(List.of(big), app.training));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stepsRead.get() > 300 && !app.view.datasets().progressTextProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#datasetPanel").query().isVisible());
        String progressText = robot.lookup("#datasetProgressText").queryAs(Label.class).getText();
        assertTrue(progressText.matches("[\\d,]+ of 10,000 read.*"), progressText);
        double share = app.view.datasets().progressProperty().get();
        assertTrue(share > 0 && share < 1, "share read " + share);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.view.datasets().progressTextProperty().get().contains("s left"));
        assertTrue(robot.lookup("#datasetLoadingText").queryAs(Label.class).getText().contains("big_train.csv"));

        robot.clickOn("#datasetCancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, readerStopped::get);
        long stoppedAt = stepsRead.get();
        Thread.sleep(200);
        assertEquals(stoppedAt, stepsRead.get(), "the reader reads no further after Cancel");
        assertTrue(stoppedAt < 10_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#datasetPanel").query().isVisible());
        assertEquals(before, app.explorer.modelProperty().get());
        assertEquals(datasetsBefore, List.copyOf(app.training.datasets()));
        assertEquals(chosenBefore, app.training.datasetProperty().get());
        assertFalse(app.explorer.statusIsErrorProperty().get(), app.explorer.statusProperty().get());
        assertTrue(app.explorer.statusProperty().get().contains("cancelled"), app.explorer.statusProperty().get());
    }

    @Test
    void theSummaryShowsWhatTheReaderDidAndAChosenImageSizeIsUsed(FxRobot robot) throws Exception {
        app.awaitWall();
        Path folder = dir.resolve("shapes");
        pictures(folder.resolve("circles"), 14, 12, 12, 1);
        pictures(folder.resolve("squares"), 10, 12, 12, 2);
        pictures(folder.resolve("squares"), 4, 16, 20, 3); // four of another size
        Files.writeString(folder.resolve("squares/readme.txt"), "not a picture");
        robot.interact(() -> app.view.openDropped(List.of(folder), app.training));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.view.datasets().stageProperty().get() == OpenDatasetViewModel.Stage.SUMMARY);
        WaitForAsyncUtils.waitForFxEvents();
        String notes = notes(robot);
        assertTrue(notes.contains("4 images were resized to 12 × 12 (the most common size)"), notes);
        assertTrue(notes.contains("20 % of each class went to the test split (stratified, seed 0)"), notes);
        assertTrue(notes.contains("1 file that is not a PNG, JPEG, BMP or GIF image was skipped"), notes);
        assertEquals("shapes", fact(robot, 0));
        assertEquals("image-folder", fact(robot, 1));
        assertEquals("12 × 12", fact(robot, 3));
        assertTrue(fact(robot, 5).contains("circles: ") && fact(robot, 5).contains("squares: "), fact(robot, 5));

        robot.interact(() -> {
            robot.lookup("#datasetHeight").queryAs(Spinner.class).getValueFactory().setValue(8);
            robot.lookup("#datasetWidth").queryAs(Spinner.class).getValueFactory().setValue(10);
        });
        robot.clickOn("#datasetApplySize");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.view.datasets().summaryProperty().get() != null
                && app.view.datasets().summaryProperty().get().height() == 8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("8 × 10", fact(robot, 3));
        assertTrue(notes(robot).contains("28 images were resized to 8 × 10 (the size you chose)"), notes(robot));

        robot.clickOn("#datasetTrain");
        WaitForAsyncUtils.waitForFxEvents();
        String name = folder.toAbsolutePath().normalize().toString();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> name.equals(app.training.datasetProperty().get()));
        ImageDataset offered = app.explorer.datasetFor(name).get(10, TimeUnit.SECONDS);
        assertEquals(8, offered.height());
        assertEquals(10, offered.width());
        assertEquals(8, offered.source().options().height(), "the bundle will record the chosen size");
        assertFalse(robot.lookup("#datasetPanel").query().isVisible());
    }

    @Test
    void theSummaryFollowsTheLanguage(FxRobot robot) throws Exception {
        app.awaitWall();
        Path folder = dir.resolve("shapes");
        pictures(folder.resolve("circles"), 30, 28, 28, 1);
        pictures(folder.resolve("squares"), 26, 28, 28, 2);
        pictures(folder.resolve("triangles"), 5, 32, 32, 3);
        pictures(folder.resolve("triangles"), 22, 28, 28, 4);
        Files.writeString(folder.resolve("circles/notes.txt"), "not a picture");
        robot.interact(() -> app.view.openDropped(List.of(folder), app.training));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.view.datasets().stageProperty().get() == OpenDatasetViewModel.Stage.SUMMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notes(robot).contains("5 images were resized to 28 × 28 (the most common size)"), notes(robot));
        Path english = ToolHarness.snapshot(robot.lookup("#datasetPanel").query().getScene(), "owndata-summary-en.png");
        robot.interact(() -> org.latentexplorer.ui.common.Messages.useLocale(org.latentexplorer.ui.common.Messages.CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        String chinese = notes(robot);
        assertTrue(chinese.contains("5 张图像已缩放为 28 × 28（最常见的尺寸）"), chinese);
        assertTrue(chinese.contains("划入测试集（分层抽样，随机种子 0）"), chinese);
        assertEquals("28 × 28", fact(robot, 3));
        assertTrue(robot.lookup("#datasetTrain").queryAs(javafx.scene.control.Button.class).getText().equals("用它训练"));
        Path zh = ToolHarness.snapshot(robot.lookup("#datasetPanel").query().getScene(), "owndata-summary-zh.png");
        assertTrue(Files.size(english) > 0 && Files.size(zh) > 0);
    }

    @Test
    void anUnlabeledFolderTrainsAndTheWallIsColouredByReconstructionError(FxRobot robot) throws Exception {
        app.awaitWall();
        Path folder = dir.resolve("photos");
        pictures(folder, 40, 12, 12, 7);
        String classes = trainOn(robot, folder);
        assertTrue(classes.contains("unlabeled"), classes);
        var colours = app.explorer.pointColoursProperty().get();
        assertNotNull(colours, "an unlabeled wall is coloured by error");
        assertEquals("Colour: reconstruction error (no classes)", colours.title());
        assertEquals(app.explorer.codesProperty().get().count(), colours.rgb().length);
        assertTrue(java.util.Arrays.stream(colours.rgb()).distinct().count() > 3, "the colours tell errors apart");
        ToolHarness.snapshot(app.view.getScene(), "owndata-unlabeled-wall.png");
    }

    @Test
    void aMovedDatasetIsAskedForAWrongOneIsRefusedNamingBothAndTheRightOneIsAccepted(FxRobot robot) throws Exception {
        app.awaitWall();
        // The model apart from the data: the engine itself searches the model's folder for a moved dataset.
        Path folder = dir.resolve("data/mine");
        pictures(folder, 30, 10, 10, 11);
        trainOn(robot, folder);
        Path model = Files.createDirectories(dir.resolve("models")).resolve("mine-model.zip");
        robot.interact(() -> app.explorer.saveCurrent(model));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.explorer.stateProperty().get() == ModelState.READY);
        Path moved = dir.resolve("elsewhere/mine-now");
        Files.createDirectories(moved.getParent());
        Files.move(folder, moved);
        Path other = dir.resolve("other");
        pictures(other, 30, 10, 10, 99);

        List<DatasetSource> asked = new ArrayList<>();
        Path[] answer = {other};
        app.view.datasetLocator().setPrompt((file, recorded) -> {
            asked.add(recorded);
            return CompletableFuture.completedFuture(answer[0]);
        });
        openBundledModel(model);
        ModelHandle shown = app.explorer.modelProperty().get();

        robot.interact(() -> app.explorer.openFile(model));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer.statusIsErrorProperty().get());
        assertEquals(1, asked.size());
        assertEquals(folder.toAbsolutePath().normalize(), asked.get(0).path(), "the dialog names the recorded place");
        String refusal = app.explorer.statusProperty().get();
        assertTrue(refusal.contains(folder.toAbsolutePath().normalize().toString()) && refusal.contains(asked.get(0).shortFingerprint())
                && refusal.contains("other"), "names the model's dataset and the chosen one: " + refusal);
        assertEquals(shown, app.explorer.modelProperty().get(), "the wall keeps what it showed");

        answer[0] = moved;
        robot.interact(() -> app.explorer.openFile(model));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer.currentEntryProperty().get() != null
                && app.explorer.currentEntryProperty().get().file().equals(model) && !app.explorer.busyProperty().get());
        assertEquals(2, asked.size());
        assertFalse(app.explorer.statusIsErrorProperty().get(), app.explorer.statusProperty().get());
        assertEquals(moved.toAbsolutePath().normalize(), app.explorer.datasetProperty().get().source().path());

        // Remembered: opened again, the model finds the new place without asking.
        openBundledModel(model);
        robot.interact(() -> app.explorer.openFile(model));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.explorer.currentEntryProperty().get().file().equals(model)
                && !app.explorer.busyProperty().get());
        assertEquals(2, asked.size(), "not asked again");

        // The real question names the recorded place and fingerprint.
        String[] texts = new String[2];
        robot.interact(() -> {
            var alert = DatasetLocationDialog.question(model, asked.get(0));
            texts[0] = alert.getHeaderText();
            texts[1] = alert.getContentText();
        });
        assertTrue(texts[0].contains("mine-model.zip"), texts[0]);
        assertTrue(texts[1].contains(folder.toAbsolutePath().normalize().toString()) && texts[1].contains(asked.get(0).shortFingerprint()), texts[1]);
    }

    /** Puts a bundled model on the wall (not {@code notThis}) and waits for it. */
    private void openBundledModel(Path notThis) throws Exception {
        var bundled = app.explorer.models().stream().filter(m -> !m.file().equals(notThis)).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> app.explorer.open(bundled)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> bundled.equals(app.explorer.currentEntryProperty().get())
                && !app.explorer.busyProperty().get());
    }

    /**
     * Opens {@code folder}, trains one epoch on it and waits until the trained model is on the wall; returns
     * the summary's classes line.
     */
    private String trainOn(FxRobot robot, Path folder) throws Exception {
        robot.interact(() -> app.view.openDropped(List.of(folder), app.training));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.view.datasets().stageProperty().get() == OpenDatasetViewModel.Stage.SUMMARY);
        WaitForAsyncUtils.waitForFxEvents();
        String classes = fact(robot, 5);
        robot.clickOn("#datasetTrain");
        String name = folder.toAbsolutePath().normalize().toString();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> name.equals(app.training.datasetProperty().get()));
        robot.interact(() -> {
            app.training.presetProperty().set(null);
            app.training.epochsProperty().set(1);
            app.training.start();
        });
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.training.phaseProperty().get() == TrainingViewModel.Phase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ModelState.TRAINED_UNSAVED, app.explorer.stateProperty().get(), app.explorer.statusProperty().get());
        return classes;
    }

    private static String fact(FxRobot robot, int row) {
        return robot.lookup("#datasetFact" + row).queryAs(Label.class).getText();
    }

    private static String notes(FxRobot robot) {
        StringBuilder sb = new StringBuilder();
        for (var n : robot.lookup("#datasetNotes").queryAs(VBox.class).getChildren()) sb.append(((Label) n).getText()).append('\n');
        return sb.toString();
    }

    /** {@code count} gray pictures of {@code h × w} with random blobs, named from {@code seed}. */
    static void pictures(Path folder, int count, int h, int w, long seed) throws Exception {
        Files.createDirectories(folder);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) image.getRaster().setSample(x, y, 0, random.nextInt(256));
            ImageIO.write(image, "png", folder.resolve("p" + seed + "-" + i + ".png").toFile());
        }
    }
}
