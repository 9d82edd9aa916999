package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HistogramTest {
    @Test
    void binsCoverMinToMaxWithTheMaximumInTheLastBin() {
        float[] v = {0, 0.1f, 0.25f, 0.5f, 0.99f, 1f, Float.NaN};
        Histogram h = Histogram.of(v, 4);
        assertEquals(0, h.lo(), 0);
        assertEquals(1, h.hi(), 0);
        assertArrayEquals(new int[] {2, 1, 1, 2}, h.counts());
        assertEquals(6, h.total());
        assertEquals(2, h.maxCount());
        assertEquals(0.25, h.binWidth(), 1e-12);
        assertEquals(0.5, h.binStart(2), 1e-12);
    }

    @Test
    void valuesOutsideAnExplicitRangeGoToTheEndBins() {
        Histogram h = Histogram.of(new float[] {-5, 0.5f, 7}, 2, 0, 1);
        assertArrayEquals(new int[] {1, 2}, h.counts());
    }

    @Test
    void allEqualValuesFillOneBin() {
        Histogram h = Histogram.of(new float[] {2, 2, 2}, 5);
        assertEquals(3, h.count(0));
    }

    @Test
    void indicesAboveAreStrictAndAscending() {
        float[] v = {0.3f, 0.1f, 0.5f, 0.3f, 0.9f};
        assertArrayEquals(new int[] {2, 4}, Histogram.indicesAbove(v, 0.3f));
        assertArrayEquals(new int[] {0, 2, 3, 4}, Histogram.indicesAbove(v, 0.2));
        assertEquals(0, Histogram.indicesAbove(v, 1).length);
    }

    @Test
    void quantilesInterpolate() {
        float[] v = {4, 1, 3, 2, 5, Float.NaN};
        assertEquals(1, Histogram.quantile(v, 0), 1e-9);
        assertEquals(5, Histogram.quantile(v, 1), 1e-9);
        assertEquals(3, Histogram.quantile(v, 0.5), 1e-9);
        assertEquals(4.6, Histogram.quantile(v, 0.9), 1e-6);
        // The 95th percentile leaves about 5% above it.
        float[] many = new float[1000];
        for (int i = 0; i < many.length; i++) many[i] = i;
        assertEquals(50, Histogram.indicesAbove(many, Histogram.quantile(many, 0.95)).length, 1);
    }
}
