package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Today's format: a folder of MNIST-style IDX files ({@code train-images-idx3-ubyte[.gz]} and so on). */
final class IdxFolderReader implements DatasetReader {
    @Override
    public String format() {
        return "idx";
    }

    @Override
    public boolean accepts(Path path) throws IOException {
        if (!Files.isDirectory(path)) return false;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(path, "train-images*")) {
            return files.iterator().hasNext();
        }
    }

    @Override
    public ImageDataset read(Path path, ReadOptions options, LoadProgress progress) throws IOException {
        return DatasetLoader.load(path, options, progress);
    }
}
