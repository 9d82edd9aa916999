package org.latentexplorer.ui.datasets;

import org.latentexplorer.data.DatasetNote;
import org.latentexplorer.ui.common.Messages;

import java.util.List;

/** What a dataset reader did ({@link DatasetNote}), in the user's language. */
final class DatasetNoteTexts {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.datasets.messages");

    private DatasetNoteTexts() {}

    static String text(DatasetNote note) {
        List<String> v = note.values();
        return switch (note.kind()) {
            case GRAY_AS_COLOUR -> TEXT.get("note.grayAsColour", count(v.get(0)), count(v.get(1)));
            case ALPHA_DROPPED -> TEXT.get("note.alphaDropped", count(v.get(0)));
            case RESIZED -> TEXT.get("note.resized", count(v.get(0)), v.get(1), v.get(2),
                    "chosen".equals(v.get(3)) ? TEXT.get("rule.chosen") : TEXT.get("rule.mostCommon"));
            case SPLIT -> TEXT.get("note.split", v.get(0), v.get(1), v.get(2), v.get(3));
            case UNLABELED -> TEXT.get("note.unlabeled");
            case TEST_FILE -> TEXT.get("note.testFile", v.get(0));
            case SCALED -> TEXT.get("note.scaled");
            case SKIPPED -> TEXT.get("note.skipped", count(v.get(0)));
            default -> TEXT.get("note.other", note.kind().name(), String.join(", ", v));
        };
    }

    /** A count as a number, so the English text can say "1 file" and "2 files". */
    private static Object count(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }
}
