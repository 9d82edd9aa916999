package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;

/** Training without one class, so its reconstruction error can be tested as an anomaly score. */
final class HoldOut {
    private HoldOut() {}

    /** The dataset with every image of class {@code label} removed from the training split; the test split is kept. */
    static ImageDataset withoutClass(ImageDataset data, int label) {
        if (label < 0 || label >= data.classNames().size()) {
            throw new IllegalArgumentException("--hold-out-class " + label + " is not a class of " + data.name()
                    + " (0.." + (data.classNames().size() - 1) + ")");
        }
        ImageSet kept = withoutLabel(data.train(), label);
        if (kept.count() == data.train().count()) {
            throw new IllegalArgumentException("--hold-out-class " + label + ": the training split of " + data.name() + " has no image of that class");
        }
        if (kept.count() == 0) throw new IllegalArgumentException("--hold-out-class " + label + " leaves no training images");
        return new ImageDataset(data.name(), data.classNames(), kept, data.test());
    }

    static ImageSet withoutLabel(ImageSet set, int label) {
        int size = set.imageSize(), kept = 0;
        for (int l : set.labels()) if (l != label) kept++;
        byte[] pixels = new byte[kept * size];
        int[] labels = new int[kept];
        for (int i = 0, k = 0; i < set.count(); i++) {
            if (set.labels()[i] == label) continue;
            System.arraycopy(set.pixels(), i * size, pixels, k * size, size);
            labels[k++] = set.labels()[i];
        }
        return new ImageSet(pixels, labels, set.height(), set.width());
    }
}
