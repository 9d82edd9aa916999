package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatentAxesTest {
    /** n codes whose coordinate j has spread scales[j] around centre[j]. */
    private static float[][] codes(int n, double[] centre, double[] scales, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] out = new float[n][centre.length];
        for (float[] c : out) for (int j = 0; j < c.length; j++) c[j] = (float) (centre[j] + scales[j] * r.nextGaussian());
        return out;
    }

    @Test
    void smallCodesGetASliderPerCoordinateInUnitsOfItsSpread() {
        float[][] codes = codes(4000, new double[] {1, -2, 0}, new double[] {0.5, 2, 1}, 1);
        LatentAxes axes = LatentAxes.of(codes, 3, false);
        assertEquals(3, axes.count());
        assertFalse(axes.principal());
        assertArrayEquals(new double[] {0, 1, 0}, axes.direction(1), 0);
        assertEquals(2, axes.sigma(1), 0.1);
        assertEquals(0.5, axes.sigma(0), 0.03);
        // The code centre sits at 0 on every slider; one σ further on slider 1 is 1.
        float[] centre = axes.origin();
        assertEquals(0, axes.value(centre, 1), 1e-9);
        float[] up = centre.clone();
        up[1] += (float) axes.sigma(1);
        assertEquals(1, axes.value(up, 1), 1e-5);
    }

    @Test
    void largeCodesGetTheTopPrincipalDirectionsWidestFirst() {
        double[] scales = new double[20];
        for (int j = 0; j < 20; j++) scales[j] = 0.1 + j * 0.2;
        float[][] codes = codes(3000, new double[20], scales, 2);
        LatentAxes axes = LatentAxes.of(codes, 20, false);
        assertTrue(axes.principal());
        assertEquals(LatentAxes.MAX_SHOWN, axes.count());
        for (int i = 1; i < axes.count(); i++) assertTrue(axes.sigma(i) <= axes.sigma(i - 1), "ordered by variance");
        // The widest direction is (almost) the last coordinate, the one with the largest spread.
        assertTrue(Math.abs(axes.direction(0)[19]) > 0.95, "first direction " + java.util.Arrays.toString(axes.direction(0)));
        assertTrue(axes.explained(0) > axes.explained(7));
    }

    @Test
    void aPriorModelsSlidersAreInThePriorsSigmaFromZero() {
        float[][] codes = codes(500, new double[] {3, 3}, new double[] {0.2, 0.2}, 3);
        LatentAxes axes = LatentAxes.of(codes, 2, true);
        assertEquals(1, axes.sigma(0), 0);
        assertArrayEquals(new float[2], axes.origin());
        assertEquals(1.5, axes.value(new float[] {1.5f, 0}, 0), 1e-6);
    }

    @Test
    void aTraverseSpansThreeSigmaEachWayAlongExactlyOneDirection() {
        double[] scales = new double[12];
        java.util.Arrays.fill(scales, 1);
        scales[0] = 3;
        scales[5] = 2;
        float[][] codes = codes(2000, new double[12], scales, 4);
        LatentAxes axes = LatentAxes.of(codes, 12, false);
        float[] start = codes[17];
        int axis = 1;
        float[][] traverse = axes.traverse(start, axis, 3, 7);
        assertEquals(7, traverse.length);
        assertEquals(-3, axes.value(traverse[0], axis), 1e-4);
        assertEquals(3, axes.value(traverse[6], axis), 1e-4);
        double[] u = axes.direction(axis);
        for (float[] code : traverse) {
            // The step from the start lies along u alone: nothing is left once its u part is taken out.
            double along = 0;
            for (int j = 0; j < 12; j++) along += (code[j] - start[j]) * u[j];
            double rest = 0;
            for (int j = 0; j < 12; j++) rest += Math.pow(code[j] - start[j] - along * u[j], 2);
            assertEquals(0, Math.sqrt(rest), 1e-4);
            // ...so every other slider keeps its value.
            for (int i = 0; i < axes.count(); i++) if (i != axis) assertEquals(axes.value(start, i), axes.value(code, i), 1e-4);
        }
        double span = 0;
        for (int j = 0; j < 12; j++) span += Math.pow(traverse[6][j] - traverse[0][j], 2);
        assertEquals(6 * axes.sigma(axis), Math.sqrt(span), 1e-3);
    }

    @Test
    void settingASliderMovesTheCodeToThatValue() {
        float[][] codes = codes(1000, new double[] {0, 0, 0, 0}, new double[] {1, 2, 3, 4}, 5);
        LatentAxes axes = LatentAxes.of(codes, 4, false);
        float[] moved = axes.withValue(codes[3], 2, 1.25);
        assertEquals(1.25, axes.value(moved, 2), 1e-5);
        assertEquals(codes[3][0], moved[0], 0);
    }
}
