package org.latentexplorer.engine;

/** An image's code, its reconstruction and the mean squared error per pixel between them. */
public record Reconstruction(float[] code, float[] pixels, float error) {}
