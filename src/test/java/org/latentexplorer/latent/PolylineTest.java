package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PolylineTest {
    @Test
    void resamplesEvenlyByArcLength() {
        // An L: 3 along x, then 1 up; total 4, so 5 points fall every 1 unit.
        double[][] l = {{0, 0}, {1, 0}, {3, 0}, {3, 1}};
        assertEquals(4, Polyline.length(l), 1e-12);
        double[][] r = Polyline.resample(l, 5);
        double[][] expected = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {3, 1}};
        for (int k = 0; k < 5; k++) assertArrayEquals(expected[k], r[k], 1e-12);
        double[][] nine = Polyline.resample(l, 9);
        for (int k = 1; k < 9; k++) assertEquals(0.5, Math.hypot(nine[k][0] - nine[k - 1][0], nine[k][1] - nine[k - 1][1]), 1e-12);
    }

    @Test
    void degenerateInput() {
        double[][] r = Polyline.resample(new double[][] {{2, 3}, {2, 3}}, 3);
        for (double[] p : r) assertArrayEquals(new double[] {2, 3}, p);
        assertThrows(IllegalArgumentException.class, () -> Polyline.resample(new double[0][], 3));
        assertThrows(IllegalArgumentException.class, () -> Polyline.resample(new double[][] {{0, 0}}, 1));
    }
}
