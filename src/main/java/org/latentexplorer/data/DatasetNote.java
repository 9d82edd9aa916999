package org.latentexplorer.data;

import java.util.List;

/**
 * Something a reader did to the data that the user should be told (a split it made, images it resized, gray
 * images it gave colour channels). A message key and its values, so the UI and the CLI word it themselves.
 */
public record DatasetNote(Kind kind, List<String> values) {
    public enum Kind {
        /** values: how many gray images were given three equal channels, how many images had colour. */
        GRAY_AS_COLOUR("dataset.note.grayAsColour"),
        /** values: how many images had an alpha channel that was dropped (RGBA arrays). */
        ALPHA_DROPPED("dataset.note.alphaDropped"),
        /** values: how many images were resized, target height, target width, rule ({@code most-common} or {@code chosen}). */
        RESIZED("dataset.note.resized"),
        /** values: test fraction in percent, seed, train count, test count. */
        SPLIT("dataset.note.split"),
        /** values: none; every image is in one class. */
        UNLABELED("dataset.note.unlabeled"),
        /** values: the file the test split came from. */
        TEST_FILE("dataset.note.testFile"),
        /** values: none; pixel values in [0, 1] were scaled to 0–255. */
        SCALED("dataset.note.scaled"),
        /** values: how many files were skipped (not PNG, JPEG, BMP or GIF). */
        SKIPPED("dataset.note.skipped");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public DatasetNote {
        values = List.copyOf(values);
    }

    public static DatasetNote of(Kind kind, Object... values) {
        return new DatasetNote(kind, java.util.Arrays.stream(values).map(String::valueOf).toList());
    }
}
