package org.latentexplorer.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ImageSetTest {
    /** Five 1×2 images; each image's pixels are its index, so a kept image can be traced back. */
    private static ImageSet fiveImages(int... labels) {
        byte[] pixels = new byte[labels.length * 2];
        for (int i = 0; i < labels.length; i++) {
            pixels[2 * i] = (byte) i;
            pixels[2 * i + 1] = (byte) (100 + i);
        }
        return new ImageSet(pixels, labels, 1, 2);
    }

    @Test
    void withoutLabelDropsEveryImageOfThatLabelAndKeepsTheRestWithTheirPixelsInOrder() {
        ImageSet set = fiveImages(3, 1, 3, 0, 2);
        ImageSet kept = set.withoutLabel(3);
        assertArrayEquals(new int[] {1, 0, 2}, kept.labels());
        assertArrayEquals(new byte[] {1, 101, 3, 103, 4, 104}, kept.pixels());
        assertEquals(1, kept.height());
        assertEquals(2, kept.width());
    }

    @Test
    void withoutALabelNoImageHasIsTheSameSet() {
        ImageSet set = fiveImages(0, 1, 2, 0, 1);
        assertSame(set, set.withoutLabel(7));
    }

    @Test
    void withoutTheOnlyLabelIsEmpty() {
        ImageSet kept = fiveImages(4, 4, 4, 4, 4).withoutLabel(4);
        assertEquals(0, kept.count());
        assertEquals(0, kept.pixels().length);
    }
}
