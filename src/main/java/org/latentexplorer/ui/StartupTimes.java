package org.latentexplorer.ui;

import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.lang.management.ManagementFactory;

/**
 * Logs when the main window first shows, in ms since JVM start: with GalleryWall's "first wall frame" line,
 * the two start-up figures scripts/cold-start.sh collects for docs/performance.md.
 */
public final class StartupTimes {
    private StartupTimes() {}

    public static void logWhenShown(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.getLogger(StartupTimes.class.getName()).log(System.Logger.Level.INFO, "window shown {0} ms after JVM start", ms);
            }
        });
    }
}
