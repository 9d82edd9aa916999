package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each reader that can hold colour gives back the same pixels in three channel-first planes. */
class ColourReadersTest {
    @TempDir Path dir;

    /** The images of {@code set}, grouped by label in label order: how class folders read back. */
    private static byte[] byClass(ImageSet set, int classes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int c = 0; c < classes; c++) {
            for (int n = 0; n < set.count(); n++) if (set.labels()[n] == c) out.write(set.pixels(), n * set.imageSize(), set.imageSize());
        }
        return out.toByteArray();
    }

    @Test
    void colourImageFoldersReadBackTheSamePixelsInThreeChannels() throws IOException {
        ImageDataset written = ColourShapes.writeFolder(dir, 30, 9, 16);
        ImageDataset read = DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(3, read.channels());
        assertEquals(ColourShapes.CLASSES, read.classNames());
        assertEquals(16 * 16 * 3, read.train().imageSize());
        assertArrayEquals(byClass(written.train(), 3), read.train().pixels());
        assertArrayEquals(byClass(written.test(), 3), read.test().pixels());
        assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2}, read.test().labels());
        assertEquals(3, read.source().channels());
        assertTrue(read.notes().isEmpty(), read.notes().toString());
    }

    @Test
    void colourNpzInKerasAndPyTorchOrderReadsBackTheSamePixels() throws IOException {
        ImageSet train = DatasetFiles.random(12, 3, 5, 4, 2, 31), test = DatasetFiles.random(4, 3, 5, 4, 2, 32);
        for (boolean channelsLast : new boolean[] {true, false}) {
            Path file = dir.resolve("colour-" + channelsLast + ".npz");
            DatasetFiles.zip(file, false, List.of("x_train.npy", "y_train.npy", "x_test.npy", "y_test.npy"),
                    List.of(DatasetFiles.colourNpy(train, channelsLast), DatasetFiles.labelsNpy(train, "<i8"),
                            DatasetFiles.colourNpy(test, channelsLast), DatasetFiles.labelsNpy(test, "<i8")));
            ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults(), LoadProgress.NONE);
            assertEquals(3, data.channels(), "channels last: " + channelsLast);
            assertEquals(5, data.height());
            assertEquals(4, data.width());
            assertArrayEquals(train.pixels(), data.train().pixels(), "channels last: " + channelsLast);
            assertArrayEquals(test.pixels(), data.test().pixels());
            assertArrayEquals(test.labels(), data.test().labels());
        }
    }

    @Test
    void colourNpyPairsReadBackTheSamePixels() throws IOException {
        ImageSet train = DatasetFiles.random(10, 3, 4, 4, 2, 33), test = DatasetFiles.random(4, 3, 4, 4, 2, 34);
        Files.write(dir.resolve("x_train.npy"), DatasetFiles.colourNpy(train, false));
        Files.write(dir.resolve("y_train.npy"), DatasetFiles.labelsNpy(train, "|u1"));
        Files.write(dir.resolve("x_test.npy"), DatasetFiles.colourNpy(test, false));
        Files.write(dir.resolve("y_test.npy"), DatasetFiles.labelsNpy(test, "|u1"));
        ImageDataset data = DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals("npy", data.source().format());
        assertEquals(3, data.channels());
        assertArrayEquals(train.pixels(), data.train().pixels());
        assertArrayEquals(test.pixels(), data.test().pixels());
    }

    @Test
    void aCsvOfColourPicturePathsReadsTheSameImagesInThreeChannels() throws IOException {
        ImageSet set = ColourShapes.images(12, 8, 35);
        DatasetFiles.pictures(dir.resolve("pics"), set, ColourShapes.CLASSES);
        StringBuilder csv = new StringBuilder("path,label\n");
        for (int n = 0; n < set.count(); n++) {
            csv.append("pics/").append(ColourShapes.CLASSES.get(set.labels()[n])).append(String.format("/%05d.png", n))
                    .append(',').append(ColourShapes.CLASSES.get(set.labels()[n])).append('\n');
        }
        Files.writeString(dir.resolve("files.csv"), csv);
        ImageDataset data = DatasetReaders.read(dir.resolve("files.csv"), ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(3, data.channels());
        List<String> expected = images(set), read = images(data.train());
        read.addAll(images(data.test()));
        expected.sort(null);
        read.sort(null);
        assertEquals(expected, read, "the same images with the same labels, split into train and test");
    }

    /** Each image of {@code set} with its label, as text, to compare sets in any order. */
    private static List<String> images(ImageSet set) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < set.count(); n++) {
            out.add(set.labels()[n] + ":" + HexFormat.of().formatHex(set.pixels(), n * set.imageSize(), (n + 1) * set.imageSize()));
        }
        return out;
    }

    @Test
    void aFolderThatFitsTheMemoryLimitInGrayButNotInColourIsRefusedWhenItsFirstColourPictureIsRead() throws IOException {
        ImageSet gray = DatasetFiles.random(6, 1, 4, 4, 2, 37);
        DatasetFiles.pictures(dir, gray, List.of("a", "b"));
        ImageSet colour = DatasetFiles.random(1, 3, 4, 4, 1, 38);
        javax.imageio.ImageIO.write(DatasetFiles.colour(colour, 0), "png", dir.resolve("b/99999.png").toFile());
        ReadOptions options = ReadOptions.defaults().withMaxPixels(7 * 16 * 2); // 7 gray images fit, 7 colour ones do not
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> DatasetReaders.read(dir, options, LoadProgress.NONE));
        assertTrue(e.getMessage().startsWith(dir.toString()) && e.getMessage().contains("in 3 channels"), e.getMessage());
        assertEquals(3, DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE).channels());
    }

    @Test
    void anRgbaArrayKeepsItsColourDropsItsAlphaAndSaysSo() throws IOException {
        double[] rgba = {255, 0, 0, 9, 0, 255, 0, 9, 0, 0, 255, 9, 10, 20, 30, 9};
        Path file = dir.resolve("x.npy");
        Files.write(file, DatasetFiles.npy("|u1", new long[] {2, 2, 2, 4}, concat(rgba, rgba)));
        ImageDataset data = DatasetReaders.read(file, ReadOptions.defaults().withSplit(0.5, 0), LoadProgress.NONE);
        assertEquals(3, data.channels());
        byte f = (byte) 255;
        assertArrayEquals(new byte[] {f, 0, 0, 10, 0, f, 0, 20, 0, 0, f, 30}, java.util.Arrays.copyOf(data.train().pixels(), 12));
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.ALPHA_DROPPED, 2)), data.notes().toString());
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void aColourSourceRecordsItsChannelsAndASourceWithoutThemIsGray() throws IOException {
        ColourShapes.writeFolder(dir, 6, 3, 8);
        DatasetSource source = DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE).source();
        assertEquals(3, DatasetSource.fromJson(source.toJson()).channels());
        com.google.gson.JsonObject old = source.toJson();
        old.remove("channels");
        assertEquals(1, DatasetSource.fromJson(old).channels(), "a model from before colour was trained on gray data");
    }

    @Test
    void grayDataHashesAsBeforeColourAndColourDataHashesDifferently() throws Exception {
        ImageSet gray = DatasetFiles.random(6, 1, 4, 3, 2, 36);
        ImageDataset grayData = new ImageDataset("g", List.of("a", "b"), gray, gray.head(2));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(ByteBuffer.allocate(8).putInt(4).putInt(3).array());
        for (ImageSet s : List.of(gray, gray.head(2))) {
            sha.update(ByteBuffer.allocate(4).putInt(s.count()).array());
            sha.update(s.pixels());
            ByteBuffer labels = ByteBuffer.allocate(4 * s.count());
            for (int l : s.labels()) labels.putInt(l);
            sha.update(labels.array());
        }
        assertEquals(HexFormat.of().formatHex(sha.digest()), Fingerprint.of(grayData), "fingerprints recorded in older bundles still match");
        // The same bytes read as 2 colour images of 4×3 are other data.
        ImageSet asColour = new ImageSet(gray.pixels(), new int[] {0, 1}, 3, 4, 3);
        ImageDataset colourData = new ImageDataset("c", List.of("a", "b"), asColour, asColour);
        assertNotEquals(Fingerprint.of(grayData), Fingerprint.of(colourData));
    }
}
