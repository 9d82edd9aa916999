package org.latentexplorer.ui.datasets;

import org.junit.jupiter.api.Test;
import org.latentexplorer.data.DatasetNote;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetSummaryTest {
    private static ImageSet set(int... labels) {
        return new ImageSet(new byte[labels.length * 6], labels, 2, 3);
    }

    @Test
    void eachClassIsCountedInBothSplits() {
        ImageDataset data = new ImageDataset("pets", List.of("cat", "dog", "fish"), set(0, 0, 1, 2, 2, 2), set(1, 2));
        DatasetSummary s = DatasetSummary.of(data);
        assertEquals(List.of(new DatasetSummary.ClassCount("cat", 2, 0), new DatasetSummary.ClassCount("dog", 1, 1),
                new DatasetSummary.ClassCount("fish", 3, 1)), s.classes());
        assertEquals(6, s.trainCount());
        assertEquals(2, s.testCount());
        assertEquals(2, s.height());
        assertEquals(3, s.width());
        assertEquals(1, s.channels());
        assertFalse(s.unlabeled());
        assertFalse(s.sizesDiffer());
        assertFalse(s.splitMade());
    }

    @Test
    void theReadersNotesSayWhetherSizesDifferedAndASplitWasMade() {
        List<DatasetNote> notes = List.of(DatasetNote.of(DatasetNote.Kind.RESIZED, 4, 2, 3, "most-common"),
                DatasetNote.of(DatasetNote.Kind.SPLIT, 20, 0, 6, 2), DatasetNote.of(DatasetNote.Kind.UNLABELED));
        ImageDataset data = new ImageDataset("photos", List.of("unlabeled"), set(0, 0, 0, 0, 0, 0), set(0, 0), notes, null);
        DatasetSummary s = DatasetSummary.of(data);
        assertTrue(s.sizesDiffer());
        assertTrue(s.splitMade());
        assertTrue(s.unlabeled());
        assertEquals(notes, s.notes());
    }
}
