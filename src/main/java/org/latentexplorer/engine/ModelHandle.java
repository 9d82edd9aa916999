package org.latentexplorer.engine;

import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelSpec;

/** A model living on the engine thread, referred to by id from other threads. */
public record ModelHandle(int id, ModelSpec spec) {
    /** Whether the app can train this model: an imported ONNX model is run, never trained, here. */
    public boolean trainable() {
        return spec.architecture() != Architecture.ONNX;
    }
}
