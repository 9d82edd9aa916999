package org.latentexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * NumPy {@code .npz} archives (a zip of {@code .npy} arrays, stored or deflated) as Keras' {@code mnist.npz}:
 * {@code x_train}, {@code y_train}, {@code x_test}, {@code y_test}; or just {@code x} (and {@code y}), which is
 * split. See {@link NpyArrays} for the shapes and types read.
 */
final class NpzReader implements DatasetReader {
    private static final List<String[]> NAMES = List.of(
            new String[] {"x_train", "y_train", "x_test", "y_test"},
            new String[] {"x", "y", null, null},
            new String[] {"images", "labels", null, null});

    @Override
    public String format() {
        return "npz";
    }

    @Override
    public boolean accepts(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz");
    }

    @Override
    public ImageDataset read(Path file, ReadOptions options, LoadProgress progress) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            // ZipFile fails with a ZipException, or an EOFException without a message for a file too short to hold a zip's end.
            throw new BadFileException(file, "npz.notZip", e, e.getMessage());
        }
        try (zip) {
            NpyArrays.Arrays arrays = new NpyArrays.Arrays() {
                @Override
                public Npy.Opener find(String name) {
                    ZipEntry entry = zip.getEntry(name + ".npy");
                    if (entry == null) entry = zip.getEntry(name);
                    if (entry == null) return null;
                    ZipEntry e = entry;
                    return () -> zip.getInputStream(e);
                }

                @Override
                public String describe(String name) {
                    return file + ": " + name + ".npy";
                }
            };
            for (String[] n : NAMES) {
                if (arrays.find(n[0]) != null) return NpyArrays.dataset(file, arrays, n[0], n[1], n[2], n[3], options, progress);
            }
            StringBuilder names = new StringBuilder();
            zip.stream().forEach(e -> names.append(names.length() == 0 ? "" : ", ").append(e.getName()));
            throw new BadFileException(file, "npz.noImages", names.length() == 0 ? "-" : names.toString());
        } catch (ZipException e) {
            throw new BadFileException(file, "npz.corrupt", e, e.getMessage());
        } catch (java.io.EOFException e) {
            throw new BadFileException(file, "npz.truncated", e, e.getMessage());
        }
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(2);
            return b.length == 2 && b[0] == 'P' && b[1] == 'K';
        }
    }
}
