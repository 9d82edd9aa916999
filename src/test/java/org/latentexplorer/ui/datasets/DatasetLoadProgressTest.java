package org.latentexplorer.ui.datasets;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetLoadProgressTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final DatasetLoadProgress progress = new DatasetLoadProgress(now::get);

    @Test
    void theShareIsUnknownUntilTheReaderKnowsItsTotal() {
        progress.update(500, -1);
        assertEquals(-1, progress.fraction());
        assertEquals(-1, progress.secondsLeft());
        progress.update(250, 1000);
        assertEquals(0.25, progress.fraction(), 1e-9);
    }

    @Test
    void theTimeLeftFollowsThePaceSoFarOnceHalfASecondHasGone() {
        progress.update(100, 1000);
        now.addAndGet(400_000_000L);
        assertEquals(-1, progress.secondsLeft(), "too early to tell");
        now.addAndGet(1_600_000_000L); // 2 s for the first 100 of 1000
        assertEquals(18, progress.secondsLeft(), 1e-9);
        progress.update(1000, 1000);
        assertEquals(0, progress.secondsLeft(), 1e-9);
    }

    @Test
    void cancellingStopsTheReaderAtItsNextStep() {
        progress.advance(1, 10);
        assertFalse(progress.cancelled());
        progress.cancel();
        assertThrows(CancellationException.class, () -> progress.advance(2, 10));
        assertEquals(2, progress.done(), "the step is reported before the reader stops");
    }

    @Test
    void anInterruptedReadingThreadCountsAsCancelled() throws Exception {
        boolean[] seen = new boolean[1];
        Thread t = new Thread(() -> {
            Thread.currentThread().interrupt();
            seen[0] = progress.cancelled();
        });
        t.start();
        t.join();
        assertTrue(seen[0]);
        assertFalse(progress.cancelled(), "only the interrupted thread's reads stop");
    }
}
