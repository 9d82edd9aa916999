package org.latentexplorer.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.util.Map;

/** One-line JSON results on stdout, for scripts. */
final class Json {
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private Json() {}

    static String line(Map<String, ?> fields) {
        return GSON.toJson(fields);
    }

    static double round(double value, int digits) {
        if (!Double.isFinite(value)) return value;
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
