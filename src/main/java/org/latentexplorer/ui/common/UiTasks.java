package org.latentexplorer.ui.common;

import javafx.application.Platform;
import org.latentexplorer.engine.TaskRunner;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The one way the UI runs background work: engine work runs on the engine thread, other work on the app's one
 * {@link TaskRunner}, and the result or failure is handed back on the FX thread.
 */
public final class UiTasks {
    private static TaskRunner runner;

    private UiTasks() {}

    public static <T> void onFx(CompletableFuture<T> future, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        future.whenComplete((value, error) -> fx(() -> {
            if (error != null) onFailure.accept(unwrap(error));
            else onSuccess.accept(value);
        }));
    }

    /** Work that is not engine work (reading files, t-SNE), on the app's task runner. */
    public static <T> CompletableFuture<T> background(java.util.concurrent.Callable<T> work) {
        return runner().submit(work);
    }

    /** The app's task runner; made anew if the previous one was shut down (a window reopened in tests). */
    public static synchronized TaskRunner runner() {
        if (runner == null || runner.isShutdown()) runner = new TaskRunner("latent-worker");
        return runner;
    }

    public static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    }

    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) t = t.getCause();
        return t;
    }

    public static String message(Throwable e) {
        Throwable t = unwrap(e);
        String keyed = ErrorMessages.of(t);
        if (keyed != null) return keyed;
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
