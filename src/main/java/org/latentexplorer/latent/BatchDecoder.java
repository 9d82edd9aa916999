package org.latentexplorer.latent;

/**
 * Turns codes into images (values in [0, 1], one row per code), in one batch. In the app and CLI it is
 * {@code codes -> service.decodeMany(handle, codes).join()}; tests pass a synthetic function. Such a decoder
 * waits for the engine thread, so run whatever calls it on a background thread (never the FX thread, never
 * the engine thread itself).
 */
@FunctionalInterface
public interface BatchDecoder {
    float[][] decode(float[][] codes);
}
