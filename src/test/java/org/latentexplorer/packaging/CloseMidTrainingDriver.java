package org.latentexplorer.packaging;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.latentexplorer.ui.LatentExplorerApp;
import org.latentexplorer.ui.common.Messages;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Plays a teacher in the real app, in its own process: start a long training from the Train panel, close the
 * window after the first epoch, answer Discard. {@link CloseMidTrainingIT} times how long the process lives on.
 */
public final class CloseMidTrainingDriver {
    private CloseMidTrainingDriver() {}

    public static void main(String[] args) throws Exception {
        // What Launcher.main does before the app: the jar's MXNet natives for this platform, the thread settings.
        org.latentexplorer.app.Logging.start();
        org.latentexplorer.engine.ThreadSettings.apply();
        org.latentexplorer.engine.MxnetNatives.prepare();
        Thread app = new Thread(() -> Application.launch(LatentExplorerApp.class), "app");
        app.start();
        Stage stage = await(() -> Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()
                && w.getScene() != null && w.getScene().lookup("#lossChart") != null).map(w -> (Stage) w).findFirst().orElse(null));
        await(() -> onFx(() -> stage.getScene().lookup("#galleryWall") != null
                && ((Button) stage.getScene().lookup("#startTraining")).isDisabled() == false ? Boolean.TRUE : null));
        onFx(() -> {
            @SuppressWarnings("unchecked") Spinner<Integer> epochs = (Spinner<Integer>) stage.getScene().lookup("#epochsSpinner");
            epochs.getValueFactory().setValue(500);
            ((Button) stage.getScene().lookup("#startTraining")).fire();
            return true;
        });
        await(() -> onFx(() -> {
            LineChart<?, ?> chart = (LineChart<?, ?>) stage.getScene().lookup("#lossChart");
            return !chart.getData().isEmpty() && !chart.getData().get(0).getData().isEmpty() ? Boolean.TRUE : null;
        }));
        System.out.println("CLOSING");
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Button discard = await(() -> onFx(() -> Window.getWindows().stream()
                .map(w -> w.getScene() == null ? null : w.getScene().lookup("#unsavedModelDialog"))
                .filter(n -> n instanceof DialogPane).map(n -> (DialogPane) n)
                .flatMap(d -> d.getButtonTypes().stream().map(d::lookupButton))
                .filter(b -> b instanceof Button bt && bt.getText().equals(Messages.get("unsaved.discard")))
                .map(b -> (Button) b).findFirst().orElse(null)));
        System.out.println("DISCARD " + System.nanoTime());
        System.out.flush();
        Platform.runLater(discard::fire);
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.complete(null);
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    private static <T> T await(Supplier<T> probe) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end) {
            T value;
            try {
                value = probe.get();
            } catch (IllegalStateException notYet) {
                value = null;
            }
            if (value != null) return value;
            Thread.sleep(50);
        }
        System.out.println("TIMEOUT");
        System.exit(3);
        return null;
    }
}
