package org.latentexplorer.data;

import java.util.Arrays;

/**
 * Images of one split as unsigned bytes (row-major, {@code count × height × width}) with their labels.
 * Kept as bytes: a quarter of the memory of floats, converted once when handed to the engine.
 */
public record ImageSet(byte[] pixels, int[] labels, int height, int width) {
    public ImageSet {
        if ((long) labels.length * height * width != pixels.length) {
            throw new IllegalArgumentException("pixels hold " + pixels.length + " bytes, expected "
                    + labels.length + "×" + height + "×" + width);
        }
    }

    public int count() {
        return labels.length;
    }

    public int imageSize() {
        return height * width;
    }

    /** The image at {@code index} as values in [0, 1]. */
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
        return new ImageSet(Arrays.copyOf(pixels, n * imageSize()), Arrays.copyOf(labels, n), height, width);
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
        return new ImageSet(keptPixels, keptLabels, height, width);
    }
}
