package org.latentexplorer.engine;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one pool for work that is not engine work (reading files, t-SNE, measuring a scorecard): named daemon
 * threads, a bounded number of them, and shut down with the app. Cancelling a returned future interrupts the
 * task, so a stale result stops costing CPU.
 */
public final class TaskRunner implements AutoCloseable {
    /** Two workers: enough to read a dataset while t-SNE runs, few enough to leave the engine its cores. */
    private static final int WORKERS = 2;

    private final ExecutorService executor;
    private final AtomicInteger started = new AtomicInteger();

    public TaskRunner(String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        executor = Executors.newFixedThreadPool(WORKERS, threads);
    }

    /** Runs {@code work} on a worker; cancelling the future interrupts it. */
    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            Future<?> running = executor.submit(() -> {
                if (result.isDone()) return;
                started.incrementAndGet();
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
            result.whenComplete((v, e) -> {
                if (result.isCancelled()) running.cancel(true);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the task runner has been shut down", e));
        }
        return result;
    }

    /** Tasks that have started so far (tests check that a cancelled task never ran). */
    public int startedCount() {
        return started.get();
    }

    public boolean isShutdown() {
        return executor.isShutdown();
    }

    /** Interrupts running tasks and waits briefly for them: the app must exit promptly. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
