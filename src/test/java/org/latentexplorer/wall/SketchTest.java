package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SketchTest {
    @Test
    void aHorizontalStrokeInksItsRowsWithASoftRim() {
        Sketch s = new Sketch(28, 28, 1.5);
        assertTrue(s.isEmpty());
        s.stroke(5, 14, 20, 14); // along the line between rows 13 and 14
        float[] p = s.pixels();
        assertEquals(1f, p[13 * 28 + 10], 1e-6); // centre 0.5 px from the line: fully inked
        assertEquals(1f, p[14 * 28 + 10], 1e-6);
        assertEquals(0.5f, p[12 * 28 + 10], 1e-6); // 1.5 px away: r + ½ − d = ½
        assertEquals(0f, p[11 * 28 + 10], 1e-6); // 2.5 px away
        assertEquals(0f, p[13 * 28 + 25], 1e-6); // beyond the end
        assertTrue(!s.isEmpty());
        s.clear();
        assertTrue(s.isEmpty());
    }

    @Test
    void inkNeverDarkensAndStaysInside() {
        Sketch s = new Sketch(10, 10, 2);
        s.dot(0, 0);
        s.dot(0.5, 0.5);
        float[] p = s.pixels();
        assertEquals(1f, p[0], 1e-6);
        s.stroke(-5, -5, 20, 20); // runs off the canvas
        for (float v : s.pixels()) assertTrue(v >= 0 && v <= 1);
        assertEquals(1f, s.pixels()[9 * 10 + 9], 1e-6);
    }
}
