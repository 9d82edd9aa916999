package org.latentexplorer.latent.features;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LabelBudgetTest {
    /** 3 classes: 50 of class 0, 30 of class 1, 4 of class 2, interleaved. */
    private static int[] labels() {
        int[] labels = new int[84];
        int at = 0;
        for (int i = 0; i < 50; i++) labels[at++] = 0;
        for (int i = 0; i < 30; i++) labels[at++] = 1;
        for (int i = 0; i < 4; i++) labels[at++] = 2;
        return Synthetic.shuffled(labels, 3);
    }

    private static int[] perClass(int[] labels, int[] picks) {
        int[] counts = new int[3];
        for (int i : picks) counts[labels[i]]++;
        return counts;
    }

    @Test
    void eachClassGetsItsBudgetOrAllItHas() {
        int[] labels = labels();
        assertArrayEquals(new int[] {10, 10, 4}, perClass(labels, LabelBudget.draw(labels, 3, 10, 1)));
        assertArrayEquals(new int[] {1, 1, 1}, perClass(labels, LabelBudget.draw(labels, 3, 1, 1)));
        assertArrayEquals(new int[] {50, 30, 4}, perClass(labels, LabelBudget.draw(labels, 3, LabelBudget.ALL, 1)));
    }

    @Test
    void theSameSeedPicksTheSameExamplesAndAnotherSeedOthers() {
        int[] labels = labels();
        int[] a = LabelBudget.draw(labels, 3, 5, 42), b = LabelBudget.draw(labels, 3, 5, 42), c = LabelBudget.draw(labels, 3, 5, 43);
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c), "seeds 42 and 43 drew the same examples");
    }

    @Test
    void aSmallerBudgetsPicksAreAmongALargerOnes() {
        int[] labels = labels();
        int[] small = LabelBudget.draw(labels, 3, 5, 7), large = LabelBudget.draw(labels, 3, 20, 7);
        for (int i : small) assertTrue(Arrays.binarySearch(large, i) >= 0, "example " + i + " is in budget 5 but not 20");
    }

    @Test
    void budgetsParseAscendingWithAll() {
        assertArrayEquals(new int[] {1, 5, 10, LabelBudget.ALL}, LabelBudget.parse("10, 1,5,all,5"));
        assertEquals("all", LabelBudget.name(LabelBudget.ALL));
        assertThrows(IllegalArgumentException.class, () -> LabelBudget.parse("1,many"));
        assertThrows(IllegalArgumentException.class, () -> LabelBudget.parse("0"));
    }
}
