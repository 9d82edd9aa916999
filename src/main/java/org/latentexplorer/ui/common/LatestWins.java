package org.latentexplorer.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Results that can go stale: each request takes a new {@link Ticket}, which makes every earlier one stale, and
 * a stale ticket's results are dropped. Futures are not cancelled: they may be shared (a cached dataset).
 * Use from the FX thread.
 */
public final class LatestWins {
    private long generation;

    /** One request; {@link #isCurrent()} until a newer request or {@link #invalidate()}. */
    public final class Ticket {
        private final long id;

        private Ticket(long id) {
            this.id = id;
        }

        public boolean isCurrent() {
            return id == generation;
        }

        /** Runs {@code action} on the FX thread if this ticket is still current then. */
        public void fx(Runnable action) {
            UiTasks.fx(() -> {
                if (isCurrent()) action.run();
            });
        }

        /** Hands the outcome to the FX thread if this ticket is still current when it arrives. */
        public <T> void onFx(CompletableFuture<T> future, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            UiTasks.onFx(future, value -> {
                if (isCurrent()) onSuccess.accept(value);
            }, error -> {
                if (isCurrent()) onFailure.accept(error);
            });
        }
    }

    /** A new request: earlier tickets become stale. */
    public Ticket next() {
        invalidate();
        return new Ticket(generation);
    }

    /** Makes every ticket stale (the model changed, the tool closed). */
    public void invalidate() {
        generation++;
    }
}
