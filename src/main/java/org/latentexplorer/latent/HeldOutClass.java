package org.latentexplorer.latent;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Training without one class, so its reconstruction error can be scored as a detector of that class. The
 * model's training settings say which class it was ("…, class K held out of training"); both the
 * {@code train --hold-out-class K} command and the training panel write it with {@link #settings}, and the
 * anomalies tool reads it back with {@link #fromSettings}.
 */
public final class HeldOutClass {
    private static final Pattern PATTERN = Pattern.compile("\\bclass (\\d+) held out of training\\b");

    private HeldOutClass() {}

    /**
     * The dataset with every image of class {@code label} removed from the training split; the test split
     * keeps them, since they are what the detector is scored on.
     *
     * @throws IllegalArgumentException if {@code label} is not a class of the dataset, or removing it leaves
     *     the training split unchanged or empty
     */
    public static ImageDataset trainingData(ImageDataset data, int label) {
        int classes = data.classNames().size();
        if (label < 0 || label >= classes) {
            throw new IllegalArgumentException(label + " is not a class of " + data.name() + " (0.." + (classes - 1) + ")");
        }
        ImageSet kept = data.train().withoutLabel(label);
        if (kept.count() == data.train().count()) {
            throw new IllegalArgumentException(label + ": the training split of " + data.name() + " has no image of that class");
        }
        if (kept.count() == 0) throw new IllegalArgumentException(label + " leaves no training images");
        return new ImageDataset(data.name(), data.classNames(), kept, data.test());
    }

    /** Training settings {@code describe} with the note {@link #fromSettings} reads, or unchanged for none. */
    public static String settings(String describe, OptionalInt label) {
        return label.isEmpty() ? describe : describe + ", class " + label.getAsInt() + " held out of training";
    }

    public static OptionalInt fromSettings(String settings) {
        if (settings == null) return OptionalInt.empty();
        Matcher m = PATTERN.matcher(settings);
        if (!m.find()) return OptionalInt.empty();
        try {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
