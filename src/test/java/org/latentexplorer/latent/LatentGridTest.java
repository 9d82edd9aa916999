package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LatentGridTest {
    @Test
    void boxGridPutsTilesAtCellCentresInReadingOrder() {
        LatentGrid g = LatentGrid.box(4, -2, 2, 0, 8, 2);
        assertArrayEquals(new double[] {-1.5, -0.5, 0.5, 1.5}, g.xs(), 1e-12);
        assertArrayEquals(new double[] {1, 3, 5, 7}, g.ys(), 1e-12);
        assertEquals(16, g.codes().length);
        assertArrayEquals(new float[] {-1.5f, 7}, g.codes()[0], "top-left: smallest x, largest y");
        assertArrayEquals(new float[] {1.5f, 7}, g.codes()[3]);
        assertArrayEquals(new float[] {-1.5f, 1}, g.codes()[12], "bottom-left");
        assertEquals(-2, g.x0());
        assertEquals(8, g.y1());
    }

    @Test
    void largerCodesVaryTheFirstTwoAxesAndHoldTheRestAtZero() {
        LatentGrid g = LatentGrid.box(3, 0, 3, 0, 3, 5);
        for (float[] code : g.codes()) {
            assertEquals(5, code.length);
            assertEquals(0, code[2]);
            assertEquals(0, code[4]);
        }
    }

    @Test
    void quantileGridSplitsThePriorIntoEqualMasses() {
        LatentGrid g = LatentGrid.quantiles(10, 2);
        for (int i = 0; i < 10; i++) {
            assertEquals((i + 0.5) / 10, NormalDistribution.cdf(g.xs()[i]), 1e-6);
        }
        assertEquals(-g.xs()[0], g.xs()[9], 1e-9);
        assertEquals(-1.644853627, g.xs()[0], 1e-6);
        assertArrayEquals(g.xs(), g.ys());
    }

    @Test
    void rejectsEmptyRanges() {
        assertThrows(IllegalArgumentException.class, () -> LatentGrid.box(3, 1, 1, 0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> LatentGrid.box(0, 0, 1, 0, 1, 2));
    }
}
