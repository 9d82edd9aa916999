package org.latentexplorer.data;

import java.util.List;

/**
 * A named image dataset with a train and a test split and a name per class.
 *
 * @param notes  what the reader did to the data (split, resize, channels), for the user
 * @param source where it was read from, with its fingerprint; null for data made in memory
 */
public record ImageDataset(String name, List<String> classNames, ImageSet train, ImageSet test,
                           List<DatasetNote> notes, DatasetSource source) {
    public ImageDataset {
        classNames = List.copyOf(classNames);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (train.height() != test.height() || train.width() != test.width() || train.channels() != test.channels()) {
            throw new IllegalArgumentException(name + ": train and test images differ in size or channels");
        }
    }

    public ImageDataset(String name, List<String> classNames, ImageSet train, ImageSet test) {
        this(name, classNames, train, test, List.of(), null);
    }

    public int height() {
        return train.height();
    }

    public int width() {
        return train.width();
    }

    /** 1 for gray images, 3 for colour. */
    public int channels() {
        return train.channels();
    }

    public String className(int label) {
        return label >= 0 && label < classNames.size() ? classNames.get(label) : Integer.toString(label);
    }

    public ImageDataset withSource(DatasetSource s) {
        return new ImageDataset(name, classNames, train, test, notes, s);
    }

    /**
     * The same dataset cut to at most {@code trainCount} training and {@code testCount} test images. It keeps
     * its source: that still says where the whole dataset is, which is what a trained model must find again.
     */
    public ImageDataset subset(int trainCount, int testCount) {
        return new ImageDataset(name, classNames, train.head(trainCount), test.head(testCount), notes, source);
    }

    /** {@link #subset} where a null limit means the whole split; this dataset itself when neither is given. */
    public ImageDataset limitedTo(Integer trainLimit, Integer testLimit) {
        if (trainLimit == null && testLimit == null) return this;
        return subset(trainLimit == null ? Integer.MAX_VALUE : trainLimit, testLimit == null ? Integer.MAX_VALUE : testLimit);
    }
}
