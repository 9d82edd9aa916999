package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The gap map marks exactly the sample points the scorecard counts as gaps. */
class GapMapTest {
    private static float[][] codes(int n, long seed, double holeRadius, double scale) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] out = new float[n][];
        for (int i = 0; i < n; ) {
            double x = (r.nextDouble() * 2 - 1) * scale, y = (r.nextDouble() * 2 - 1) * scale;
            if (x * x + y * y < holeRadius * holeRadius) continue;
            out[i++] = new float[] {(float) x, (float) y};
        }
        return out;
    }

    @Test
    void fractionEqualsTheScorecardsOnABoxAndOnThePriorBall() {
        for (long seed = 1; seed <= 3; seed++) {
            float[][] c = codes(800, seed, 0.6, 2.2);
            for (LatentRegion region : new LatentRegion[] {LatentRegion.boundingBox(c), LatentRegion.priorBall(2, 0.95)}) {
                DefectsScorecard.Gaps gaps = DefectsScorecard.gaps(c, region, 40, 1.5);
                GapMap map = GapMap.of(c, region, 40, gaps.threshold());
                assertEquals(gaps.fraction(), map.fraction(), 0, region.describe());
                assertEquals(gaps.samples(), map.inside(), region.describe());
            }
        }
    }

    @Test
    void aHoleInTheMiddleIsAGapAndTheCornersOfTheBallAreOutside() {
        float[][] c = codes(3000, 7, 1.0, 2.5);
        LatentRegion ball = LatentRegion.priorBall(2, 0.95);
        GapMap map = GapMap.of(c, ball, 20, 0.3);
        assertEquals(GapMap.GAP, map.cell(10, 10)); // centre (0.12, 0.12) is inside the hole
        assertEquals(GapMap.OUTSIDE, map.cell(0, 0));
        assertEquals(GapMap.COVERED, map.cell(3, 10)); // (−1.71, 0.12): among the codes
        int[] argb = map.argb(2, 1, 0);
        // Top row of the picture is the highest z1: row 19 of the map.
        assertEquals(map.cell(10, 19), argb[10]);
        assertEquals(map.cell(10, 0), argb[19 * 20 + 10]);
    }

    @Test
    void onlyTwoDimensions() {
        assertThrows(IllegalArgumentException.class, () -> GapMap.of(new float[][] {{0, 0, 0}}, LatentRegion.priorBall(3, 0.95), 10, 0.1));
    }
}
