package org.latentexplorer.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** The train/test split made for data that comes without one. */
final class Splits {
    private Splits() {}

    /** Train and test sets plus the note that states the split. */
    record Split(ImageSet train, ImageSet test, DatasetNote note) {}

    /**
     * Stratified and seeded: within each class, the images are shuffled with {@code java.util.Random(seed)} and
     * round(fraction × count) go to the test split (at least one when the class has two or more, never all: a
     * single image stays in training), the rest to training, each split in the original order. The same files and options always give the same split.
     */
    static Split stratified(ImageSet all, double fraction, long seed) {
        return stratified(all.pixels(), all.labels(), all.channels(), all.height(), all.width(), fraction, seed);
    }

    static Split stratified(byte[] pixels, int[] labels, int channels, int height, int width, double fraction, long seed) {
        int classes = ClassNames.count(labels);
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) byClass.add(new ArrayList<>());
        for (int i = 0; i < labels.length; i++) byClass.get(labels[i]).add(i);
        boolean[] toTest = new boolean[labels.length];
        Random random = new Random(seed);
        for (List<Integer> members : byClass) {
            Collections.shuffle(members, random);
            int n = Math.min((int) Math.round(fraction * members.size()), members.size() - 1);
            if (n == 0 && members.size() >= 2) n = 1;
            for (int k = 0; k < n; k++) toTest[members.get(k)] = true;
        }
        int testCount = 0;
        for (boolean t : toTest) if (t) testCount++;
        ImageSet train = pick(pixels, labels, channels, height, width, toTest, false, labels.length - testCount);
        ImageSet test = pick(pixels, labels, channels, height, width, toTest, true, testCount);
        return new Split(train, test, DatasetNote.of(DatasetNote.Kind.SPLIT, Math.round(fraction * 100), seed, train.count(), test.count()));
    }

    private static ImageSet pick(byte[] pixels, int[] labels, int channels, int height, int width, boolean[] toTest, boolean test, int count) {
        int size = channels * height * width;
        byte[] out = new byte[count * size];
        int[] outLabels = new int[count];
        for (int i = 0, k = 0; i < labels.length; i++) {
            if (toTest[i] != test) continue;
            System.arraycopy(pixels, i * size, out, k * size, size);
            outLabels[k++] = labels[i];
        }
        return new ImageSet(out, outLabels, channels, height, width);
    }
}
