package org.latentexplorer.data;

import java.util.Arrays;

/**
 * Images of one split as unsigned bytes with their labels: {@code count × channels × height × width}, channel
 * first (all red values of an image, then all green, then all blue), as the networks take them. Kept as bytes:
 * a quarter of the memory of floats, converted once when handed to the engine.
 *
 * @param channels 1 (gray) or 3 (RGB)
 */
public record ImageSet(byte[] pixels, int[] labels, int channels, int height, int width) {
    public ImageSet {
        if (channels != 1 && channels != 3) throw new IllegalArgumentException("images have 1 or 3 channels, not " + channels);
        if ((long) labels.length * channels * height * width != pixels.length) {
            throw new IllegalArgumentException("pixels hold " + pixels.length + " bytes, expected "
                    + labels.length + "×" + channels + "×" + height + "×" + width);
        }
    }

    /** Gray images: one channel. */
    public ImageSet(byte[] pixels, int[] labels, int height, int width) {
        this(pixels, labels, 1, height, width);
    }

    public int count() {
        return labels.length;
    }

    /** Values per image, channels × height × width: what a network's input layer sees. */
    public int imageSize() {
        return channels * height * width;
    }

    /** The image at {@code index} as {@link #imageSize()} values in [0, 1], channel first. */
    public float[] image(int index) {
        int size = imageSize();
        float[] out = new float[size];
        int offset = index * size;
        for (int i = 0; i < size; i++) out[i] = (pixels[offset + i] & 0xff) / 255f;
        return out;
    }

    /** The first {@code n} images (or all, if fewer). */
    public ImageSet head(int n) {
        if (n >= count()) return this;
        return new ImageSet(Arrays.copyOf(pixels, n * imageSize()), Arrays.copyOf(labels, n), channels, height, width);
    }

    /** The images whose label is not {@code label}, in their order. */
    public ImageSet withoutLabel(int label) {
        int size = imageSize(), kept = 0;
        for (int l : labels) if (l != label) kept++;
        if (kept == count()) return this;
        byte[] keptPixels = new byte[kept * size];
        int[] keptLabels = new int[kept];
        for (int i = 0, k = 0; i < count(); i++) {
            if (labels[i] == label) continue;
            System.arraycopy(pixels, i * size, keptPixels, k * size, size);
            keptLabels[k++] = labels[i];
        }
        return new ImageSet(keptPixels, keptLabels, channels, height, width);
    }
}
