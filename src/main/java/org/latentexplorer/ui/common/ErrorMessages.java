package org.latentexplorer.ui.common;

import org.latentexplorer.data.BadFileException;
import org.latentexplorer.data.ErrorText;
import org.latentexplorer.data.Explained;

import java.util.Locale;
import java.util.ResourceBundle;

/** The user's-language text of the app's keyed errors (data/errors*.properties); other failures as they are. */
public final class ErrorMessages {
    private ErrorMessages() {}

    /** The sentence for {@code e} without the file (for messages that name it already), or null if it has no key. */
    public static String problem(Throwable e) {
        if (!(e instanceof Explained x)) return null;
        return ErrorText.format(ResourceBundle.getBundle(ErrorText.BUNDLE, Messages.locale()), x.key(), x.args());
    }

    /**
     * The sentence for {@code e}, prefixed by its file's name when it is about a file; an engine failure as one
     * line; null for anything else.
     */
    public static String of(Throwable e) {
        if (e instanceof org.latentexplorer.engine.DatasetMismatchException m) {
            return Messages.get("error.shapeMismatch", m.file(), m.modelHeight(), m.modelWidth(), m.dataset(),
                    m.dataHeight(), m.dataWidth(), m.modelChannels(), m.dataChannels());
        }
        if (e.getClass().getName().startsWith("ai.djl")) return org.latentexplorer.model.EngineFailures.oneLine(e);
        String problem = problem(e);
        if (problem == null) return null;
        return e instanceof BadFileException b && b.file() != null ? b.file().getFileName() + ": " + problem : problem;
    }
}
