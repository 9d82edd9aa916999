package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeDistancesTest {
    @Test
    void nearestAndTypicalSpacingOnAGrid() {
        // A 10×10 grid of spacing 0.5: every code's nearest neighbour is 0.5 away.
        float[][] grid = new float[100][];
        for (int i = 0; i < 100; i++) grid[i] = new float[] {(i % 10) * 0.5f, (i / 10) * 0.5f};
        assertEquals(0.5, CodeDistances.nearestNeighbourQuantile(grid, 0.99, 1000), 1e-6);
        assertEquals(0.5, CodeDistances.nearestNeighbourQuantile(grid, 0.5, 7), 1e-6);
        assertEquals(0, CodeDistances.nearest(new float[] {1, 1}, grid), 1e-6);
        assertEquals(Math.hypot(0.25, 0.25), CodeDistances.nearest(new float[] {1.25f, 1.25f}, grid), 1e-6);
        assertEquals(5.5, CodeDistances.nearest(new float[] {10, 4.5f}, grid), 1e-6);
        assertEquals(0, CodeDistances.nearestNeighbourQuantile(new float[1][2], 0.9, 10));
    }
}
