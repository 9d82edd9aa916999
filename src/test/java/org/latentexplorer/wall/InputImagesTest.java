package org.latentexplorer.wall;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pictures become MNIST-like inputs: ink bright, fitted to 20×20, centred by mass. */
class InputImagesTest {
    private static double[] centreOfMass(float[] p, int h, int w) {
        double m = 0, x = 0, y = 0;
        for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) {
            m += p[r * w + c];
            x += p[r * w + c] * (c + 0.5);
            y += p[r * w + c] * (r + 0.5);
        }
        return new double[] {x / m, y / m, m};
    }

    private static int[] inkBox(float[] p, int h, int w) {
        int l = w, r = -1, t = h, b = -1;
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) if (p[y * w + x] > 0.1f) {
            l = Math.min(l, x); r = Math.max(r, x); t = Math.min(t, y); b = Math.max(b, y);
        }
        return new int[] {l, r, t, b};
    }

    @Test
    void aSmallOffCentreBlobIsEnlargedAndCentred() {
        float[] p = new float[28 * 28];
        for (int y = 2; y < 8; y++) for (int x = 3; x < 6; x++) p[y * 28 + x] = 1; // 3 wide, 6 tall, top left
        float[] out = InputImages.centred(p, 28, 28);
        double[] com = centreOfMass(out, 28, 28);
        assertEquals(14, com[0], 0.6);
        assertEquals(14, com[1], 0.6);
        int[] box = inkBox(out, 28, 28);
        assertEquals(20, box[3] - box[2] + 1, 1); // the longer side is 20 pixels
        assertEquals(10, box[1] - box[0] + 1, 1); // aspect ratio kept
    }

    @Test
    void blankStaysBlank() {
        float[] out = InputImages.centred(new float[28 * 28], 28, 28);
        for (float v : out) assertEquals(0f, v);
    }

    @Test
    void aDarkDigitOnWhitePaperIsInvertedAndScaledDown() {
        BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 200);
        g.setColor(Color.BLACK);
        g.fillRect(200, 20, 30, 160); // a thick "1" on the right
        g.dispose();
        float[] out = InputImages.fromImage(image, 28, 28);
        double[] com = centreOfMass(out, 28, 28);
        assertEquals(14, com[0], 0.6);
        assertEquals(14, com[1], 0.6);
        assertEquals(0f, out[0], 1e-6); // the paper became black background
        assertTrue(out[14 * 28 + 14] > 0.9f, "the ink became bright");
        int[] box = inkBox(out, 28, 28);
        assertEquals(20, box[3] - box[2] + 1, 1);
    }
}
