package org.latentexplorer.model;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be used; the message names the file and the problem. */
public class ModelFileException extends IOException {
    public ModelFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
