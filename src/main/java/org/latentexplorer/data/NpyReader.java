package org.latentexplorer.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Pairs of {@code .npy} files: images {@code x_train.npy} with labels {@code y_train.npy} ("x" → "y", or
 * "images" → "labels" in the name), and the test pair with "train" → "test" if it exists. The path is the
 * images file or a folder holding {@code x_train.npy}. Without a labels file the data is unlabeled.
 */
final class NpyReader implements DatasetReader {
    @Override
    public String format() {
        return "npy";
    }

    @Override
    public boolean accepts(Path path) {
        if (Files.isDirectory(path)) return Files.isRegularFile(path.resolve("x_train.npy"));
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npy");
    }

    @Override
    public ImageDataset read(Path path, ReadOptions options, LoadProgress progress) throws IOException {
        Path images = Files.isDirectory(path) ? path.resolve("x_train.npy") : path;
        Path folder = images.toAbsolutePath().getParent();
        String x = strip(images.getFileName().toString());
        String y = partner(x);
        String xTest = swap(x, "train", "test");
        NpyArrays.Arrays arrays = new NpyArrays.Arrays() {
            @Override
            public Npy.Opener find(String name) {
                Path file = folder.resolve(name + ".npy");
                return Files.isRegularFile(file) ? () -> new BufferedInputStream(Files.newInputStream(file), 1 << 16) : null;
            }

            @Override
            public String describe(String name) {
                return folder.resolve(name + ".npy").toString();
            }
        };
        ImageDataset data = NpyArrays.dataset(images, arrays, x, y, xTest, xTest == null ? null : partner(xTest), options, progress);
        return Files.isDirectory(path)
                ? new ImageDataset(path.toAbsolutePath().normalize().getFileName().toString(), data.classNames(), data.train(), data.test(), data.notes(), null)
                : data;
    }

    private static String strip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".npy") ? name.substring(0, name.length() - 4) : name;
    }

    /** The labels' name for images named {@code x}: a leading x/X becomes y/Y, "images" becomes "labels". */
    private static String partner(String x) {
        if (x.contains("images")) return x.replace("images", "labels");
        if (x.startsWith("x")) return "y" + x.substring(1);
        if (x.startsWith("X")) return "Y" + x.substring(1);
        return null;
    }

    private static String swap(String name, String from, String to) {
        int at = name.lastIndexOf(from);
        return at < 0 ? null : name.substring(0, at) + to + name.substring(at + from.length());
    }
}
