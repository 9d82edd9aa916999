package org.latentexplorer.ui.lifecycle;

import javafx.application.Platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** View models live on the FX thread: these run test code there and wait for what it started to settle. */
final class Fx {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Fx() {}

    static void start() {
        if (STARTED.getAndSet(true)) return;
        Platform.setImplicitExit(false);
        try {
            CompletableFuture<Void> ready = new CompletableFuture<>();
            Platform.startup(() -> ready.complete(null));
            ready.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // TestFX started the toolkit in this JVM already.
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T call(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits until {@code settled} holds on the FX thread twice in a row (work started by work settles too). */
    static boolean await(BooleanSupplier settled, long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        int streak = 0;
        while (System.nanoTime() < end) {
            if (call(settled::getAsBoolean)) {
                if (++streak >= 3) return true;
            } else {
                streak = 0;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
