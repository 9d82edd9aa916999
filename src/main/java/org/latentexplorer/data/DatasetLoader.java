package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a dataset from a folder of IDX files named like MNIST's ({@code train-images-idx3-ubyte[.gz]},
 * {@code train-labels-idx1-ubyte[.gz]}, {@code test-…}) and an optional {@code classes.txt}.
 */
public final class DatasetLoader {
    private DatasetLoader() {}

    public static ImageDataset load(Path folder) throws IOException {
        return load(folder, ReadOptions.defaults(), LoadProgress.NONE);
    }

    /** As {@link #load(Path)}, refusing image files past the options' memory limit from their headers. */
    public static ImageDataset load(Path folder, ReadOptions options, LoadProgress progress) throws IOException {
        if (!Files.isDirectory(folder)) throw new IOException(folder + ": no such dataset folder");
        int[] train0 = Idx.dims(find(folder, "train-images")), test0 = Idx.dims(find(folder, "test-images"));
        if (train0.length == 3 && test0.length == 3) {
            options.checkFits(folder, (long) train0[0] + test0[0], train0[1], train0[2]);
        }
        progress.advance(0, 2);
        ImageSet train = loadSplit(folder, "train");
        progress.advance(1, 2);
        ImageSet test = loadSplit(folder, "test");
        progress.advance(2, 2);
        if (options.hasSize() && (options.height() != train.height() || options.width() != train.width())) {
            throw new IOException(folder + ": images are " + train.height() + "×" + train.width() + ", not "
                    + options.height() + "×" + options.width() + " (IDX images are not resized)");
        }
        if (train.height() != test.height() || train.width() != test.width()) {
            throw new IOException(folder + ": train images are " + train.height() + "×" + train.width()
                    + " but test images are " + test.height() + "×" + test.width());
        }
        int maxLabel = 0;
        for (int l : train.labels()) maxLabel = Math.max(maxLabel, l);
        for (int l : test.labels()) maxLabel = Math.max(maxLabel, l);
        List<String> classes = ClassNames.read(folder, maxLabel + 1);
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        return new ImageDataset(name, classes, train, test);
    }

    private static ImageSet loadSplit(Path folder, String split) throws IOException {
        Path imagesFile = find(folder, split + "-images");
        Path labelsFile = find(folder, split + "-labels");
        Idx.Tensor images = Idx.read(imagesFile);
        Idx.Tensor labels = Idx.read(labelsFile);
        if (images.dims().length != 3) {
            throw new IdxFormatException(imagesFile, "expected 3 dimensions (count, rows, columns), found " + images.dims().length);
        }
        if (labels.dims().length != 1) {
            throw new IdxFormatException(labelsFile, "expected 1 dimension (count), found " + labels.dims().length);
        }
        if (images.count() != labels.count()) {
            throw new IdxFormatException(labelsFile, labels.count() + " labels for " + images.count() + " images in " + imagesFile.getFileName());
        }
        int[] labelValues = new int[labels.count()];
        for (int i = 0; i < labelValues.length; i++) labelValues[i] = labels.data()[i] & 0xff;
        return new ImageSet(images.data(), labelValues, images.dims()[1], images.dims()[2]);
    }

    private static Path find(Path folder, String prefix) throws IOException {
        List<Path> matches = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*")) {
            files.forEach(matches::add);
        }
        if (matches.isEmpty() && prefix.startsWith("test-")) {
            // The files as downloaded from MNIST's site are named t10k-images-idx3-ubyte and so on.
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "t10k-" + prefix.substring(5) + "*")) {
                files.forEach(matches::add);
            }
        }
        if (matches.isEmpty()) throw new IOException(folder + ": no " + prefix + "* file");
        matches.sort(null);
        return matches.get(0);
    }
}
