package org.latentexplorer.data;

import java.nio.file.Path;

/** A file that is not a valid IDX file; the message names the file and what is wrong. */
public class IdxFormatException extends BadFileException {
    public IdxFormatException(Path file, String problem) {
        super(file, FREE_TEXT, problem);
    }
}
