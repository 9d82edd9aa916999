package org.latentexplorer.data;

/**
 * A failure told as a message key and its arguments, so the UI can show it in the user's language (the keys
 * live in {@code org/latentexplorer/data/errors.properties}) and the CLI in English ({@link ErrorText}).
 */
public interface Explained {
    String key();

    Object[] args();
}
