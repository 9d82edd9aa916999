package org.latentexplorer.ui.explorer;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Asks what to do with a trained model that is not saved, before something replaces it. The view answers
 * with a dialog; tests answer with a script.
 */
@FunctionalInterface
public interface UnsavedModelPrompt {
    /** The user's answer: save to {@code file}, discard, or cancel what was about to happen. */
    record Choice(Kind kind, Path file) {
        public enum Kind { SAVE, DISCARD, CANCEL }

        public static Choice save(Path file) { return new Choice(Kind.SAVE, file); }
        public static Choice discard() { return new Choice(Kind.DISCARD, null); }
        public static Choice cancel() { return new Choice(Kind.CANCEL, null); }
    }

    /** @param suggestedName a file name for the save dialog, e.g. "vae-mlp-2d.zip" */
    CompletableFuture<Choice> ask(String suggestedName);
}
