package org.latentexplorer.data;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ImageDatasetTest {
    private static ImageSet images(int count) {
        return new ImageSet(new byte[count * 4], new int[count], 2, 2);
    }

    @Test
    void aMissingLimitKeepsTheWholeSplit() {
        ImageDataset data = new ImageDataset("tiny", List.of("a"), images(10), images(6));
        assertSame(data, data.limitedTo(null, null));
        ImageDataset fewerTrain = data.limitedTo(3, null);
        assertEquals(3, fewerTrain.train().count());
        assertEquals(6, fewerTrain.test().count());
        ImageDataset fewerTest = data.limitedTo(null, 2);
        assertEquals(10, fewerTest.train().count());
        assertEquals(2, fewerTest.test().count());
    }
}
