package org.latentexplorer.ui.datasets;

import org.latentexplorer.data.LoadProgress;

import java.util.function.LongSupplier;

/**
 * A reader's progress as the loading panel shows it: steps done of the total (images, rows), and cancelled when
 * the user pressed Cancel or the reading thread was interrupted (cancelling the task's future does that).
 * Written by the reading thread, read by the FX thread.
 */
final class DatasetLoadProgress implements LoadProgress {
    private final LongSupplier clock;
    private final long startNanos;
    private volatile long done;
    private volatile long total = -1;
    private volatile boolean cancelled;

    DatasetLoadProgress(LongSupplier clock) {
        this.clock = clock;
        this.startNanos = clock.getAsLong();
    }

    @Override
    public void update(long stepsDone, long stepsTotal) {
        done = stepsDone;
        total = stepsTotal;
    }

    @Override
    public boolean cancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    void cancel() {
        cancelled = true;
    }

    long done() {
        return done;
    }

    long total() {
        return total;
    }

    /** Share done, or -1 while the total is unknown (a progress bar then shows that it is busy). */
    double fraction() {
        long t = total, d = done;
        return t > 0 ? Math.min(1, (double) d / t) : -1;
    }

    /**
     * Seconds still to go at the pace so far, or -1 when it cannot be told yet: no total, nothing done, or less
     * than half a second gone (the first steps' pace says little).
     */
    double secondsLeft() {
        long t = total, d = done;
        double elapsed = (clock.getAsLong() - startNanos) / 1e9;
        if (t <= 0 || d <= 0 || elapsed < 0.5) return -1;
        return elapsed * (t - d) / d;
    }
}
