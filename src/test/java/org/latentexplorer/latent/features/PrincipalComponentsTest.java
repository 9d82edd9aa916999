package org.latentexplorer.latent.features;

import org.junit.jupiter.api.Test;
import org.latentexplorer.latent.Statistics;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrincipalComponentsTest {
    @Test
    void theTopDirectionsAreThoseOfTheFullEigenDecomposition() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 2000, d = 16;
        float[][] rows = new float[n][d];
        for (float[] r : rows) {
            // Spreads falling from 4 to 0.25, mixed by a fixed rotation-like coupling of neighbours; zeros kept (sparse path).
            for (int j = 0; j < d; j++) r[j] = (float) (Synthetic.gaussian(random) * 4 / (1 + j * 0.6));
            for (int j = 1; j < d; j++) r[j] += 0.5f * r[j - 1];
            if (random.nextInt(4) == 0) r[d - 1] = 0;
        }
        PrincipalComponents pca = PrincipalComponents.fit(rows, 3, 1);
        Statistics.Eigen exact = Statistics.symmetricEigen(Statistics.covariance(rows, d));
        for (int c = 0; c < 3; c++) {
            double dot = 0;
            double[] u = pca.direction(c);
            for (int j = 0; j < d; j++) dot += u[j] * exact.vectors()[c][j];
            assertTrue(Math.abs(dot) > 0.999, "direction " + c + " is off by |cos| " + Math.abs(dot));
            assertEquals(exact.values()[c], pca.variances()[c], 1e-3 * exact.values()[c]);
        }
    }

    @Test
    void projectionsAreCentredAndUncorrelated() {
        Synthetic data = Synthetic.clusters(1500, 12, 4, 3, 5);
        float[][] z = PrincipalComponents.fit(data.rows, 2, 2).project(data.rows);
        double m0 = 0, m1 = 0, cross = 0;
        for (float[] r : z) {
            m0 += r[0];
            m1 += r[1];
            cross += r[0] * r[1];
        }
        assertEquals(0, m0 / z.length, 1e-4);
        assertEquals(0, m1 / z.length, 1e-4);
        assertEquals(0, cross / z.length, 1e-3);
    }
}
