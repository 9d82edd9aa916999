package org.latentexplorer.data;

import java.util.concurrent.CancellationException;

/**
 * How a dataset reader reports progress and learns that the user gave up. Readers call {@link #advance} every
 * few hundred items; it throws {@link CancellationException} once {@link #cancelled} says so, so a cancelled
 * load stops within one step and frees what it had read. Called on the loading thread, not the FX thread.
 */
public interface LoadProgress {
    LoadProgress NONE = (done, total) -> {};

    /** {@code done} of {@code total} steps (images, rows) are read; {@code total} is -1 while unknown. */
    void update(long done, long total);

    default boolean cancelled() {
        return false;
    }

    /** Reports progress, then stops the load if it was cancelled. */
    default void advance(long done, long total) {
        update(done, total);
        if (cancelled()) throw new CancellationException("loading the dataset was cancelled");
    }
}
