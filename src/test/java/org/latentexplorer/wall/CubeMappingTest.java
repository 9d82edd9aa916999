package org.latentexplorer.wall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CubeMappingTest {

    @Test
    void codesMapIntoTheCubeAndBack() {
        float[][] codes = {{2, 3, 4}, {6, 5, 8}, {4, 4, 6}};
        CubeMapping map = CubeMapping.of(codes);
        for (float[] c : codes) {
            double[] s = map.toScene(new double[] {c[0], c[1], c[2]});
            for (double v : s) assertTrue(Math.abs(v) <= CubeMapping.HALF + 1e-9, "inside the cube: " + v);
            assertArrayEquals(new double[] {c[0], c[1], c[2]}, map.toCode(s[0], s[1], s[2]), 1e-9);
        }
    }

    @Test
    void theBoxHoldsTheOriginSoAnOffCentreMapStaysOffCentre() {
        CubeMapping map = CubeMapping.of(new float[][] {{5, 5, 5}, {7, 6, 9}});
        for (int k = 0; k < 3; k++) assertEquals(0, map.boxLo(k), "axis " + k + " starts at the origin");
        double[] origin = map.toScene(new double[3]);
        assertEquals(CubeMapping.HALF, origin[2], 1e-6, "the longest axis, z2 (flipped on screen), spans the cube");
        assertTrue(origin[0] > -CubeMapping.HALF && origin[0] < 0, "a shorter axis sits inside it");
    }

    @Test
    void oneScaleForAllAxesKeepsDistancesTrue() {
        CubeMapping map = CubeMapping.of(new float[][] {{-1, -10, 0}, {1, 10, 0.5f}});
        double[] a = map.toScene(new double[] {0, 0, 0}), b = map.toScene(new double[] {1, 1, 1});
        assertEquals(map.scale(), b[0] - a[0], 1e-9);
        assertEquals(-map.scale(), b[1] - a[1], 1e-9, "z1 points up on screen, so scene y falls");
        assertEquals(-map.scale(), b[2] - a[2], 1e-9);
    }

    @Test
    void boundsReachTenPercentPastTheDataAndIgnoreNonFiniteRows() {
        CubeMapping map = CubeMapping.of(new float[][] {{0, 0, 0}, {10, 20, 30}, {Float.NaN, 99, 99}});
        assertArrayEquals(new double[] {-1, -2, -3}, map.boundsMin(), 1e-9);
        assertArrayEquals(new double[] {11, 22, 33}, map.boundsMax(), 1e-9);
    }

    @Test
    void noFiniteDataGivesTheUnitCubeAndShortRowsAreRefused() {
        CubeMapping map = CubeMapping.of(new float[][] {{Float.NaN, 0, 0}});
        assertEquals(-1, map.dataLo(0));
        assertEquals(1, map.dataHi(2));
        assertThrows(IllegalArgumentException.class, () -> CubeMapping.of(new float[][] {{1, 2}}));
    }

    @Test
    void pointsShrinkAsTheyGrowInNumberWithinLimits() {
        assertTrue(CubeMapping.pointRadius(10) > CubeMapping.pointRadius(10_000));
        assertEquals(0.03 * CubeMapping.HALF, CubeMapping.pointRadius(1), 1e-9);
        assertEquals(0.009 * CubeMapping.HALF, CubeMapping.pointRadius(10_000_000), 1e-9);
    }
}
