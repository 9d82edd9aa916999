package org.latentexplorer.ui.explorer;

/**
 * Where the model on the wall is in its life: every path that replaces or releases it goes through
 * {@link ExplorerViewModel}, which moves it along these states.
 */
public enum ModelState {
    /** Nothing on the wall yet (start-up, or a failed first load). */
    EMPTY,
    /** A bundle is being read and encoded; the previous model stays on the wall until it is ready. */
    LOADING,
    /** A model from a file is on the wall: nothing to lose if it is replaced. */
    READY,
    /** A run is training the model on the wall. */
    TRAINING,
    /** A run has ended (finished or cancelled) and its model is not saved: replacing it asks first. */
    TRAINED_UNSAVED;

    public boolean hasUnsavedWork() {
        return this == TRAINING || this == TRAINED_UNSAVED;
    }
}
