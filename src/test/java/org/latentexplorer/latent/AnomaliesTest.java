package org.latentexplorer.latent;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnomaliesTest {
    @Test
    void worstListsTheLargestErrorsFirst() {
        float[] errors = {0.1f, 0.5f, 0.3f, 0.5f, 0.05f};
        assertArrayEquals(new int[] {1, 3, 2}, Anomalies.worst(errors, 3));
        assertArrayEquals(new int[] {1, 3, 2, 0, 4}, Anomalies.worst(errors, 10));
        assertArrayEquals(new int[0], Anomalies.worst(errors, 0));
    }

    @Test
    void aucOfPerfectRandomAndReversedScores() {
        boolean[] pos = {false, false, true, true};
        assertEquals(1.0, Anomalies.rocAuc(new double[] {0.1, 0.2, 0.8, 0.9}, pos), 1e-12);
        assertEquals(0.0, Anomalies.rocAuc(new double[] {0.8, 0.9, 0.1, 0.2}, pos), 1e-12);
        assertEquals(0.5, Anomalies.rocAuc(new double[] {0.5, 0.5, 0.5, 0.5}, pos), 1e-12, "ties count one half");
    }

    @Test
    void aucCountsCorrectlyOrderedPairs() {
        // Positives 0.35 and 0.8; negatives 0.1, 0.4, 0.35 (a tie), 0.9.
        double[] scores = {0.1, 0.4, 0.35, 0.35, 0.8, 0.9};
        boolean[] pos = {false, false, true, false, true, false};
        // Pairs (pos > neg): 0.35 beats 0.1, ties 0.35 (½) → 1.5; 0.8 beats 0.1, 0.4, 0.35 → 3. Total 4.5 of 8.
        assertEquals(4.5 / 8, Anomalies.rocAuc(scores, pos), 1e-12);
    }

    @Test
    void aucMatchesBruteForcePairCounting() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        double[] s = new double[300];
        boolean[] pos = new boolean[300];
        for (int i = 0; i < s.length; i++) {
            pos[i] = r.nextInt(4) == 0;
            s[i] = Math.round((r.nextDouble() + (pos[i] ? 0.3 : 0)) * 20) / 20.0;
        }
        double wins = 0, pairs = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (pos[i] && !pos[j]) {
                    pairs++;
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        double auc = Anomalies.rocAuc(s, pos);
        assertEquals(wins / pairs, auc, 1e-12);
        assertTrue(auc > 0.6);
    }

    @Test
    void aucForAClassUsesLabelsAndIsNaNWithoutBothGroups() {
        float[] errors = {0.9f, 0.1f, 0.2f, 0.8f};
        int[] labels = {7, 1, 2, 7};
        assertEquals(1.0, Anomalies.rocAucForClass(errors, labels, 7), 1e-12);
        assertTrue(Double.isNaN(Anomalies.rocAucForClass(errors, labels, 5)));
    }
}
