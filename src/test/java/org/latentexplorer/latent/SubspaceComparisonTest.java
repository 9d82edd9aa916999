package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubspaceComparisonTest {
    @Test
    void principalSubspaceOfDataOnAPlaneIsThatPlane() {
        // Points in 6-d spread mostly along e0 and e3, with a little noise elsewhere.
        SplittableRandom r = new SplittableRandom(3);
        float[][] data = new float[500][6];
        for (float[] row : data) {
            for (int c = 0; c < 6; c++) row[c] = (float) (0.01 * r.nextGaussian());
            row[0] += (float) (3 * r.nextGaussian());
            row[3] += (float) (2 * r.nextGaussian());
        }
        double[][] q = SubspaceComparison.principalSubspace(data, 2, 50, 1);
        double[][] truth = new double[6][2];
        truth[0][0] = 1;
        truth[3][1] = 1;
        double[] angles = SubspaceComparison.principalAnglesDegrees(q, truth);
        assertTrue(angles[1] < 1, "angles " + angles[0] + ", " + angles[1]);
        assertTrue(SubspaceComparison.projectionError(data, q) < 0.001);
    }

    @Test
    void anglesBetweenKnownPlanes() {
        double t = Math.toRadians(30);
        double[][] a = {{1, 0}, {0, 1}, {0, 0}};
        double[][] b = {{1, 0}, {0, Math.cos(t)}, {0, Math.sin(t)}};
        double[] angles = SubspaceComparison.principalAnglesDegrees(a, b);
        assertEquals(0, angles[0], 1e-6);
        assertEquals(30, angles[1], 1e-6);
    }
}
