package org.latentexplorer.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.latentexplorer.data.BadValueException;

import java.nio.file.Path;

/**
 * Typed, bounded reads of model.json's fields. Every refusal is a {@link ModelFileException} naming the file, the
 * field's path ("spec.hidden[2]"), what it was and what was expected.
 */
final class JsonFields {
    private final Path file;

    JsonFields(Path file) {
        this.file = file;
    }

    ModelFileException missing(String path, String expected) {
        return new ModelFileException(file, "model.json.missing", path, expected);
    }

    ModelFileException wrong(String path, JsonElement found, String expected) {
        return new ModelFileException(file, "model.json.type", path, describe(found), expected);
    }

    /** A short description of a JSON value for a message: its type, and its value if short. */
    static String describe(JsonElement e) {
        if (e == null || e.isJsonNull()) return "null";
        if (e.isJsonObject()) return "an object";
        if (e.isJsonArray()) return "an array of " + e.getAsJsonArray().size();
        String text = e.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private JsonElement get(JsonObject o, String name, String path, String expected, boolean required) throws ModelFileException {
        JsonElement e = o.get(name);
        if ((e == null || e.isJsonNull()) && required) throw missing(path, expected);
        return e == null || e.isJsonNull() ? null : e;
    }

    JsonObject object(JsonObject o, String name, String path, boolean required) throws ModelFileException {
        JsonElement e = get(o, name, path, "an object", required);
        if (e == null) return null;
        if (!e.isJsonObject()) throw wrong(path, e, "an object");
        return e.getAsJsonObject();
    }

    JsonArray array(JsonObject o, String name, String path, int maxSize, boolean required) throws ModelFileException {
        JsonElement e = get(o, name, path, "an array", required);
        if (e == null) return null;
        if (!e.isJsonArray()) throw wrong(path, e, "an array");
        JsonArray a = e.getAsJsonArray();
        if (a.size() > maxSize) throw new ModelFileException(file, "model.json.tooMany", path, a.size(), maxSize);
        return a;
    }

    String string(JsonObject o, String name, String path, String fallback) throws ModelFileException {
        JsonElement e = get(o, name, path, "a string", fallback == null);
        return e == null ? fallback : string(e, path);
    }

    String string(JsonElement e, String path) throws ModelFileException {
        if (!(e instanceof JsonPrimitive p) || !p.isString()) throw wrong(path, e, "a string");
        return p.getAsString();
    }

    int integer(JsonObject o, String name, String path, int min, int max, Integer fallback) throws ModelFileException {
        JsonElement e = get(o, name, path, "a whole number from " + min + " to " + max, fallback == null);
        return e == null ? fallback : integer(e, path, min, max);
    }

    int integer(JsonElement e, String path, int min, int max) throws ModelFileException {
        String expected = "a whole number from " + min + " to " + max;
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) throw wrong(path, e, expected);
        double v = number(p, path, expected);
        if (v != Math.rint(v) || v < min || v > max) throw new ModelFileException(file, "model.json.range", path, describe(e), expected);
        return (int) v;
    }

    double number(JsonObject o, String name, String path, double min, double max, Double fallback) throws ModelFileException {
        String expected = "a number from " + min + " to " + max;
        JsonElement e = get(o, name, path, expected, fallback == null);
        if (e == null) return fallback;
        if (!(e instanceof JsonPrimitive p) || !p.isNumber()) throw wrong(path, e, expected);
        double v = number(p, path, expected);
        if (!(v >= min && v <= max)) throw new ModelFileException(file, "model.json.range", path, describe(e), expected);
        return v;
    }

    /** A history figure: any number, or null / absent / "NaN" for "not measured". */
    double measurement(JsonObject o, String name, String path) throws ModelFileException {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) return Double.NaN;
        if (!(e instanceof JsonPrimitive p)) throw wrong(path, e, "a number");
        try {
            return p.getAsDouble();
        } catch (NumberFormatException ex) {
            throw wrong(path, e, "a number");
        }
    }

    private double number(JsonPrimitive p, String path, String expected) throws ModelFileException {
        try {
            return p.getAsDouble();
        } catch (NumberFormatException ex) {
            throw wrong(path, p, expected);
        }
    }

    boolean bool(JsonObject o, String name, String path, boolean fallback) throws ModelFileException {
        JsonElement e = get(o, name, path, "true or false", false);
        if (e == null) return fallback;
        if (!(e instanceof JsonPrimitive p) || !p.isBoolean()) throw wrong(path, e, "true or false");
        return p.getAsBoolean();
    }

    <E extends Enum<E>> E choice(JsonObject o, String name, String path, Class<E> type, E fallback) throws ModelFileException {
        String expected = "one of " + Choices.allowed(type);
        JsonElement e = get(o, name, path, expected, fallback == null);
        if (e == null) return fallback;
        String text = string(e, path);
        try {
            return Choices.parse(type, text, path);
        } catch (BadValueException ex) {
            throw new ModelFileException(file, "model.json.range", path, describe(e), expected);
        }
    }
}
