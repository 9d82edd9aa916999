package org.latentexplorer.wall;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewportTest {
    private static final Viewport VIEW = new Viewport(1.5, -2, 40, 800, 600);

    @ParameterizedTest
    @ValueSource(doubles = {2.5, 0.3, 1.1})
    void zoomAtKeepsThePointUnderTheCursorFixed(double factor) {
        double px = 123, py = 456;
        double lx = VIEW.toLatentX(px), ly = VIEW.toLatentY(py);

        Viewport zoomed = VIEW.zoomAt(px, py, factor);

        assertEquals(40 * factor, zoomed.pixelsPerUnit(), 1e-9);
        assertEquals(px, zoomed.toPixelX(lx), 1e-9);
        assertEquals(py, zoomed.toPixelY(ly), 1e-9);
        assertTrue(Math.abs(zoomed.toPixelX(lx + 1) - px - 40 * factor) < 1e-9, "a unit away moves with the zoom");
    }

    @Test
    void toPixelAndToLatentAreInverse() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 1000; i++) {
            double x = random.nextGaussian() * 10, y = random.nextGaussian() * 10;
            assertEquals(x, VIEW.toLatentX(VIEW.toPixelX(x)), 1e-9);
            assertEquals(y, VIEW.toLatentY(VIEW.toPixelY(y)), 1e-9);
        }
    }

    @Test
    void centreMapsToTheMiddleWithYUp() {
        assertEquals(400, VIEW.toPixelX(1.5), 1e-12);
        assertEquals(300, VIEW.toPixelY(-2), 1e-12);
        assertTrue(VIEW.toPixelY(-1) < 300, "larger y is higher on screen");
    }

    @Test
    void fitShowsTheWholeBoxInsideTheMargin() {
        Viewport fit = Viewport.fit(-3, 5, -1, 1, 800, 600, 40);
        assertEquals(40, fit.toPixelX(-3), 1e-9, "the wider extent touches the margin");
        assertEquals(760, fit.toPixelX(5), 1e-9);
        assertTrue(fit.toPixelY(1) >= 40 && fit.toPixelY(-1) <= 560);
        assertEquals(fit.toPixelY(1) - 300, 300 - fit.toPixelY(-1), 1e-9, "centred vertically");
    }

    @Test
    void panByPixelsMovesContentWithTheDrag() {
        Viewport panned = VIEW.panByPixels(30, -20);
        assertEquals(VIEW.toPixelX(0) + 30, panned.toPixelX(0), 1e-9);
        assertEquals(VIEW.toPixelY(0) - 20, panned.toPixelY(0), 1e-9);
    }
}
