package org.latentexplorer.ui.datasets;

import org.latentexplorer.data.DatasetNote;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;

import java.util.ArrayList;
import java.util.List;

/**
 * What the loading panel tells about a dataset before it is trained on: name, format, the splits, image size,
 * channels, each class with its count, and what the reader did ({@link DatasetNote}s).
 *
 * @param sizesDiffer   the images came in different sizes and were resized (the user may pick the size)
 * @param splitMade     the data had no test split and one was made (the user may pick its fraction)
 */
public record DatasetSummary(String name, String format, int trainCount, int testCount, int height, int width,
                             int channels, List<ClassCount> classes, List<DatasetNote> notes, boolean sizesDiffer,
                             boolean splitMade, boolean unlabeled) {
    /** One class: its name and how many training and test images it has. */
    public record ClassCount(String name, int train, int test) {}

    public DatasetSummary {
        classes = List.copyOf(classes);
        notes = List.copyOf(notes);
    }

    public static DatasetSummary of(ImageDataset data) {
        List<ClassCount> classes = new ArrayList<>();
        int[] train = counts(data.train(), data.classNames().size()), test = counts(data.test(), data.classNames().size());
        for (int c = 0; c < data.classNames().size(); c++) classes.add(new ClassCount(data.classNames().get(c), train[c], test[c]));
        boolean resized = data.notes().stream().anyMatch(n -> n.kind() == DatasetNote.Kind.RESIZED);
        boolean split = data.notes().stream().anyMatch(n -> n.kind() == DatasetNote.Kind.SPLIT);
        boolean unlabeled = data.notes().stream().anyMatch(n -> n.kind() == DatasetNote.Kind.UNLABELED) || data.classNames().size() <= 1;
        String format = data.source() == null ? "" : data.source().format();
        return new DatasetSummary(data.name(), format, data.train().count(), data.test().count(), data.height(),
                data.width(), channels(data.train()), classes, data.notes(), resized, split, unlabeled);
    }

    /** Channels per image, from the pixel count: 1 for gray, 3 for colour, whatever the reader stored. */
    static int channels(ImageSet set) {
        long perImage = (long) set.height() * set.width();
        return set.count() == 0 || perImage == 0 ? 1 : (int) Math.max(1, set.pixels().length / (perImage * set.count()));
    }

    private static int[] counts(ImageSet set, int classes) {
        int[] out = new int[Math.max(1, classes)];
        for (int l : set.labels()) if (l >= 0 && l < out.length) out[l]++;
        return out;
    }
}
