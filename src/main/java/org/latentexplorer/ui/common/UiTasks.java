package org.latentexplorer.ui.common;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The one way the UI runs background work: the work already runs elsewhere (the engine thread, a worker),
 * and its result or failure is handed back on the FX thread.
 */
public final class UiTasks {
    private UiTasks() {}

    public static <T> void onFx(CompletableFuture<T> future, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        future.whenComplete((value, error) -> fx(() -> {
            if (error != null) onFailure.accept(unwrap(error));
            else onSuccess.accept(value);
        }));
    }

    /** Work that is not engine work (reading files), on a daemon worker. */
    public static <T> CompletableFuture<T> background(java.util.concurrent.Callable<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(work.call());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "latent-worker");
        t.setDaemon(true);
        t.start();
        return future;
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
