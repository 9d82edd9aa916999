package org.latentexplorer.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.nio.file.Path;

/**
 * Where a dataset was read from and what it held, so a model trained on it can find it again: stored in the
 * model bundle ({@code "datasetSource"} in model.json) and checked when the model is opened.
 *
 * @param path        absolute, normalised path of the file or folder
 * @param format      the reader's {@link DatasetReader#format()}
 * @param channels    1 (gray) or 3 (colour)
 * @param height      image height after reading
 * @param width       image width after reading
 * @param sha256      {@link Fingerprint} of the decoded data
 * @param options     the options it was read with (size, split); reading it again with them gives the same data
 * @param bundledName the bundled dataset's name when it is one ({@code mnist}), else null: found by name if
 *                    the app moved
 */
public record DatasetSource(Path path, String format, int channels, int height, int width, String sha256, ReadOptions options,
                            String bundledName) {
    public DatasetSource {
        path = path.toAbsolutePath().normalize();
        if (options == null) options = ReadOptions.defaults();
        if (channels < 1) throw new IllegalArgumentException("channels must be positive, was " + channels);
    }

    /** A source of gray images. */
    public DatasetSource(Path path, String format, int height, int width, String sha256, ReadOptions options, String bundledName) {
        this(path, format, 1, height, width, sha256, options, bundledName);
    }

    /** Whether {@code data} (say, a file the user picked when this one was gone) holds the same images and labels. */
    public boolean sameData(ImageDataset data) {
        return data.source() != null ? data.source().sha256().equals(sha256) : Fingerprint.of(data).equals(sha256);
    }

    /** Short form of the fingerprint for messages. */
    public String shortFingerprint() {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("path", path.toString());
        o.addProperty("format", format);
        JsonArray shape = new JsonArray();
        shape.add(height);
        shape.add(width);
        o.add("imageShape", shape);
        o.addProperty("channels", channels);
        o.addProperty("sha256", sha256);
        if (bundledName != null) o.addProperty("bundled", bundledName);
        JsonObject read = new JsonObject();
        if (options.hasSize()) {
            JsonArray size = new JsonArray();
            size.add(options.height());
            size.add(options.width());
            read.add("size", size);
        }
        read.addProperty("testFraction", options.testFraction());
        read.addProperty("seed", options.seed());
        o.add("readOptions", read);
        return o;
    }

    /**
     * The inverse of {@link #toJson}; unknown fields are ignored, missing read options take the defaults and
     * missing channels (bundles from before colour) are 1.
     */
    public static DatasetSource fromJson(JsonObject o) {
        JsonArray shape = o.getAsJsonArray("imageShape");
        ReadOptions options = ReadOptions.defaults();
        JsonObject read = o.getAsJsonObject("readOptions");
        if (read != null) {
            if (read.has("size")) {
                JsonArray size = read.getAsJsonArray("size");
                options = options.withSize(size.get(0).getAsInt(), size.get(1).getAsInt());
            }
            options = options.withSplit(read.has("testFraction") ? read.get("testFraction").getAsDouble() : options.testFraction(),
                    read.has("seed") ? read.get("seed").getAsLong() : options.seed());
        }
        return new DatasetSource(Path.of(o.get("path").getAsString()), o.get("format").getAsString(),
                o.has("channels") ? o.get("channels").getAsInt() : 1, shape.get(0).getAsInt(), shape.get(1).getAsInt(),
                o.get("sha256").getAsString(), options,
                o.has("bundled") ? o.get("bundled").getAsString() : null);
    }
}
