package org.latentexplorer.latent.features;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which training examples keep their labels under a budget of k labels per class: a seeded, stratified draw.
 * Each class's indices are shuffled with the same seed for every budget, so a smaller budget's picks are a
 * subset of a larger one's and the curves compare like with like.
 */
public final class LabelBudget {
    /** The budget that keeps every label. */
    public static final int ALL = Integer.MAX_VALUE;

    private LabelBudget() {}

    /**
     * Indices (ascending) of up to {@code perClass} examples of each class in {@code labels}; a class with
     * fewer examples gives all it has. Labels outside 0..classes-1 are never picked.
     */
    public static int[] draw(int[] labels, int classes, int perClass, long seed) {
        if (perClass < 1) throw new IllegalArgumentException("a budget needs at least one label per class, was " + perClass);
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) byClass.add(new ArrayList<>());
        for (int i = 0; i < labels.length; i++) if (labels[i] >= 0 && labels[i] < classes) byClass.get(labels[i]).add(i);
        int total = 0;
        int[][] chosen = new int[classes][];
        for (int c = 0; c < classes; c++) {
            int[] members = byClass.get(c).stream().mapToInt(Integer::intValue).toArray();
            // One generator per class from the seed, so the draw of class c does not depend on the other classes' sizes.
            shuffle(members, new SplittableRandom(seed * 1_000_003L + c));
            chosen[c] = Arrays.copyOf(members, Math.min(perClass, members.length));
            total += chosen[c].length;
        }
        int[] picks = new int[total];
        int at = 0;
        for (int[] c : chosen) {
            System.arraycopy(c, 0, picks, at, c.length);
            at += c.length;
        }
        Arrays.sort(picks);
        return picks;
    }

    /** Fisher–Yates, in place. */
    static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** "all" or the number, as the CLI and the chart name a budget. */
    public static String name(int perClass) {
        return perClass == ALL ? "all" : Integer.toString(perClass);
    }

    /** Parses "1,5,10,all" into budgets, ascending, without repeats. */
    public static int[] parse(String list) {
        String[] parts = list.split(",");
        int[] budgets = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.equalsIgnoreCase("all")) {
                budgets[i] = ALL;
                continue;
            }
            try {
                budgets[i] = Integer.parseInt(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--labels takes numbers of labels per class or 'all', separated by commas; '" + p + "' is neither");
            }
            if (budgets[i] < 1) throw new IllegalArgumentException("--labels: a budget needs at least 1 label per class, was " + budgets[i]);
        }
        return Arrays.stream(budgets).distinct().sorted().toArray();
    }
}
