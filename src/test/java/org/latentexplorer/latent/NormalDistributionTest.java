package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NormalDistributionTest {
    @Test
    void inverseCdfMatchesKnownQuantiles() {
        assertEquals(0, NormalDistribution.inverseCdf(0.5), 1e-12);
        assertEquals(1.959963984540054, NormalDistribution.inverseCdf(0.975), 1e-8);
        assertEquals(-1.644853626951472, NormalDistribution.inverseCdf(0.05), 1e-8);
        assertEquals(-3.090232306167813, NormalDistribution.inverseCdf(0.001), 1e-8);
        assertEquals(4.264890793922602, NormalDistribution.inverseCdf(0.99999), 1e-7);
        assertEquals(Double.NEGATIVE_INFINITY, NormalDistribution.inverseCdf(0));
        assertThrows(IllegalArgumentException.class, () -> NormalDistribution.inverseCdf(1.5));
    }

    @Test
    void cdfInvertsTheQuantile() {
        for (double p = 0.001; p < 1; p += 0.0371) {
            assertEquals(p, NormalDistribution.cdf(NormalDistribution.inverseCdf(p)), 2e-7, "p=" + p);
        }
        assertEquals(0.841344746, NormalDistribution.cdf(1), 1e-7);
    }

    @Test
    void chiSquareQuantilesMatchTables() {
        assertEquals(3.841458820694124, NormalDistribution.chiSquareQuantile(0.95, 1), 1e-8);
        assertEquals(5.991464547107979, NormalDistribution.chiSquareQuantile(0.95, 2), 1e-8);
        assertEquals(7.814727903251178, NormalDistribution.chiSquareQuantile(0.95, 3), 1e-8);
        assertEquals(18.30703805327515, NormalDistribution.chiSquareQuantile(0.95, 10), 1e-7);
        // In 2-d the χ² CDF is 1 − e^(−x/2): the 95% radius is √(−2 ln 0.05).
        assertEquals(Math.sqrt(-2 * Math.log(0.05)), NormalDistribution.priorRadius(0.95, 2), 1e-9);
    }

    @Test
    void ballVolumesAreTheFamiliarOnes() {
        assertEquals(2.0, NormalDistribution.ballVolume(1, 1), 1e-12);
        assertEquals(Math.PI * 4, NormalDistribution.ballVolume(2, 2), 1e-10);
        assertEquals(4.0 / 3 * Math.PI, NormalDistribution.ballVolume(1, 3), 1e-10);
        assertTrue(NormalDistribution.ballVolume(1, 20) < 0.03);
    }
}
