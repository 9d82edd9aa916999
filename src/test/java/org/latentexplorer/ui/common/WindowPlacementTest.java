package org.latentexplorer.ui.common;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The window never opens larger than the screen, and remembered bounds are brought back onto it. */
class WindowPlacementTest {
    @Test
    void aSmallScreenGetsAllOfItsVisualBoundsAndNoMore() {
        assertArrayEquals(new double[] {0, 0, 1280, 720}, WindowPlacement.place(new double[] {0, 0, 1280, 720}, null));
        assertArrayEquals(new double[] {0, 30, 1366, 738}, WindowPlacement.place(new double[] {0, 30, 1366, 738}, null));
    }

    @Test
    void aLargeScreenGetsThePreferredSizeCentred() {
        assertArrayEquals(new double[] {260, 100, 1400, 880}, WindowPlacement.place(new double[] {0, 0, 1920, 1080}, null));
    }

    @Test
    void rememberedBoundsLargerThanTheScreenOrOffItAreClampedIntoIt() {
        assertArrayEquals(new double[] {0, 0, 1280, 720},
                WindowPlacement.place(new double[] {0, 0, 1280, 720}, new double[] {-300, 900, 1900, 1000}));
        assertArrayEquals(new double[] {100, 50, 800, 600},
                WindowPlacement.place(new double[] {0, 0, 1920, 1080}, new double[] {100, 50, 800, 600}));
        assertArrayEquals(new double[] {1120, 480, 800, 600},
                WindowPlacement.place(new double[] {0, 0, 1920, 1080}, new double[] {3000, 2000, 800, 600}));
    }
}
