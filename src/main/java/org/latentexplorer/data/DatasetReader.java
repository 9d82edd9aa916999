package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One dataset format. {@link DatasetReaders} asks each reader in turn whether it {@link #accepts} a path, so a
 * new format is one class added to its list.
 */
public interface DatasetReader {
    /** A short id stored in model bundles: {@code idx}, {@code image-folder}, {@code csv}, {@code npz}, {@code npy}. */
    String format();

    /** Whether {@code path} looks like this format (by extension, folder layout or the first bytes); cheap. */
    boolean accepts(Path path) throws IOException;

    /**
     * Reads the whole dataset. Messages of failures name the file and the problem; a load past
     * {@link ReadOptions#checkFits the memory limit} is refused before allocating it.
     *
     * @throws java.util.concurrent.CancellationException when {@code progress} is cancelled
     */
    ImageDataset read(Path path, ReadOptions options, LoadProgress progress) throws IOException;
}
