package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterpolationTest {
    @Test
    void linearPathIncludesBothEndsAtEvenSteps() {
        float[][] p = Interpolation.linear(new float[] {0, 10}, new float[] {4, -10}, 5);
        assertEquals(5, p.length);
        assertArrayEquals(new float[] {0, 10}, p[0]);
        assertArrayEquals(new float[] {2, 0}, p[2]);
        assertArrayEquals(new float[] {4, -10}, p[4]);
    }

    @Test
    void slerpBetweenEqualNormsStaysOnTheSphere() {
        float[] a = {3, 0, 0}, b = {0, 0, 3};
        float[][] p = Interpolation.slerp(a, b, 7);
        for (float[] c : p) assertEquals(3, Interpolation.norm(c), 1e-5);
        assertArrayEquals(a, p[0]);
        assertArrayEquals(b, p[6]);
        // The midpoint is the bisector, not the chord's middle (norm 3/√2).
        assertArrayEquals(new float[] {(float) (3 / Math.sqrt(2)), 0, (float) (3 / Math.sqrt(2))}, p[3], 1e-5f);
        float[][] line = Interpolation.linear(a, b, 7);
        assertTrue(Interpolation.norm(line[3]) < 2.2);
    }

    @Test
    void slerpFallsBackToLinearForParallelOrZeroEnds() {
        assertArrayEquals(Interpolation.linear(new float[] {1, 1}, new float[] {2, 2}, 4),
                Interpolation.slerp(new float[] {1, 1}, new float[] {2, 2}, 4));
        assertArrayEquals(Interpolation.linear(new float[] {0, 0}, new float[] {2, 1}, 3),
                Interpolation.slerp(new float[] {0, 0}, new float[] {2, 1}, 3));
    }

    @Test
    void crossFadeMixesPixels() {
        float[][] f = Interpolation.crossFade(new float[] {0, 1}, new float[] {1, 1}, 3);
        assertArrayEquals(new float[] {0.5f, 1}, f[1]);
    }

    @Test
    void rejectsMismatchedEndsAndTooFewSteps() {
        assertThrows(IllegalArgumentException.class, () -> Interpolation.linear(new float[2], new float[3], 4));
        assertThrows(IllegalArgumentException.class, () -> Interpolation.slerp(new float[2], new float[2], 1));
    }
}
