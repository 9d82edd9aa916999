package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PosteriorStatsTest {
    @Test
    void klPerDimensionIsTheClosedFormAveragedOverImages() {
        // Dimension 0: μ = ±1, σ = 1 → KL ½. Dimension 1: μ = 0, σ = 1 → 0 (collapsed). Dimension 2: μ = 0, log σ² = −2.
        float[][] mu = {{1, 0, 0}, {-1, 0, 0}};
        float[][] logVar = {{0, 0, -2}, {0, 0, -2}};
        double[] kl = PosteriorStats.klPerDimension(mu, logVar);
        assertEquals(0.5, kl[0], 1e-9);
        assertEquals(0.0, kl[1], 1e-9);
        assertEquals(0.5 * (Math.exp(-2) - 1 + 2), kl[2], 1e-9);
        assertArrayEquals(new int[] {1}, PosteriorStats.collapsed(kl));
    }

    @Test
    void samplesFollowThePosteriorsMeanAndSpread() {
        float[] mu = {2, -1};
        float[] logVar = {(float) Math.log(0.25), 0};
        float[][] z = PosteriorStats.sample(mu, logVar, 20000, 7);
        double m0 = 0, m1 = 0, v0 = 0;
        for (float[] s : z) { m0 += s[0]; m1 += s[1]; }
        m0 /= z.length; m1 /= z.length;
        for (float[] s : z) v0 += (s[0] - m0) * (s[0] - m0);
        assertEquals(2, m0, 0.02);
        assertEquals(-1, m1, 0.03);
        assertEquals(0.25, v0 / z.length, 0.01);
    }
}
