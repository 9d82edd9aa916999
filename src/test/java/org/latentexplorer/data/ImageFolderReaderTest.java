package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageFolderReaderTest {
    @TempDir Path dir;

    /** The images of {@code set} with label {@code c}, in order: how a class folder reads back. */
    private static byte[] ofClass(ImageSet set, int c) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int n = 0; n < set.count(); n++) if (set.labels()[n] == c) out.write(set.pixels(), n * set.imageSize(), set.imageSize());
        return out.toByteArray();
    }

    @Test
    void trainAndTestClassFoldersReadBackTheSamePixelsWithFolderNamesAsClasses() throws IOException {
        ImageSet train = DatasetFiles.random(12, 7, 5, 2, 21), test = DatasetFiles.random(4, 7, 5, 2, 22);
        DatasetFiles.pictures(dir.resolve("train"), train, List.of("cats", "dogs"));
        DatasetFiles.pictures(dir.resolve("test"), test, List.of("cats", "dogs"));
        ImageDataset data = DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals("image-folder", data.source().format());
        assertEquals(List.of("cats", "dogs"), data.classNames());
        assertEquals(7, data.height());
        assertEquals(5, data.width());
        byte[] expected = new byte[train.pixels().length];
        System.arraycopy(ofClass(train, 0), 0, expected, 0, 6 * 35);
        System.arraycopy(ofClass(train, 1), 0, expected, 6 * 35, 6 * 35);
        assertArrayEquals(expected, data.train().pixels());
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, data.train().labels());
        assertEquals(4, data.test().count());
        assertTrue(data.notes().isEmpty(), data.notes().toString());
    }

    @Test
    void classFoldersWithoutTrainAndTestAreSplitStratifiedAndSaySo() throws IOException {
        DatasetFiles.pictures(dir, DatasetFiles.random(20, 4, 4, 2, 23), List.of("a", "b"));
        ImageDataset data = DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(16, data.train().count());
        assertArrayEquals(new int[] {0, 0, 1, 1}, data.test().labels());
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.SPLIT, 20, 0, 16, 4)));
    }

    @Test
    void picturesOfDifferentSizesAreResizedToTheMostCommonOneAndOneColourPictureMakesTheSetColour() throws IOException {
        Path cls = Files.createDirectories(dir.resolve("shapes"));
        for (int i = 0; i < 3; i++) ImageIO.write(new BufferedImage(8, 6, BufferedImage.TYPE_BYTE_GRAY), "png", cls.resolve(i + ".png").toFile());
        BufferedImage colour = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 12; y++) for (int x = 0; x < 16; x++) colour.setRGB(x, y, 0x00ff00);
        ImageIO.write(colour, "bmp", cls.resolve("big.bmp").toFile());
        Files.writeString(cls.resolve("notes.txt"), "not a picture");
        ImageDataset data = DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(6, data.height());
        assertEquals(8, data.width());
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.RESIZED, 1, 6, 8, "most-common")), data.notes().toString());
        assertEquals(3, data.channels());
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.GRAY_AS_COLOUR, 3, 1)), data.notes().toString());
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.SKIPPED, 1)));
        assertFalse(data.notes().contains(DatasetNote.of(DatasetNote.Kind.UNLABELED)));
        int greenImages = 0, grayImages = 0;
        for (ImageSet s : List.of(data.train(), data.test())) {
            for (int n = 0; n < s.count(); n++) {
                int at = n * 3 * 48; // R, G and B planes of 48 pixels each
                if (s.pixels()[at] == 0 && s.pixels()[at + 48] == (byte) 255 && s.pixels()[at + 96 + 47] == 0) greenImages++;
                if (s.pixels()[at] == 0 && s.pixels()[at + 48] == 0 && s.pixels()[at + 96] == 0) grayImages++;
            }
        }
        assertEquals(1, greenImages, "the colour picture is shrunk to 6×8 and stays green");
        assertEquals(3, grayImages, "the black gray pictures stay black in all three channels");
    }

    @Test
    void aChosenSizeWins() throws IOException {
        DatasetFiles.pictures(dir, DatasetFiles.random(4, 8, 8, 1, 24), List.of("only"));
        ImageDataset data = DatasetReaders.read(dir, ReadOptions.defaults().withSize(4, 4), LoadProgress.NONE);
        assertEquals(4, data.height());
        assertTrue(data.notes().contains(DatasetNote.of(DatasetNote.Kind.RESIZED, 4, 4, 4, "chosen")));
    }

    @Test
    void picturesDirectlyInTheFolderAreOneUnlabeledClass() throws IOException {
        ImageSet set = DatasetFiles.random(5, 3, 3, 1, 25);
        for (int n = 0; n < 5; n++) ImageIO.write(DatasetFiles.gray(set, n), "gif", dir.resolve(n + ".gif").toFile());
        ImageDataset data = DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE);
        assertEquals(List.of("unlabeled"), data.classNames());
        assertEquals(5, data.train().count() + data.test().count());
    }

    @Test
    void aTruncatedPictureIsRefusedNamingIt() throws IOException {
        DatasetFiles.pictures(dir, DatasetFiles.random(3, 20, 20, 1, 26), List.of("x"));
        Path png = dir.resolve("x/00001.png");
        DatasetFiles.truncate(png, 60);
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().startsWith(png.toString()), e.getMessage());
    }

    @Test
    void anEmptyFolderIsRefusedNamingIt() {
        IOException e = assertThrows(IOException.class, () -> DatasetReaders.read(dir, ReadOptions.defaults(), LoadProgress.NONE));
        assertTrue(e.getMessage().startsWith(dir.toString()) && e.getMessage().contains("no PNG"), e.getMessage());
    }

    @Test
    void resizingShrinksByAveragingAndGrowsBilinearly() {
        byte[] src = {0, 100, (byte) 200, (byte) 255};
        assertArrayEquals(new byte[] {(byte) 139}, Pictures.resize(src, 2, 2, 1, 1));
        byte[] grown = Pictures.resize(new byte[] {0, (byte) 200}, 1, 2, 1, 4);
        assertArrayEquals(new byte[] {0, 50, (byte) 150, (byte) 200}, grown);
    }
}
