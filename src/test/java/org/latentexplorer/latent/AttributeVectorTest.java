package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AttributeVectorTest {
    private static final float[][] CODES = {{0, 0}, {2, 0}, {4, 4}, {6, 4}, {1, 1}};
    private static final int[] LABELS = {0, 0, 9, 9, 0};

    @Test
    void theVectorOfTwoIdenticalSelectionsIsZero() {
        int[] picked = {0, 2, 4};
        assertArrayEquals(new float[2], AttributeVector.between(CODES, picked, picked.clone()));
    }

    @Test
    void theVectorBetweenTwoClassesIsTheDifferenceOfTheirMeans() {
        int[] a = AttributeVector.members(LABELS, 0), b = AttributeVector.members(LABELS, 9);
        assertArrayEquals(new int[] {0, 1, 4}, a);
        assertArrayEquals(new float[] {1, 1f / 3}, AttributeVector.mean(CODES, a), 1e-6f);
        assertArrayEquals(new float[] {4, 11f / 3}, AttributeVector.between(CODES, a, b), 1e-6f);
    }

    @Test
    void strengthOneCarriesAClassMeanToTheOtherClassMean() {
        int[] a = AttributeVector.members(LABELS, 0), b = AttributeVector.members(LABELS, 9);
        float[] d = AttributeVector.between(CODES, a, b);
        assertArrayEquals(AttributeVector.mean(CODES, b), AttributeVector.add(AttributeVector.mean(CODES, a), d, 1), 1e-6f);
    }

    @Test
    void thePathGoesEvenlyFromTheCodeToTheFullStrength() {
        float[][] path = AttributeVector.path(new float[] {1, 1}, new float[] {2, -2}, 1.5, 4);
        assertEquals(4, path.length);
        assertArrayEquals(new float[] {1, 1}, path[0]);
        assertArrayEquals(new float[] {2, 0}, path[1], 1e-6f);
        assertArrayEquals(new float[] {4, -2}, path[3], 1e-6f);
    }
}
