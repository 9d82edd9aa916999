package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class PointColoursTest {
    @Test
    void oneExtremeValueDoesNotStretchTheRange() {
        float[] errors = new float[101];
        for (int i = 0; i < 100; i++) errors[i] = i / 100f;
        errors[100] = 1000f;
        double[] range = PointColours.range(errors);
        assertEquals(0.02, range[0], 1e-6);
        assertEquals(0.98, range[1], 1e-6, "the 98th percentile, not the outlier");
    }

    @Test
    void lowValuesGetTheRampsStartAndHighOrMissingValuesItsEnd() {
        int[] rgb = PointColours.colours(new float[] {0, 0.5f, 1, 5, Float.NaN}, new double[] {0, 1});
        assertEquals(PointColours.ramp(0), rgb[0]);
        assertEquals(PointColours.ramp(0.5), rgb[1]);
        assertEquals(PointColours.ramp(1), rgb[2]);
        assertEquals(PointColours.ramp(1), rgb[3], "past the range: clamped");
        assertEquals(PointColours.ramp(1), rgb[4]);
        assertNotEquals(rgb[0], rgb[2]);
    }

    @Test
    void theRampRunsFromDarkBlueToYellowThroughItsStops() {
        assertEquals(0x440154, PointColours.ramp(0));
        assertEquals(0xFDE725, PointColours.ramp(1));
        assertEquals(0x21918C, PointColours.ramp(0.5));
        int mid = PointColours.ramp(0.125); // halfway between the first two stops
        assertArrayEquals(new int[] {0x40, 0x2A, 0x70}, new int[] {mid >> 16, (mid >> 8) & 0xFF, mid & 0xFF});
    }

    @Test
    void equalValuesAllGetTheMiddleColour() {
        int[] rgb = PointColours.colours(new float[] {0.3f, 0.3f}, PointColours.range(new float[] {0.3f, 0.3f}));
        assertEquals(PointColours.ramp(0.5), rgb[0]);
        assertEquals(rgb[0], rgb[1]);
    }
}
