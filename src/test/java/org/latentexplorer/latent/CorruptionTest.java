package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorruptionTest {
    @Test
    void noiseHasTheRequestedSpreadIsClippedAndRepeatsForASeed() {
        float[] grey = new float[10_000];
        java.util.Arrays.fill(grey, 0.5f);
        float[] a = Corruption.noisy(grey, 0.1, 42);
        double sum = 0, sq = 0;
        for (float v : a) {
            sum += v - 0.5;
            sq += (v - 0.5) * (v - 0.5);
        }
        assertEquals(0, sum / a.length, 0.005);
        assertEquals(0.1, Math.sqrt(sq / a.length), 0.005);
        assertArrayEquals(a, Corruption.noisy(grey, 0.1, 42));
        for (float v : Corruption.noisy(grey, 3, 1)) assertTrue(v >= 0 && v <= 1);
        assertArrayEquals(grey, Corruption.noisy(grey, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Corruption.noisy(grey, -1, 1));
    }

    @Test
    void coveringBlanksTheBottomRows() {
        float[] img = new float[4 * 3];
        java.util.Arrays.fill(img, 1f);
        float[] half = Corruption.coveredBottom(img, 4, 3, 0.5);
        assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0}, half);
        assertArrayEquals(img, Corruption.coveredBottom(img, 4, 3, 0));
        float[] all = Corruption.coveredBottom(img, 4, 3, 1);
        for (float v : all) assertEquals(0f, v);
        assertEquals(1, Corruption.coveredRows(28, 0.03));
        assertEquals(14, Corruption.coveredRows(28, 0.5));
    }
}
