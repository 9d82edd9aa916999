package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorecard on synthetic codes whose answers are known. */
class DefectsScorecardTest {
    private static float[][] gaussian(int n, int d, long seed, double[] shift, double[] scale) {
        SplittableRandom r = new SplittableRandom(seed);
        float[][] codes = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double g = Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
                codes[i][j] = (float) (shift[j] + scale[j] * g);
            }
        }
        return codes;
    }

    private static float[][] uniformSquare(int n, long seed, double holeRadius) {
        SplittableRandom r = new SplittableRandom(seed);
        List<float[]> codes = new ArrayList<>();
        // Corners pin the bounding box to [−1, 1]² whatever is dropped.
        codes.add(new float[] {-1, -1});
        codes.add(new float[] {1, 1});
        while (codes.size() < n) {
            float x = (float) (r.nextDouble() * 2 - 1), y = (float) (r.nextDouble() * 2 - 1);
            if (x * x + y * y < holeRadius * holeRadius) continue;
            codes.add(new float[] {x, y});
        }
        return codes.toArray(float[][]::new);
    }

    @Test
    void centredIsotropicGaussianIsCentredAndRound() {
        DefectsScorecard.Shape s = DefectsScorecard.shape(gaussian(4000, 2, 1, new double[] {0, 0}, new double[] {1, 1}));
        assertTrue(s.offCentre() < 0.08, "off-centre " + s.offCentre());
        assertEquals(1, s.asymmetry(), 0.1);
        assertEquals(1, s.spread(), 0.05);
    }

    @Test
    void shiftedStretchedSetScoresItsShiftAndStretch() {
        // Mean (3, 4): ‖μ‖ = 5; spread √((4² + 1²)/2) = √8.5; principal std 4 and 1.
        DefectsScorecard.Shape s = DefectsScorecard.shape(gaussian(4000, 2, 2, new double[] {3, 4}, new double[] {4, 1}));
        assertEquals(5 / Math.sqrt(8.5), s.offCentre(), 0.08);
        assertEquals(4, s.asymmetry(), 0.25);
        assertEquals(4, s.principalStd()[0], 0.15);
        assertEquals(1, s.principalStd()[1], 0.05);
        assertArrayEquals(new double[] {3, 4}, s.mean(), 0.15);
    }

    @Test
    void shapeWorksInMoreDimensionsAndFlagsAFlatCloud() {
        DefectsScorecard.Shape round = DefectsScorecard.shape(gaussian(3000, 5, 3, new double[5], new double[] {1, 1, 1, 1, 1}));
        assertEquals(5, round.principalStd().length);
        assertTrue(round.asymmetry() < 1.2, "asymmetry " + round.asymmetry());
        float[][] flat = {{0, 1}, {1, 1}, {2, 1}, {3, 1}};
        assertEquals(Double.POSITIVE_INFINITY, DefectsScorecard.shape(flat).asymmetry());
    }

    @Test
    void aHoleInTheCodesScoresALargerGapFraction() {
        float[][] full = uniformSquare(3000, 4, 0);
        float[][] holed = uniformSquare(3000, 4, 0.5);
        LatentRegion boxFull = LatentRegion.boundingBox(full), boxHoled = LatentRegion.boundingBox(holed);
        assertArrayEquals(boxFull.lo(), boxHoled.lo(), 1e-6);
        DefectsScorecard.Gaps even = DefectsScorecard.gaps(full, boxFull, 40, 1.5);
        DefectsScorecard.Gaps hole = DefectsScorecard.gaps(holed, boxHoled, 40, 1.5);
        // Evenly spread codes leave almost nothing uncovered (e^(−π·1.5²) ≈ 0.1% expected).
        assertTrue(even.fraction() < 0.01, "uniform codes: " + even.fraction());
        // The hole covers π·0.5²/4 ≈ 20% of the box; its rim within the threshold is still covered.
        assertTrue(hole.fraction() > 0.12 && hole.fraction() < 0.2, "holed codes: " + hole.fraction());
        assertEquals(1600, hole.samples());
        assertEquals(1.5 * Math.sqrt(4.0 / 3000), hole.threshold(), 1e-9);
    }

    @Test
    void gapsInThePriorBallCountOnlyCellsInsideTheBall() {
        float[][] codes = gaussian(2000, 2, 5, new double[2], new double[] {1, 1});
        LatentRegion ball = LatentRegion.priorBall(2, 0.95);
        DefectsScorecard.Gaps g = DefectsScorecard.gaps(codes, ball, 40, 1.5);
        // Cells inside a circle: about π/4 of the 1,600.
        assertEquals(1600 * Math.PI / 4, g.samples(), 40);
        // Well matched codes only leave the sparse rim uncovered (a few percent).
        assertTrue(g.fraction() < 0.12, "gaussian in its own prior ball: " + g.fraction());
        // Codes squeezed into a corner leave most of the ball empty.
        float[][] squeezed = gaussian(2000, 2, 5, new double[] {1, 1}, new double[] {0.2, 0.2});
        assertTrue(DefectsScorecard.gaps(squeezed, ball, 40, 1.5).fraction() > 0.8);
    }

    @Test
    void highDimensionalRegionsAreSampledAtRandom() {
        float[][] codes = gaussian(1000, 6, 6, new double[6], new double[] {1, 1, 1, 1, 1, 1});
        DefectsScorecard.Gaps g = DefectsScorecard.gaps(codes, LatentRegion.priorBall(6, 0.95), 10, 1.5);
        assertEquals("random 20000", g.sampling());
        assertTrue(g.fraction() >= 0 && g.fraction() <= 1);
        DefectsScorecard.Gaps g3 = DefectsScorecard.gaps(gaussian(500, 3, 7, new double[3], new double[] {1, 1, 1}),
                LatentRegion.priorBall(3, 0.95), 20, 1.5);
        assertEquals("grid 20^3", g3.sampling());
    }

    @Test
    void smoothDecoderScoresLowerDiscontinuityThanAJumpyOne() {
        LatentRegion ball = LatentRegion.priorBall(2, 0.95);
        // Smooth: every pixel a gentle sigmoid of a linear function of z.
        BatchDecoder smooth = codes -> {
            float[][] out = new float[codes.length][64];
            for (int i = 0; i < codes.length; i++) {
                for (int p = 0; p < 64; p++) {
                    double w = Math.cos(p), v = Math.sin(p);
                    out[i][p] = (float) (1 / (1 + Math.exp(-(w * codes[i][0] + v * codes[i][1]))));
                }
            }
            return out;
        };
        // Jumpy: the image flips between two patterns on a checkerboard of cells 0.5 wide.
        BatchDecoder jumpy = codes -> {
            float[][] out = new float[codes.length][64];
            for (int i = 0; i < codes.length; i++) {
                int parity = (int) (Math.floor(codes[i][0] / 0.5) + Math.floor(codes[i][1] / 0.5)) & 1;
                for (int p = 0; p < 64; p++) out[i][p] = (p + parity) % 2;
            }
            return out;
        };
        DefectsScorecard.Discontinuity s = DefectsScorecard.discontinuity(ball, 40, smooth);
        DefectsScorecard.Discontinuity j = DefectsScorecard.discontinuity(ball, 40, jumpy);
        assertTrue(s.mean() < 0.05 && s.p95() < 0.05, "smooth: " + s);
        // Cells 0.5 wide at a step of ~0.12: roughly one neighbour pair in four crosses a boundary (change 1).
        assertTrue(j.mean() > 0.15 && j.mean() < 0.4, "jumpy mean: " + j.mean());
        assertEquals(1.0, j.p95(), 1e-9);
        assertTrue(j.mean() > 5 * s.mean());
        assertEquals(s.pairs(), j.pairs());
        assertEquals(2 * ball.radius() / 40, s.step()[0], 1e-9);
    }

    @Test
    void discontinuityDecodesOnePlaneInOneBatch() {
        LatentRegion box = LatentRegion.box(new double[] {0, 0, 5}, new double[] {1, 2, 7});
        int[] calls = {0};
        DefectsScorecard.Discontinuity c = DefectsScorecard.discontinuity(box, 10, codes -> {
            calls[0]++;
            for (float[] code : codes) assertEquals(6f, code[2], 1e-6, "other axes at the region's centre");
            float[][] out = new float[codes.length][4];
            for (int i = 0; i < codes.length; i++) java.util.Arrays.fill(out[i], codes[i][0]);
            return out;
        });
        assertEquals(1, calls[0]);
        assertEquals(100, c.decoded());
        assertEquals(2 * 10 * 9, c.pairs());
        // Horizontal pairs change by one x step (0.1), vertical pairs by 0.
        assertEquals(0.05, c.mean(), 1e-6);
        assertEquals(0.1, c.max(), 1e-6);
    }

    @Test
    void oneDimensionalCodesUseALineOfGridPoints() {
        LatentRegion line = LatentRegion.priorBall(1, 0.95);
        assertEquals(1.959964, line.radius(), 1e-5);
        DefectsScorecard.Discontinuity c = DefectsScorecard.discontinuity(line, 8, codes -> {
            float[][] out = new float[codes.length][2];
            for (int i = 0; i < codes.length; i++) java.util.Arrays.fill(out[i], codes[i][0] > 0 ? 1 : 0);
            return out;
        });
        assertEquals(8, c.decoded());
        assertEquals(7, c.pairs());
        assertEquals(1.0 / 7, c.mean(), 1e-9, "one jump, at 0");
        assertEquals(1.0, c.max());
    }

    @Test
    void scoreCombinesAllThreeAndChecksDimensions() {
        float[][] codes = gaussian(500, 2, 8, new double[2], new double[] {1, 1});
        DefectsScorecard.Result r = DefectsScorecard.score(codes, LatentRegion.priorBall(2, 0.95), 20,
                c -> new float[c.length][1]);
        assertEquals(500, r.count());
        assertEquals(0, r.discontinuity().mean());
        assertThrows(IllegalArgumentException.class,
                () -> DefectsScorecard.score(codes, LatentRegion.priorBall(3, 0.95), 20, c -> new float[c.length][1]));
        assertThrows(IllegalArgumentException.class, () -> DefectsScorecard.shape(new float[][] {{1, 2}}));
    }

    @Test
    void percentileIsNearestRank() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(10, DefectsScorecard.percentile(v, 0.95));
        assertEquals(5, DefectsScorecard.percentile(v, 0.5));
        assertEquals(1, DefectsScorecard.percentile(v, 0));
    }
}
