package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NpzReaderTest {
    @TempDir Path dir;
    private final ImageSet train = DatasetFiles.random(40, 6, 6, 4, 11);
    private final ImageSet test = DatasetFiles.random(10, 6, 6, 4, 12);

    @ParameterizedTest(name = "{0} images, {1} labels, stored={2}")
    @CsvSource({"|u1, <i8, true", "|u1, |u1, false", "<f4, <i8, false", "<f4, <i8, true"})
    void kerasStyleNpzReadsBackTheSamePixelsAndLabels(String imageType, String labelType, boolean stored) throws IOException {
        Path file = dir.resolve("mnist.npz");
        DatasetFiles.npz(file, train, test, imageType, labelType, stored);
        ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals("npz", data.source().format());
        assertEquals("mnist.npz", data.name());
        assertArrayEquals(train.pixels(), data.train().pixels());
        assertArrayEquals(train.labels(), data.train().labels());
        assertArrayEquals(test.pixels(), data.test().pixels());
        assertArrayEquals(test.labels(), data.test().labels());
        assertEquals(imageType.equals("<f4"), data.notes().contains(DatasetNote.of(DatasetNote.Kind.SCALED)));
    }

    @Test
    void truncatedNpzIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("cut.npz");
        DatasetFiles.npz(file, train, test, "|u1", "<i8", true);
        DatasetFiles.truncate(file, Files.size(file) / 2);
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void npzWhoseArrayIsShorterThanItsHeaderIsRefusedNamingArrayAndFile() throws IOException {
        Path file = dir.resolve("short.npz");
        byte[] x = DatasetFiles.imagesNpy(train, "|u1", false);
        DatasetFiles.zip(file, false, List.of("x_train.npy", "y_train.npy"),
                List.of(java.util.Arrays.copyOf(x, x.length - 50), DatasetFiles.labelsNpy(train, "<i8")));
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("x_train.npy") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void garbageWithAnNpzNameIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("junk.npz");
        Files.writeString(file, "this is not a zip file at all");
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("zip"), e.getMessage());
    }

    @Test
    void fortranOrderIsRefusedWithTheFix() throws IOException {
        Path file = dir.resolve("f.npz");
        byte[] x = DatasetFiles.imagesNpy(train, "|u1", false);
        String s = new String(x, java.nio.charset.StandardCharsets.ISO_8859_1).replace("'fortran_order': False", "'fortran_order': True ");
        DatasetFiles.zip(file, true, List.of("x_train.npy"), List.of(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().contains("Fortran order"), e.getMessage());
    }

    @Test
    void npzWithoutTestArraysOrLabelsIsSplitAndUnlabeled() throws IOException {
        Path file = dir.resolve("x.npz");
        DatasetFiles.zip(file, false, List.of("x.npy"), List.of(DatasetFiles.imagesNpy(train, "|u1", false)));
        ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(List.of("unlabeled"), data.classNames());
        assertEquals(32, data.train().count());
        assertEquals(8, data.test().count());
    }

    @Test
    void channelsLastColourIsKeptAsThreeChannelFirstPlanes() throws IOException {
        double[] rgb = {255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 10, 10};
        Path file = dir.resolve("colour.npz");
        DatasetFiles.zip(file, true, List.of("x_train.npy", "y_train.npy", "x_test.npy", "y_test.npy"),
                List.of(DatasetFiles.npy("|u1", new long[] {1, 2, 2, 3}, rgb), DatasetFiles.npy("<i8", new long[] {1}, new double[] {0}),
                        DatasetFiles.npy("|u1", new long[] {1, 2, 2, 3}, rgb), DatasetFiles.npy("<i8", new long[] {1}, new double[] {0})));
        ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(3, data.channels());
        byte f = (byte) 255;
        assertArrayEquals(new byte[] {f, 0, 0, 10, 0, f, 0, 10, 0, 0, f, 10}, data.train().pixels(), "R plane, G plane, B plane");
        assertTrue(data.notes().isEmpty(), data.notes().toString());
    }

    @Test
    void npyPairsBesideEachOtherReadAsTrainAndTest() throws IOException {
        Files.write(dir.resolve("x_train.npy"), DatasetFiles.imagesNpy(train, "|u1", false));
        Files.write(dir.resolve("y_train.npy"), DatasetFiles.labelsNpy(train, "<i8"));
        Files.write(dir.resolve("x_test.npy"), DatasetFiles.imagesNpy(test, "<f4", true));
        Files.write(dir.resolve("y_test.npy"), DatasetFiles.labelsNpy(test, "|u1"));
        for (Path p : List.of(dir.resolve("x_train.npy"), dir)) {
            ImageDataset data = DatasetReaders.read(p, ReadOptions.defaults(), LoadProgress.NONE);
            assertEquals("npy", data.source().format());
            assertArrayEquals(train.pixels(), data.train().pixels());
            assertArrayEquals(test.labels(), data.test().labels());
            assertArrayEquals(test.pixels(), data.test().pixels());
        }
    }

    @Test
    void pixelValuesOutsideTheByteRangeAreRefused() throws IOException {
        Path file = dir.resolve("wide.npz");
        DatasetFiles.zip(file, true, List.of("x_train.npy"), List.of(DatasetFiles.npy("<i8", new long[] {1, 2, 2}, new double[] {0, 1, 2, 1000})));
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().contains("1000") && e.getMessage().contains("x_train.npy"), e.getMessage());
    }
}
