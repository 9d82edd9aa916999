package org.latentexplorer.engine;

import java.nio.file.Path;

/**
 * A model whose image size or channel count is not its dataset's (a bundle made for other data). Carries the
 * values, not a sentence: the app words it in the user's language, the CLI in English.
 */
public final class DatasetMismatchException extends IllegalArgumentException {
    private final transient Path file;
    private final int modelHeight, modelWidth, dataHeight, dataWidth, modelChannels, dataChannels;
    private final String dataset;

    /** Gray model, gray data: only the sizes differ. */
    public DatasetMismatchException(Path file, int modelHeight, int modelWidth, String dataset, int dataHeight, int dataWidth) {
        this(file, 1, modelHeight, modelWidth, dataset, 1, dataHeight, dataWidth);
    }

    public DatasetMismatchException(Path file, int modelChannels, int modelHeight, int modelWidth, String dataset,
                                    int dataChannels, int dataHeight, int dataWidth) {
        super(file + " expects " + modelHeight + "×" + modelWidth + " images with " + modelChannels + " channel(s) but dataset "
                + dataset + " has " + dataHeight + "×" + dataWidth + " with " + dataChannels);
        this.file = file;
        this.modelChannels = modelChannels;
        this.dataChannels = dataChannels;
        this.modelHeight = modelHeight;
        this.modelWidth = modelWidth;
        this.dataset = dataset;
        this.dataHeight = dataHeight;
        this.dataWidth = dataWidth;
    }

    public Path file() { return file; }
    public int modelHeight() { return modelHeight; }
    public int modelWidth() { return modelWidth; }
    public String dataset() { return dataset; }
    public int dataHeight() { return dataHeight; }
    public int dataWidth() { return dataWidth; }
    public int modelChannels() { return modelChannels; }
    public int dataChannels() { return dataChannels; }

    /** Whether a model of {@code channels × height × width} images takes {@code data}'s images. */
    public static boolean fits(int channels, int height, int width, org.latentexplorer.data.ImageDataset data) {
        return channels == data.channels() && height == data.height() && width == data.width();
    }
}
