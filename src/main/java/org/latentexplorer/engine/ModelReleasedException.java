package org.latentexplorer.engine;

/**
 * A call with a handle whose model was released: normally a late request for a model that the wall has just
 * replaced, which its caller drops; anywhere else it is a bug.
 */
public final class ModelReleasedException extends IllegalStateException {
    private final transient ModelHandle handle;

    public ModelReleasedException(ModelHandle handle) {
        super("model " + handle.id() + " was released");
        this.handle = handle;
    }

    public ModelHandle handle() {
        return handle;
    }
}
