package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {
    @TempDir Path dir;

    @Test
    void mnistStyleCsvWithHeaderAndTestSiblingReadsBackTheSamePixelsAndLabels() throws IOException {
        ImageSet train = DatasetFiles.random(30, 5, 5, 3, 1), test = DatasetFiles.random(12, 5, 5, 3, 2);
        Path file = dir.resolve("digits_train.csv");
        DatasetFiles.csv(file, train, true, true);
        DatasetFiles.csv(dir.resolve("digits_test.csv"), test, true, true);
        ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals("csv", data.source().format());
        assertArrayEquals(train.pixels(), data.train().pixels());
        assertArrayEquals(train.labels(), data.train().labels());
        assertArrayEquals(test.pixels(), data.test().pixels());
        assertArrayEquals(test.labels(), data.test().labels());
        assertEquals(List.of("0", "1", "2"), data.classNames());
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.TEST_FILE, "digits_test.csv")));
        ImageDataset folder = DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals("csv", folder.source().format(), "a folder of one *train*.csv and its test file reads as CSV");
        assertArrayEquals(test.pixels(), folder.test().pixels());
    }

    @Test
    void csvWithoutTestFileIsSplitStratifiedAndSaysSo() throws IOException {
        ImageSet all = DatasetFiles.random(50, 4, 4, 5, 3);
        Path file = dir.resolve("all.csv");
        DatasetFiles.csv(file, all, false, true);
        ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(40, data.train().count());
        assertEquals(10, data.test().count());
        int[] perClass = new int[5];
        for (int l : data.test().labels()) perClass[l]++;
        assertArrayEquals(new int[] {2, 2, 2, 2, 2}, perClass, "20 % of each class");
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.SPLIT, 20, 0, 40, 10)));
        ImageDataset again = DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE);
        assertArrayEquals(data.test().pixels(), again.test().pixels(), "the same seed gives the same split");
    }

    @Test
    void csvOfSquareColumnCountIsUnlabeledOneClass() throws IOException {
        Path file = dir.resolve("faces.csv");
        DatasetFiles.csv(file, DatasetFiles.random(10, 4, 4, 1, 4), false, false);
        ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(List.of("unlabeled"), data.classNames());
        assertEquals(4, data.height());
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.UNLABELED)));
    }

    @Test
    void pixelValuesInZeroToOneAreScaled() throws IOException {
        Path file = dir.resolve("unit.csv");
        Files.writeString(file, "1,0.0,0.5,1.0,0.25\n0,1,0,0,0\n");
        ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults().withSplit(0.5, 0), LoadProgress.NONE);
        assertEquals(2, data.train().count(), "a class of one image stays in training");
        int first = data.train().labels()[0] == 1 ? 0 : 1;
        assertArrayEquals(new byte[] {0, (byte) 128, (byte) 255, 64}, java.util.Arrays.copyOfRange(data.train().pixels(), first * 4, first * 4 + 4));
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.SCALED)));
    }

    @Test
    void aValueThatIsNotANumberIsRefusedNamingFileAndLine() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "1,0,0,0,0\n2,0,x7,0,0\n");
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("line 2, column 3"), e.getMessage());
    }

    @Test
    void aTruncatedLastRowIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("cut_train.csv");
        DatasetFiles.csv(file, DatasetFiles.random(20, 4, 4, 2, 5), false, true);
        DatasetFiles.truncate(file, Files.size(file) - 20);
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("line 20 has"), e.getMessage());
    }

    @Test
    void pixelOutsideZeroTo255IsRefused() throws IOException {
        Path file = dir.resolve("big.csv");
        Files.writeString(file, "1,0,0,0,300\n");
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().contains("300") && e.getMessage().contains("0–255"), e.getMessage());
    }

    @Test
    void csvOfPathsAndClassNamesReadsThePictures() throws IOException {
        ImageSet set = DatasetFiles.random(6, 3, 3, 2, 6);
        StringBuilder csv = new StringBuilder("file,label\n");
        Files.createDirectories(dir.resolve("img"));
        for (int n = 0; n < set.count(); n++) {
            ImageIO.write(DatasetFiles.gray(set, n), "png", dir.resolve("img/" + n + ".png").toFile());
            csv.append("img/").append(n).append(".png,").append(n % 2 == 0 ? "cat" : "dog").append('\n');
        }
        Path file = dir.resolve("list.csv");
        Files.writeString(file, csv);
        ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults().withSplit(0.5, 0), LoadProgress.NONE);
        assertEquals(List.of("cat", "dog"), data.classNames());
        assertEquals(6, data.train().count() + data.test().count());
        byte[] first = data.train().head(1).pixels();
        int label = data.train().labels()[0];
        boolean found = false;
        for (int n = label; n < set.count(); n += 2) found |= java.util.Arrays.equals(first, java.util.Arrays.copyOfRange(set.pixels(), n * 9, n * 9 + 9));
        assertTrue(found, "a read picture is one of its class's images, pixel for pixel");
    }

    @Test
    void missingPictureInAPathCsvIsRefusedNamingIt() throws IOException {
        Path file = dir.resolve("list.csv");
        Files.writeString(file, "gone.png,1\n");
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().contains("gone.png") && e.getMessage().contains("line 1"), e.getMessage());
    }
}
