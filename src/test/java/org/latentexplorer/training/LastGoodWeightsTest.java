package org.latentexplorer.training;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LastGoodWeightsTest {
    @Test
    void aLossAboveAThousandTimesTheFirstBatchStopsTheRunEvenWhenFinite() {
        LastGoodWeights guard = new LastGoodWeights(List.of(), 0);
        assertDoesNotThrow(() -> guard.check(1, 1, 100));
        assertDoesNotThrow(() -> guard.check(1, 2, 100 * LastGoodWeights.EXPLOSION_FACTOR));
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> guard.check(1, 3, 100_001));
        assertEquals(TrainingDivergedException.Reason.EXPLODED, e.reason());
        assertEquals(3, e.batch());
    }

    @Test
    void aNonFiniteLossStopsTheRunFromTheFirstBatch() {
        LastGoodWeights guard = new LastGoodWeights(List.of(), 0);
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> guard.check(1, 1, Double.POSITIVE_INFINITY));
        assertEquals(TrainingDivergedException.Reason.NON_FINITE, e.reason());
    }

    @Test
    void aNonFiniteTestLossAtTheEndOfAnEpochStopsTheRun() {
        LastGoodWeights guard = new LastGoodWeights(List.of(), 0);
        assertDoesNotThrow(() -> guard.check(1, 1, 10));
        assertThrows(TrainingDivergedException.class, () -> guard.epochFinished(1, 9, Double.NaN));
        assertDoesNotThrow(() -> guard.epochFinished(1, 9, null), "no test split: nothing to check");
    }
}
