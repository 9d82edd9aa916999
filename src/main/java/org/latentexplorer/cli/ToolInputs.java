package org.latentexplorer.cli;

import org.latentexplorer.data.ImageSet;

import java.util.Arrays;

/** Parsing and small helpers shared by the latent tools (metrics, grid, interpolate, anomalies). */
final class ToolInputs {
    private ToolInputs() {}

    /** Comma-separated numbers, e.g. "0.5,-1.2"; the message names the option on failure. */
    static double[] numbers(String text, String option) {
        String[] parts = text.split(",", -1);
        double[] values = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + parts[i].strip() + "' in '" + text + "' is not a number");
            }
            if (!Double.isFinite(values[i]) || Math.abs(values[i]) > Float.MAX_VALUE) {
                throw new IllegalArgumentException(option + ": values must be finite numbers within ±3.4e38, was " + text);
            }
        }
        return values;
    }

    /**
     * A code given as d values, or as 2 values for the first two axes of a larger code (the others 0).
     */
    static float[] code(String text, int dimension, String option) {
        double[] v = numbers(text, option);
        if (v.length != dimension && !(v.length == 2 && dimension > 2)) {
            throw new IllegalArgumentException(option + " has " + v.length + " values, but the model has a " + dimension
                    + "-d latent space (give " + dimension + (dimension > 2 ? ", or 2 for z0,z1" : "") + ")");
        }
        float[] code = new float[dimension];
        for (int j = 0; j < v.length; j++) code[j] = (float) v[j];
        return code;
    }

    static void checkIndex(int index, ImageSet images, String option, String datasetName) {
        if (index < 0 || index >= images.count()) {
            throw new IllegalArgumentException(option + " " + index + " is not a test image of " + datasetName
                    + " (it has " + images.count() + ", numbered 0.." + (images.count() - 1) + ")");
        }
    }

    /** The wall's default box over two coordinates: the 0.5–99.5% range of each, padded by 5%. */
    static double[] robustBox(float[][] codes, int xAxis, int yAxis) {
        double[] xs = new double[codes.length], ys = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            xs[i] = codes[i][xAxis];
            ys[i] = yAxis < 0 ? 0 : codes[i][yAxis];
        }
        Arrays.sort(xs);
        Arrays.sort(ys);
        int lo = (int) Math.floor((xs.length - 1) * 0.005), hi = (int) Math.ceil((xs.length - 1) * 0.995);
        double x0 = xs[lo], x1 = xs[hi], y0 = ys[lo], y1 = ys[hi];
        double padX = Math.max(1e-3, (x1 - x0) * 0.05), padY = Math.max(1e-3, (y1 - y0) * 0.05);
        return new double[] {x0 - padX, x1 + padX, y0 - padY, y1 + padY};
    }

    static void checkRange(String option, int value, int min, int max) {
        if (value < min || value > max) throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", was " + value);
    }

    static double[] rounded(double[] values, int digits) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = Json.round(values[i], digits);
        return out;
    }

    static double[] rounded(float[] values, int digits) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) out[i] = Json.round(values[i], digits);
        return out;
    }
}
