package org.latentexplorer.wall;

/** A mark on the wall that is not a test image: a sampled code, a path's step. {@code label} may be empty. */
public record WallMarker(double x, double y, int argb, String label) {}
