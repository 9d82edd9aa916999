package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetLoaderTest {
    @TempDir Path dir;

    private static void writeSplit(Path folder, String split, int images, int labels) throws IOException {
        Idx.write(folder.resolve(split + "-images-idx3-ubyte"), new Idx.Tensor(new int[] {images, 2, 3}, new byte[images * 6]), false);
        byte[] labelBytes = new byte[labels];
        for (int i = 0; i < labels; i++) labelBytes[i] = (byte) (i % 3);
        Idx.write(folder.resolve(split + "-labels-idx1-ubyte.gz"), new Idx.Tensor(new int[] {labels}, labelBytes), true);
    }

    @Test
    void smallDatasetLoadsWithClassNamesFromFileAndNumbersForTheRest() throws IOException {
        writeSplit(dir, "train", 5, 5);
        writeSplit(dir, "test", 4, 4);
        Files.writeString(dir.resolve("classes.txt"), "zero\n\none\n");

        ImageDataset data = DatasetLoader.load(dir);

        assertEquals(5, data.train().count());
        assertEquals(4, data.test().count());
        assertEquals(2, data.height());
        assertEquals(3, data.width());
        assertArrayEquals(new int[] {0, 1, 2, 0, 1}, data.train().labels());
        assertEquals(List.of("zero", "one", "2"), data.classNames());
    }

    @Test
    void labelCountThatDiffersFromImageCountIsRejected() throws IOException {
        writeSplit(dir, "train", 5, 4);
        writeSplit(dir, "test", 4, 4);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> DatasetLoader.load(dir));
        assertTrue(e.getMessage().contains("train-labels-idx1-ubyte.gz"), e.getMessage());
        assertTrue(e.getMessage().contains("4 labels for 5 images"), e.getMessage());
    }

    @Test
    void missingSplitFileIsReportedWithTheFolder() throws IOException {
        writeSplit(dir, "train", 5, 5);
        IOException e = assertThrows(IOException.class, () -> DatasetLoader.load(dir));
        assertTrue(e.getMessage().contains(dir.toString()) && e.getMessage().contains("test-images"), e.getMessage());
    }

    @Test
    void bundledMnistHas8000TrainAnd2000TestDigitsOf28By28() {
        ImageDataset mnist = Fixtures.mnist();
        assertEquals("mnist", mnist.name());
        assertEquals(8000, mnist.train().count());
        assertEquals(2000, mnist.test().count());
        assertEquals(28, mnist.height());
        assertEquals(28, mnist.width());
        assertEquals(10, mnist.classNames().size());
        int[] perClass = new int[10];
        for (int label : mnist.train().labels()) perClass[label]++;
        for (int c = 0; c < 10; c++) assertTrue(perClass[c] > 500, "class " + c + " has only " + perClass[c] + " images");
        float[] first = mnist.train().image(0);
        float max = 0;
        for (float v : first) max = Math.max(max, v);
        assertEquals(784, first.length);
        assertTrue(max > 0.9f && max <= 1f, "pixels should be scaled to [0, 1] with some ink, max was " + max);
    }
}
