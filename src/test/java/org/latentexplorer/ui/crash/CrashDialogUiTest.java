package org.latentexplorer.ui.crash;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.latentexplorer.app.Logging;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.LogManager;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An exception nobody catches, on the FX thread or a background thread: a report dialog, a log entry, an app that still works. */
@ExtendWith(ApplicationExtension.class)
class CrashDialogUiTest {
    private Path logs;
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;
    private final AtomicInteger clicks = new AtomicInteger();

    @Start
    void start(Stage stage) throws IOException {
        logs = Files.createTempDirectory("crash-logs");
        Logging.start(logs);
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        previousFx = Thread.currentThread().getUncaughtExceptionHandler();
        Button button = new Button("Still works");
        button.setId("app-button");
        button.setOnAction(e -> clicks.incrementAndGet());
        stage.setScene(new Scene(button, 300, 200));
        stage.show();
        CrashDialog.install(stage);
    }

    @AfterEach
    void restore(FxRobot robot) throws Exception {
        robot.interact(() -> {
            CrashDialog.dismiss();
            Thread.currentThread().setUncaughtExceptionHandler(previousFx);
        });
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        Logging.stop();
        LogManager.getLogManager().readConfiguration(); // back to the test suite's logging set-up
        WaitForAsyncUtils.clearExceptions();
    }

    private DialogPane awaitDialog(FxRobot robot) throws Exception {
        // Showing, not just created: the dialog's window opens a moment after its pane exists.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, (Callable<Boolean>) () -> robot.lookup("#crash-dialog").tryQuery()
                .map(p -> p.getScene() != null && p.getScene().getWindow() != null && p.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#crash-dialog").queryAs(DialogPane.class);
    }

    private String logText() throws IOException {
        Logging.flush();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) all.append(Files.readString(f));
        }
        return all.toString();
    }

    @Test
    void anExceptionOnTheFxThreadShowsWhatHappenedAndTheLogFolderAndTheAppStaysUsable(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("wall exploded on the FX thread");
        });
        DialogPane pane = awaitDialog(robot);
        assertTrue(pane.getHeaderText().contains("Something went wrong"), pane.getHeaderText());
        assertTrue(pane.getContentText().contains("IllegalStateException: wall exploded on the FX thread"), pane.getContentText());
        assertTrue(pane.getContentText().contains(logs.toString()), pane.getContentText());
        String details = ((TextArea) pane.getExpandableContent()).getText();
        assertTrue(details.contains("thread=JavaFX Application Thread"), details);
        assertTrue(details.contains("at org.latentexplorer.ui.crash.CrashDialogUiTest"), details);

        robot.clickOn("#crash-copy");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(details, copied);
        assertTrue(robot.lookup("#crash-dialog").tryQuery().isPresent(), "Copy details leaves the dialog open");

        String log = logText();
        assertTrue(log.contains("SEVERE [JavaFX Application Thread]"), log);
        assertTrue(log.contains("java.lang.IllegalStateException: wall exploded on the FX thread"), log);

        robot.clickOn(robot.lookup(".button").match(b -> b instanceof Button && "Close".equals(((Button) b).getText())).queryButton());
        robot.clickOn("#app-button");
        assertEquals(1, clicks.get(), "the window still answers after the report");
    }

    @Test
    void anExceptionOnABackgroundThreadIsReportedOnTheFxThreadAndLogged(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new ArithmeticException("decoder failed in the background");
        }, "decode-worker-7");
        worker.start();
        worker.join();
        DialogPane pane = awaitDialog(robot);
        assertTrue(pane.getContentText().contains("ArithmeticException: decoder failed in the background"), pane.getContentText());
        assertTrue(((TextArea) pane.getExpandableContent()).getText().contains("thread=decode-worker-7"));
        String log = logText();
        assertTrue(log.contains("SEVERE [decode-worker-7]"), log);
        assertTrue(log.contains("uncaught exception on thread decode-worker-7"), log);
    }

    @Test
    void aSecondErrorWhileTheReportIsOpenIsOnlyLogged(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("first");
        });
        awaitDialog(robot);
        Platform.runLater(() -> {
            throw new IllegalStateException("second");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#crash-dialog").queryAll().size());
        assertTrue(logText().contains("java.lang.IllegalStateException: second"));
    }
}
