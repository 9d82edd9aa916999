package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeldOutClassTest {
    private static ImageSet set(int... labels) {
        byte[] pixels = new byte[labels.length * 4];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) (i / 4);
        return new ImageSet(pixels, labels, 2, 2);
    }

    private static final ImageDataset DATA = new ImageDataset("tiny", List.of("zero", "one", "two"),
            set(0, 1, 2, 1, 0, 1), set(1, 0, 2, 1));

    @Test
    void trainingDataDropsTheClassFromTheTrainingSplitOnly() {
        ImageDataset without = HeldOutClass.trainingData(DATA, 1);
        assertArrayEquals(new int[] {0, 2, 0}, without.train().labels());
        // The kept images are images 0, 2 and 4 of the training split, pixels and all.
        assertArrayEquals(new byte[] {0, 0, 0, 0, 2, 2, 2, 2, 4, 4, 4, 4}, without.train().pixels());
        assertSame(DATA.test(), without.test(), "the test split keeps the class: it is what the detector is scored on");
        assertEquals(DATA.name(), without.name());
        assertEquals(DATA.classNames(), without.classNames());
    }

    @Test
    void trainingDataRefusesAClassTheDatasetDoesNotHave() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeldOutClass.trainingData(DATA, 3));
        assertEquals("3 is not a class of tiny (0..2)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> HeldOutClass.trainingData(DATA, -1));
    }

    @Test
    void trainingDataRefusesAClassWithNoTrainingImagesOrTheOnlyClass() {
        ImageDataset noTwos = new ImageDataset("tiny", List.of("zero", "one", "two"), set(0, 1, 0), set(2));
        assertEquals(5, HeldOutClass.trainingData(DATA, 2).train().count());
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> HeldOutClass.trainingData(noTwos, 2));
        assertTrue(none.getMessage().contains("has no image of that class"), none.getMessage());
        ImageDataset onlyOnes = new ImageDataset("tiny", List.of("zero", "one"), set(1, 1), set(0, 1));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> HeldOutClass.trainingData(onlyOnes, 1));
        assertTrue(empty.getMessage().contains("leaves no training images"), empty.getMessage());
    }

    @Test
    void settingsNoteTheClassSoFromSettingsReadsItBack() {
        String settings = HeldOutClass.settings("20 epochs, batch 128", OptionalInt.of(7));
        assertEquals("20 epochs, batch 128, class 7 held out of training", settings);
        assertEquals(OptionalInt.of(7), HeldOutClass.fromSettings(settings));
        assertEquals("20 epochs, batch 128", HeldOutClass.settings("20 epochs, batch 128", OptionalInt.empty()));
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings(HeldOutClass.settings("20 epochs", OptionalInt.empty())));
    }

    @Test
    void readsTheClassTheTrainCommandWrites() {
        assertEquals(OptionalInt.of(3), HeldOutClass.fromSettings("20 epochs, batch 128, Adam lr 0.001, seed 1, class 3 held out of training"));
        assertEquals(OptionalInt.of(12), HeldOutClass.fromSettings("class 12 held out of training"));
    }

    @Test
    void nothingWhenNoClassWasHeldOut() {
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings("20 epochs, batch 128"));
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings(""));
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings(null));
        assertEquals(OptionalInt.empty(), HeldOutClass.fromSettings("subclass 3 held out of training data"));
    }
}
