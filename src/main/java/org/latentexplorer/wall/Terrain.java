package org.latentexplorer.wall;

/** A picture laid under the points, covering the latent box [x0, x1] × [y0, y1] (decoded tiles, a density). */
public record Terrain(int[] argb, int width, int height, double x0, double x1, double y0, double y1) {}
