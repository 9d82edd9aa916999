package org.latentexplorer.engine;

import org.latentexplorer.model.ModelSpec;

/** A model living on the engine thread, referred to by id from other threads. */
public record ModelHandle(int id, ModelSpec spec) {}
