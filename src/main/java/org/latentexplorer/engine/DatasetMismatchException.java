package org.latentexplorer.engine;

import java.nio.file.Path;

/**
 * A model whose image size is not its dataset's (a bundle made for other data). Carries the values, not a
 * sentence: the app words it in the user's language, the CLI in English.
 */
public final class DatasetMismatchException extends IllegalArgumentException {
    private final transient Path file;
    private final int modelHeight, modelWidth, dataHeight, dataWidth;
    private final String dataset;

    public DatasetMismatchException(Path file, int modelHeight, int modelWidth, String dataset, int dataHeight, int dataWidth) {
        super(file + " expects " + modelHeight + "×" + modelWidth + " images but dataset " + dataset + " has "
                + dataHeight + "×" + dataWidth);
        this.file = file;
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
}
