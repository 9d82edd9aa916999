package org.latentexplorer.wall;

import java.awt.image.BufferedImage;

/**
 * Any picture made into a model input the way MNIST's digits were made: greyscale, white ink on black, the
 * ink scaled to fit a 20×20 box (for 28×28; the same proportion otherwise) keeping its aspect ratio, and
 * placed so its centre of mass is at the image centre.
 */
public final class InputImages {
    /** Pixels at or below this count as background when finding the ink's bounding box. */
    static final float INK = 0.1f;

    private InputImages() {}

    /**
     * A picture (any size, colour or grey, dark ink on light paper or the other way round) as a
     * {@code height × width} input: luminance in [0, 1], inverted when the border is light, then {@link #centred}.
     * Transparent pixels count as background.
     */
    public static float[] fromImage(BufferedImage image, int height, int width) {
        int w = image.getWidth(), h = image.getHeight();
        if (w < 1 || h < 1) throw new IllegalArgumentException("the image is empty");
        float[] grey = new float[w * h];
        boolean[] transparent = new boolean[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int a = (p >>> 24) & 0xff, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
                transparent[y * w + x] = image.getColorModel().hasAlpha() && a < 128;
                grey[y * w + x] = (float) ((0.299 * r + 0.587 * g + 0.114 * b) / 255.0);
            }
        }
        // Light paper (the border's mean is light) means dark ink: invert so ink is bright as in MNIST.
        double border = 0;
        int n = 0;
        for (int x = 0; x < w; x++) {
            border += grey[x] + grey[(h - 1) * w + x];
            n += 2;
        }
        for (int y = 0; y < h; y++) {
            border += grey[y * w] + grey[y * w + w - 1];
            n += 2;
        }
        boolean invert = border / n > 0.5;
        for (int i = 0; i < grey.length; i++) {
            float v = invert ? 1 - grey[i] : grey[i];
            grey[i] = transparent[i] ? 0f : v;
        }
        return centred(grey, h, w, height, width);
    }

    /**
     * A gray input as {@code channels} equal planes, for a colour model: a drawing or picture has no colour of
     * its own, and gray is what R = G = B means to the model.
     */
    public static float[] replicated(float[] gray, int channels) {
        if (channels == 1) return gray;
        float[] out = new float[gray.length * channels];
        for (int c = 0; c < channels; c++) System.arraycopy(gray, 0, out, c * gray.length, gray.length);
        return out;
    }

    /** {@link #centred(float[], int, int, int, int)} into an image of the same size. */
    public static float[] centred(float[] pixels, int height, int width) {
        return centred(pixels, height, width, height, width);
    }

    /**
     * The ink of a {@code srcHeight × srcWidth} image (values in [0, 1], ink bright), cropped to its bounding
     * box, scaled so its longer side is 20/28 of the output's, and placed in a {@code height × width} image
     * with its centre of mass at the centre. A blank image stays blank.
     */
    public static float[] centred(float[] pixels, int srcHeight, int srcWidth, int height, int width) {
        if (pixels.length != srcHeight * srcWidth) {
            throw new IllegalArgumentException("expected " + srcHeight * srcWidth + " pixels, got " + pixels.length);
        }
        int left = srcWidth, right = -1, top = srcHeight, bottom = -1;
        for (int y = 0; y < srcHeight; y++) {
            for (int x = 0; x < srcWidth; x++) {
                if (pixels[y * srcWidth + x] > INK) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        float[] out = new float[height * width];
        if (right < 0) return out;
        double boxW = right - left + 1, boxH = bottom - top + 1;
        double fit = 20.0 / 28.0 * Math.min(height, width);
        double scale = fit / Math.max(boxW, boxH);
        int pw = Math.max(1, (int) Math.round(boxW * scale)), ph = Math.max(1, (int) Math.round(boxH * scale));
        float[] patch = resample(pixels, srcWidth, left, top, boxW, boxH, pw, ph);
        double mass = 0, mx = 0, my = 0;
        for (int y = 0; y < ph; y++) {
            for (int x = 0; x < pw; x++) {
                double v = patch[y * pw + x];
                mass += v;
                mx += v * (x + 0.5);
                my += v * (y + 0.5);
            }
        }
        double cx = mass > 0 ? mx / mass : pw / 2.0, cy = mass > 0 ? my / mass : ph / 2.0;
        int ox = (int) Math.round(width / 2.0 - cx), oy = (int) Math.round(height / 2.0 - cy);
        for (int y = 0; y < ph; y++) {
            int ty = y + oy;
            if (ty < 0 || ty >= height) continue;
            for (int x = 0; x < pw; x++) {
                int tx = x + ox;
                if (tx < 0 || tx >= width) continue;
                out[ty * width + tx] = Math.max(0f, Math.min(1f, patch[y * pw + x]));
            }
        }
        return out;
    }

    /** The box [left, left + boxW) × [top, top + boxH) of the source resampled to pw × ph (4×4 bilinear samples per pixel). */
    private static float[] resample(float[] src, int srcWidth, int left, int top, double boxW, double boxH, int pw, int ph) {
        int srcHeight = src.length / srcWidth;
        float[] out = new float[pw * ph];
        int k = 4;
        for (int y = 0; y < ph; y++) {
            for (int x = 0; x < pw; x++) {
                double sum = 0;
                for (int sy = 0; sy < k; sy++) {
                    for (int sx = 0; sx < k; sx++) {
                        double u = left + (x + (sx + 0.5) / k) * boxW / pw - 0.5;
                        double v = top + (y + (sy + 0.5) / k) * boxH / ph - 0.5;
                        sum += bilinear(src, srcWidth, srcHeight, u, v);
                    }
                }
                out[y * pw + x] = (float) (sum / (k * k));
            }
        }
        return out;
    }

    private static double bilinear(float[] src, int w, int h, double u, double v) {
        int x0 = (int) Math.floor(u), y0 = (int) Math.floor(v);
        double fx = u - x0, fy = v - y0;
        return (1 - fy) * ((1 - fx) * at(src, w, h, x0, y0) + fx * at(src, w, h, x0 + 1, y0))
                + fy * ((1 - fx) * at(src, w, h, x0, y0 + 1) + fx * at(src, w, h, x0 + 1, y0 + 1));
    }

    private static double at(float[] src, int w, int h, int x, int y) {
        return src[Math.max(0, Math.min(h - 1, y)) * w + Math.max(0, Math.min(w - 1, x))];
    }
}
