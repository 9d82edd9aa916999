package org.latentexplorer.ui.explorer;

import org.latentexplorer.engine.DatasetMismatchException;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;

/** A failure in the user's words: known kinds get a translated sentence, others their own message. */
public final class ErrorTexts {
    private ErrorTexts() {}

    public static String of(Throwable error) {
        Throwable t = UiTasks.unwrap(error);
        if (t instanceof DatasetMismatchException m) {
            return Messages.get("error.shapeMismatch", m.file(), m.modelHeight(), m.modelWidth(), m.dataset(),
                    m.dataHeight(), m.dataWidth());
        }
        return UiTasks.message(t);
    }
}
