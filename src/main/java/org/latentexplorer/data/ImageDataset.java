package org.latentexplorer.data;

import java.util.List;

/** A named image dataset with a train and a test split and a name per class. */
public record ImageDataset(String name, List<String> classNames, ImageSet train, ImageSet test) {
    public ImageDataset {
        classNames = List.copyOf(classNames);
        if (train.height() != test.height() || train.width() != test.width()) {
            throw new IllegalArgumentException(name + ": train and test images differ in size");
        }
    }

    public int height() {
        return train.height();
    }

    public int width() {
        return train.width();
    }

    public String className(int label) {
        return label >= 0 && label < classNames.size() ? classNames.get(label) : Integer.toString(label);
    }

    /** The same dataset cut to at most {@code trainCount} training and {@code testCount} test images. */
    public ImageDataset subset(int trainCount, int testCount) {
        return new ImageDataset(name, classNames, train.head(trainCount), test.head(testCount));
    }

    /** {@link #subset} where a null limit means the whole split; this dataset itself when neither is given. */
    public ImageDataset limitedTo(Integer trainLimit, Integer testLimit) {
        if (trainLimit == null && testLimit == null) return this;
        return subset(trainLimit == null ? Integer.MAX_VALUE : trainLimit, testLimit == null ? Integer.MAX_VALUE : testLimit);
    }
}
