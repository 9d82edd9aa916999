package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file the app refuses: it names the file, and says what was wrong and what was expected as a message key
 * with arguments. {@link #getMessage()} is the English sentence, prefixed by the file.
 */
public class BadFileException extends IOException implements Explained {
    /** For problems still described in free English text; its only argument is that text. */
    public static final String FREE_TEXT = "file.problem";
    private final transient Path file;
    private final String key;
    private final transient Object[] args;

    public BadFileException(Path file, String key, Object... args) {
        super(file + ": " + ErrorText.english(key, args));
        this.file = file;
        this.key = key;
        this.args = args.clone();
    }

    public BadFileException(Path file, String key, Throwable cause, Object... args) {
        this(file, key, args);
        initCause(cause);
    }

    public Path file() {
        return file;
    }

    @Override
    public String key() {
        return key;
    }

    /** The arguments of {@link #key()}; the file is not among them (UIs show it beside the message). */
    @Override
    public Object[] args() {
        return args.clone();
    }
}
