package org.latentexplorer.model;

import org.latentexplorer.data.BadFileException;

import java.nio.file.Path;

/** A model file that cannot be used (or written); the message names the file and the problem. */
public class ModelFileException extends BadFileException {
    public ModelFileException(Path file, String key, Object... args) {
        super(file, key, args);
    }

    public ModelFileException(Path file, String key, Throwable cause, Object... args) {
        super(file, key, cause, args);
    }
}
