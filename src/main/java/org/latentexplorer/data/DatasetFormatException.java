package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;

/** A dataset file that cannot be read as its format; the message names the file and what is wrong. */
public class DatasetFormatException extends IOException {
    public DatasetFormatException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public DatasetFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
