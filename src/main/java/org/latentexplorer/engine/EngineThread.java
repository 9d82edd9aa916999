package org.latentexplorer.engine;

import ai.djl.ndarray.NDManager;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one thread that talks to MXNet (its state is thread-local). Short jobs go into a queue that the thread
 * drains whenever it is free, and that a long job (training) drains between batches, so a decode asked for
 * during training is answered within one batch instead of after the whole run.
 */
public final class EngineThread implements AutoCloseable {
    /** Work that runs on the engine thread with access to its NDManager. */
    @FunctionalInterface
    public interface Job<T> {
        T run(NDManager manager) throws Exception;
    }

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "latent-engine");
        t.setDaemon(true);
        return t;
    });
    private final Queue<Runnable> shortJobs = new ConcurrentLinkedQueue<>();
    private volatile Thread thread;
    private NDManager manager;

    public EngineThread() {
        CompletableFuture.runAsync(() -> {
            thread = Thread.currentThread();
            System.setProperty("ai.djl.offline", "true");
            ThreadSettings.apply();
            manager = NDManager.newBaseManager();
        }, executor).join();
    }

    public <T> CompletableFuture<T> submit(Job<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        shortJobs.add(() -> runInto(job, result));
        execute(this::drainShortJobs, result);
        return result;
    }

    /** A job that may take long; it should call {@link #drainShortJobs()} now and then. */
    public <T> CompletableFuture<T> submitLong(Job<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(() -> runInto(job, result), result);
        return result;
    }

    /** Work arriving after {@link #close} (a late UI callback) fails its future instead of throwing at the caller. */
    private void execute(Runnable work, CompletableFuture<?> result) {
        try {
            executor.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("the engine has been shut down", e));
        }
    }

    /** Runs the queued short jobs; only on the engine thread. */
    public void drainShortJobs() {
        checkThread();
        for (Runnable r; (r = shortJobs.poll()) != null; ) r.run();
    }

    /** The root manager; only on the engine thread. */
    public NDManager manager() {
        checkThread();
        return manager;
    }

    public boolean onEngineThread() {
        return Thread.currentThread() == thread;
    }

    private void checkThread() {
        if (!onEngineThread()) throw new IllegalStateException("engine work must run on the engine thread");
    }

    private <T> void runInto(Job<T> job, CompletableFuture<T> result) {
        if (result.isDone()) return;
        try {
            result.complete(job.run(manager));
        } catch (Throwable t) {
            result.completeExceptionally(t);
        }
    }

    /**
     * Frees the native memory once the running job has ended. A job that does not end within {@link #CLOSE_WAIT_SECONDS}
     * (a training that missed its cancel) is left to die with the process: the thread is a daemon, and exiting
     * promptly matters more than tidy native memory at exit.
     */
    @Override
    public void close() {
        try {
            CompletableFuture.runAsync(() -> manager.close(), executor).get(CLOSE_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.RejectedExecutionException e) {
            System.getLogger(EngineThread.class.getName()).log(System.Logger.Level.WARNING, "engine did not stop cleanly: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            executor.shutdownNow();
        }
    }

    private static final int CLOSE_WAIT_SECONDS = 2;
}
