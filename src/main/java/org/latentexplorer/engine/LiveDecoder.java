package org.latentexplorer.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Decodes the latest requested code while the pointer moves: at most one decode is in flight, and a request
 * made meanwhile replaces any older pending one (latest wins), so drags never build a queue.
 */
public final class LiveDecoder {
    private record Request(ModelHandle handle, float[] code) {}

    private final ModelEngine service;
    private final BiConsumer<float[], float[]> onDecoded;
    private final Consumer<Throwable> onError;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean inFlight = new AtomicBoolean();

    /**
     * @param onDecoded called with (code, pixels) on the engine's completion thread; hand off to the UI there
     * @param onError   called when a decode fails
     */
    public LiveDecoder(ModelEngine service, BiConsumer<float[], float[]> onDecoded, Consumer<Throwable> onError) {
        this.service = service;
        this.onDecoded = onDecoded;
        this.onError = onError;
    }

    public void request(ModelHandle handle, float[] code) {
        pending.set(new Request(handle, code.clone()));
        pump();
    }

    private void pump() {
        if (!inFlight.compareAndSet(false, true)) return;
        Request next = pending.getAndSet(null);
        if (next == null) {
            inFlight.set(false);
            // A request may have arrived between the read and the reset.
            if (pending.get() != null) pump();
            return;
        }
        service.decode(next.handle(), next.code()).whenComplete((pixels, error) -> {
            try {
                if (error != null) onError.accept(error);
                else onDecoded.accept(next.code(), pixels);
            } finally {
                inFlight.set(false);
                pump();
            }
        });
    }
}
