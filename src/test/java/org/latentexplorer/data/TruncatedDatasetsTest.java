package org.latentexplorer.data;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Every format, cut at many points or with bytes flipped: a read either succeeds or names the file; nothing else escapes. */
class TruncatedDatasetsTest {
    @TempDir Path dir;

    private Path write(String format) throws IOException {
        ImageSet train = DatasetFiles.random(30, 6, 6, 3, 41), test = DatasetFiles.random(9, 6, 6, 3, 42);
        switch (format) {
            case "csv" -> { Path f = dir.resolve("d.csv"); DatasetFiles.csv(f, train, true, true); return f; }
            case "npz-stored", "npz-deflated" -> { Path f = dir.resolve("d.npz"); DatasetFiles.npz(f, train, test, "<f4", "<i8", format.equals("npz-stored")); return f; }
            case "npy" -> {
                Files.write(dir.resolve("y_train.npy"), DatasetFiles.labelsNpy(train, "<i8"));
                Path f = dir.resolve("x_train.npy");
                Files.write(f, DatasetFiles.imagesNpy(train, "|u1", false));
                return f;
            }
            case "png" -> { DatasetFiles.pictures(dir.resolve("pics"), train, List.of("a", "b", "c")); return dir.resolve("pics/b/00001.png"); }
            default -> {
                Path f = dir.resolve("idx");
                Idx.write(f.resolve("train-images-idx3-ubyte.gz"), new Idx.Tensor(new int[] {30, 6, 6}, train.pixels()), true);
                byte[] labels = new byte[30];
                Idx.write(f.resolve("train-labels-idx1-ubyte.gz"), new Idx.Tensor(new int[] {30}, labels), true);
                Idx.write(f.resolve("test-images-idx3-ubyte"), new Idx.Tensor(new int[] {9, 6, 6}, test.pixels()), false);
                Idx.write(f.resolve("test-labels-idx1-ubyte"), new Idx.Tensor(new int[] {9}, new byte[9]), false);
                return f.resolve("train-images-idx3-ubyte.gz");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "npz-stored", "npz-deflated", "npy", "png", "idx"})
    void aDamagedFileIsReadOrRefusedNamingIt(String format) throws IOException {
        Path file = write(format);
        Path dataset = format.equals("png") ? dir.resolve("pics") : format.equals("idx") ? file.getParent() : file;
        byte[] good = Files.readAllBytes(file);
        Random random = new Random(format.hashCode());
        for (int trial = 0; trial < 30; trial++) {
            byte[] bad = trial % 2 == 0 ? java.util.Arrays.copyOf(good, random.nextInt(good.length))
                    : flip(good, random);
            Files.write(file, bad);
            try {
                DatasetReaders.read(dataset, ReadOptions.defaults(), LoadProgress.NONE);
            } catch (IOException e) {
                if (e.getMessage() == null) fail(format + " trial " + trial + ": no message", e);
                assertTrue(e.getMessage().contains(file.getFileName().toString()) || e.getMessage().contains(dataset.toString()),
                        format + " trial " + trial + ": " + e.getMessage());
            } catch (RuntimeException e) {
                fail(format + " trial " + trial + " escaped as " + e, e);
            }
        }
    }

    private static byte[] flip(byte[] good, Random random) {
        byte[] bad = good.clone();
        for (int i = 0; i < 4; i++) bad[random.nextInt(bad.length)] ^= (byte) (1 + random.nextInt(255));
        return bad;
    }
}
