package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetReadersTest {
    @TempDir Path dir;
    private final ImageSet train = DatasetFiles.random(40, 6, 6, 4, 31);
    private final ImageSet test = DatasetFiles.random(10, 6, 6, 4, 32);

    @Test
    void theReaderIsPickedByExtensionAndFolderLayout() throws IOException {
        Path npz = dir.resolve("a.npz"), csv = dir.resolve("a.csv"), pictures = dir.resolve("pics");
        DatasetFiles.npz(npz, train, test, "|u1", "<i8", false);
        DatasetFiles.csv(csv, train, false, true);
        DatasetFiles.pictures(pictures, train, List.of("a", "b", "c", "d"));
        assertEquals("npz", DatasetReaders.pick(npz).format());
        assertEquals("csv", DatasetReaders.pick(csv).format());
        assertEquals("image-folder", DatasetReaders.pick(pictures).format());
        assertEquals("idx", DatasetReaders.pick(Assets.datasetsDir().resolve("mnist")).format());
        Path other = Files.writeString(dir.resolve("notes.txt"), "x");
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.pick(other));
        assertTrue(e.getMessage().startsWith(other.toString()), e.getMessage());
    }

    @Test
    void theBundledNameStillReadsAndIsRecordedAsBundled() throws IOException {
        ImageDataset mnist = DatasetReaders.read("mnist", ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(28, mnist.height());
        assertEquals("mnist", mnist.source().bundledName());
        assertEquals(64, mnist.source().sha256().length());
    }

    @Test
    void classesTxtNamesTheClassesAndOneThatIsNotUtf8IsRefusedNamingIt() throws IOException {
        Path csv = dir.resolve("x_train.csv");
        DatasetFiles.csv(csv, train, false, true);
        Files.writeString(dir.resolve("classes.txt"), "zéro\nun\n", StandardCharsets.UTF_8);
        assertEquals(List.of("zéro", "un", "2", "3"), DatasetReaders.read(csv, ReadOptions.defaults(), LoadProgress.NONE).classNames());
        Path classes = Files.writeString(dir.resolve("classes.txt"), "zéro\nun\n", StandardCharsets.ISO_8859_1);
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(csv, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().startsWith(classes.toString()) && e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    @Test
    void aLoadPastTheMemoryLimitIsRefusedBeforeReadingWithTheLimitStated() throws IOException {
        Path npz = dir.resolve("big.npz");
        DatasetFiles.npz(npz, train, test, "|u1", "<i8", true);
        ReadOptions tight = ReadOptions.defaults().withMaxPixels(1000);
        for (Path p : List.of(npz, writeCsv(), Assets.datasetsDir().resolve("mnist"))) {
            IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(p, tight, LoadProgress.NONE));
            assertTrue(e.getMessage().contains("more than the limit of 1000"), e.getMessage());
        }
    }

    private Path writeCsv() throws IOException {
        Path csv = dir.resolve("rows.csv");
        DatasetFiles.csv(csv, train, true, true);
        return csv;
    }

    @Test
    void loadingReportsProgressAndStopsWhenCancelled() throws IOException {
        Path csv = dir.resolve("many.csv");
        DatasetFiles.csv(csv, DatasetFiles.random(2000, 4, 4, 2, 33), false, true);
        List<long[]> seen = new ArrayList<>();
        DatasetReaders.read(csv, ReadOptions.defaults(), (done, total) -> seen.add(new long[] {done, total}));
        assertTrue(seen.size() >= 4, "a step every 500 rows");
        assertEquals(2000, seen.get(seen.size() - 1)[1]);
        List<long[]> beforeCancel = new ArrayList<>();
        LoadProgress cancelAfterFirst = new LoadProgress() {
            @Override public void update(long done, long total) { beforeCancel.add(new long[] {done, total}); }
            @Override public boolean cancelled() { return beforeCancel.size() >= 2; }
        };
        assertThrows(CancellationException.class, () -> DatasetReaders.read(csv, ReadOptions.defaults(), cancelAfterFirst));
        assertEquals(2, beforeCancel.size(), "no step after the cancel");
    }

    @Test
    void theFingerprintDependsOnPixelsAndLabelsNotOnTheFileFormat() throws IOException {
        Path npz = dir.resolve("d.npz"), csv = dir.resolve("d_train.csv");
        DatasetFiles.npz(npz, train, test, "|u1", "<i8", false);
        DatasetFiles.csv(csv, train, false, true);
        DatasetFiles.csv(dir.resolve("d_test.csv"), test, true, true);
        String a = DatasetReaders.read(npz, ReadOptions.defaults(), LoadProgress.NONE).source().sha256();
        assertEquals(a, DatasetReaders.read(csv, ReadOptions.defaults(), LoadProgress.NONE).source().sha256());
        int[] relabeled = train.labels().clone();
        relabeled[0] = 3;
        DatasetFiles.npz(npz, new ImageSet(train.pixels(), relabeled, 6, 6), test, "|u1", "<i8", false);
        assertNotEquals(a, DatasetReaders.read(npz, ReadOptions.defaults(), LoadProgress.NONE).source().sha256());
    }

    @Test
    void aMovedDatasetIsFoundByFingerprintInASearchFolderOrRefusedNamingItsOldPlace() throws IOException {
        Path npz = Files.createDirectories(dir.resolve("old")).resolve("digits.npz");
        DatasetFiles.npz(npz, train, test, "|u1", "<i8", false);
        DatasetSource source = DatasetReaders.read(npz, ReadOptions.defaults(), LoadProgress.NONE).source();
        assertEquals(npz.toAbsolutePath(), DatasetReaders.forModel("digits.npz", source, List.of(), LoadProgress.NONE).source().path());

        Path moved = Files.createDirectories(dir.resolve("new/sub")).resolve("renamed.npz");
        Files.move(npz, moved);
        Files.writeString(dir.resolve("new/decoy.npz"), "not this one");
        ImageDataset found = DatasetReaders.forModel("digits.npz", source, List.of(dir.resolve("new")), LoadProgress.NONE);
        assertEquals(moved.toAbsolutePath(), found.source().path());
        assertArrayEquals(train.pixels(), found.train().pixels());

        IOException e = assertThrows(IOException.class, () -> DatasetReaders.forModel("digits.npz", source, List.of(dir.resolve("old")), LoadProgress.NONE));
        assertTrue(e.getMessage().contains(npz.toAbsolutePath().toString()) && e.getMessage().contains("no longer there")
                && e.getMessage().contains(source.shortFingerprint()), e.getMessage());
    }

    @Test
    void aDatasetChangedInPlaceIsRefusedWithBothFingerprints() throws IOException {
        Path npz = dir.resolve("d.npz");
        DatasetFiles.npz(npz, train, test, "|u1", "<i8", false);
        DatasetSource source = DatasetReaders.read(npz, ReadOptions.defaults(), LoadProgress.NONE).source();
        DatasetFiles.npz(npz, test, train, "|u1", "<i8", false);
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.forModel("d.npz", source, List.of(), LoadProgress.NONE));
        assertTrue(e.getMessage().contains("has changed") && e.getMessage().contains(source.shortFingerprint()), e.getMessage());
    }

    @Test
    void theSourceSurvivesItsJsonForm() throws IOException {
        DatasetFiles.pictures(dir, train, List.of("a", "b", "c", "d"));
        DatasetSource s = DatasetReaders.read(dir, ReadOptions.defaults().withSize(3, 3).withSplit(0.25, 7), LoadProgress.NONE).source();
        DatasetSource back = DatasetSource.fromJson(s.toJson());
        assertEquals(s.path(), back.path());
        assertEquals(s.sha256(), back.sha256());
        assertEquals(3, back.options().height());
        assertEquals(0.25, back.options().testFraction());
        assertEquals(7, back.options().seed());
        assertEquals(s.sha256(), DatasetReaders.forModel(dir.getFileName().toString(), back, List.of(), LoadProgress.NONE).source().sha256(),
                "read again with the recorded options, the same split and size come out");
    }

    @Test
    void mnistFilesAsDownloadedWithT10kNamesRead() throws IOException {
        Path mnist = Assets.datasetsDir().resolve("mnist");
        for (String f : List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz")) Files.copy(mnist.resolve(f), dir.resolve(f));
        Files.copy(mnist.resolve("test-images-idx3-ubyte.gz"), dir.resolve("t10k-images-idx3-ubyte.gz"));
        Files.copy(mnist.resolve("test-labels-idx1-ubyte.gz"), dir.resolve("t10k-labels-idx1-ubyte.gz"));
        ImageDataset data = DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals("idx", data.source().format());
        assertEquals(2000, data.test().count());
    }

    @Test
    void aBundledDatasetIsFoundByNameWhenTheRecordedPathIsGone() throws IOException {
        DatasetSource real = DatasetReaders.read("mnist", ReadOptions.defaults(), LoadProgress.NONE).source();
        DatasetSource elsewhere = new DatasetSource(dir.resolve("old-install/assets/datasets/mnist"), "idx", 28, 28,
                real.sha256(), real.options(), "mnist");
        assertEquals(real.path(), DatasetReaders.forModel("mnist", elsewhere, List.of(), LoadProgress.NONE).source().path());
    }
}
