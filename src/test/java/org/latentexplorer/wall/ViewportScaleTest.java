package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A HiDPI wall is the same view in device pixels: every latent point lands at scale × its point position. */
class ViewportScaleTest {
    @Test
    void aScaledViewportPutsEveryPointAtScaleTimesItsPosition() {
        Viewport vp = Viewport.fitInside(-3, 5, -2, 4, 800, 600, 50, 120, 24, 24);
        Viewport hi = vp.scaledBy(2);
        for (double[] p : new double[][] {{-3, -2}, {0, 0}, {5, 4}, {1.5, -0.7}}) {
            assertEquals(2 * vp.toPixelX(p[0]), hi.toPixelX(p[0]), 1e-9);
            assertEquals(2 * vp.toPixelY(p[1]), hi.toPixelY(p[1]), 1e-9);
        }
        assertEquals(1600, hi.width());
        assertEquals(2 * WallTheme.DEFAULT.pointRadius(), WallTheme.DEFAULT.scaledBy(2).pointRadius());
    }

    @Test
    void aFittedViewKeepsTheDataClearOfTheInsets() {
        Viewport vp = Viewport.fitInside(-3, 5, -2, 4, 800, 600, 50, 120, 24, 24);
        assertEquals(true, vp.toPixelX(-3) >= 24 - 1e-9 && vp.toPixelX(5) <= 800 - 120 + 1e-9);
        assertEquals(true, vp.toPixelY(4) >= 50 - 1e-9 && vp.toPixelY(-2) <= 600 - 24 + 1e-9);
    }
}
