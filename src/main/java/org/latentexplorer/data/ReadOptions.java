package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Choices a reader needs beyond the file itself.
 *
 * @param height       image height to resize to, or 0 for the reader's default (image folders: the most common
 *                     size; other formats must match it when given)
 * @param width        image width, or 0 (together with height)
 * @param testFraction share of each class put in the test split when the data has no test split of its own
 * @param seed         seed of that split
 * @param maxPixels    memory limit: the most values (images × channels × height × width, one byte each) one load may hold
 */
public record ReadOptions(int height, int width, double testFraction, long seed, long maxPixels) {
    /**
     * 250 million pixels: 250 MB here and 1 GB as the engine's floats, about 320,000 MNIST-sized images. A load
     * past it (or past a quarter of the Java heap, if smaller) is refused before its pixels are allocated.
     */
    public static final long DEFAULT_MAX_PIXELS = 250_000_000L;
    public static final double DEFAULT_TEST_FRACTION = 0.2;

    public ReadOptions {
        if (height < 0 || width < 0 || (height == 0) != (width == 0)) {
            throw new IllegalArgumentException("image size must be two positive numbers, was " + height + "×" + width);
        }
        if (!(testFraction > 0 && testFraction < 1)) throw new IllegalArgumentException("test fraction must be in (0, 1), was " + testFraction);
        if (maxPixels < 1) throw new IllegalArgumentException("memory limit must be positive, was " + maxPixels);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(0, 0, DEFAULT_TEST_FRACTION, 0, DEFAULT_MAX_PIXELS);
    }

    public ReadOptions withSize(int h, int w) {
        return new ReadOptions(h, w, testFraction, seed, maxPixels);
    }

    public ReadOptions withMaxPixels(long limit) {
        return new ReadOptions(height, width, testFraction, seed, limit);
    }

    public ReadOptions withSplit(double fraction, long splitSeed) {
        return new ReadOptions(height, width, fraction, splitSeed, maxPixels);
    }

    public boolean hasSize() {
        return height > 0;
    }

    /** The limit in force: {@link #maxPixels}, or a quarter of the Java heap if that is smaller. */
    public long effectiveMaxPixels() {
        return Math.min(Math.min(maxPixels, Runtime.getRuntime().maxMemory() / 4), Integer.MAX_VALUE - 16);
    }

    /** Refuses, before allocating, a load of {@code count} gray images of {@code height × width} past the limit. */
    public void checkFits(Path file, long count, long height, long width) throws IOException {
        checkFits(file, count, 1, height, width);
    }

    /** Refuses a load of {@code count} images of {@code channels × height × width} values past the limit. */
    public void checkFits(Path file, long count, long channels, long height, long width) throws IOException {
        long perImage = channels * height * width;
        long pixels = count * perImage;
        long limit = effectiveMaxPixels();
        if (count < 0 || channels < 1 || height < 0 || width < 0 || pixels / Math.max(1, perImage) != count || pixels > limit) {
            // A colour pixel is three values: the colour message counts values and names the channels.
            throw new BadFileException(file, channels > 1 ? "dataset.tooLargeColour" : "dataset.tooLarge", count, height, width,
                    pixels, limit, maxPixels, Runtime.getRuntime().maxMemory() >> 20, channels);
        }
    }
}
