package org.latentexplorer.cli;

import org.latentexplorer.data.DatasetNote;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ReadOptions;

import java.util.List;
import java.util.Map;

/** The CLI's English for what a dataset reader did ({@link DatasetNote}s), and its dataset options. */
final class DatasetTexts {
    private static final Map<DatasetNote.Kind, String> ENGLISH = Map.of(
            DatasetNote.Kind.GRAY_AS_COLOUR, "note: %s gray images were given three equal channels, as %s images have colour",
            DatasetNote.Kind.ALPHA_DROPPED, "note: the alpha channel of %s images was dropped (RGB kept)",
            DatasetNote.Kind.RESIZED, "note: %s images were resized to %s×%s (%s size), averaging when shrinking, bilinear when enlarging",
            DatasetNote.Kind.SPLIT, "note: no test split given: %s%% of each class went to the test split (stratified, seed %s): %s train, %s test",
            DatasetNote.Kind.UNLABELED, "note: no labels: all images are one class",
            DatasetNote.Kind.TEST_FILE, "note: the test split is %s",
            DatasetNote.Kind.SCALED, "note: pixel values in 0–1 were scaled to 0–255",
            DatasetNote.Kind.SKIPPED, "note: %s files that are not PNG, JPEG, BMP or GIF images were skipped");

    private DatasetTexts() {}

    static List<String> notes(ImageDataset data) {
        return data.notes().stream()
                .map(n -> String.format(ENGLISH.get(n.kind()), n.values().stream().map(v -> v.equals("most-common") ? "the most common" : v).toArray()))
                .toList();
    }

    /** Read options for {@code --image-size HxW} (null: the defaults). */
    static ReadOptions options(String imageSize) {
        if (imageSize == null) return ReadOptions.defaults();
        String[] parts = imageSize.toLowerCase(java.util.Locale.ROOT).split("[x×]");
        try {
            if (parts.length != 2) throw new NumberFormatException();
            int h = Integer.parseInt(parts[0].strip()), w = Integer.parseInt(parts[1].strip());
            if (h < 1 || w < 1 || h > 1024 || w > 1024) throw new NumberFormatException();
            return ReadOptions.defaults().withSize(h, w);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--image-size " + imageSize + ": expected HEIGHTxWIDTH, each 1–1024, e.g. 28x28");
        }
    }
}
