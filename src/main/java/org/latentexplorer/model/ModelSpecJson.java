package org.latentexplorer.model;

import com.google.gson.JsonObject;

import java.nio.file.Path;

/** A spec written with model.json's field names and checked as a bundle's is, for specs kept as data (the presets). */
public final class ModelSpecJson {
    private ModelSpecJson() {}

    /** {@code spec} as model.json's {@code "spec"} object; {@code source} names where it came from in a refusal. */
    public static ModelSpec read(String source, JsonObject spec) throws ModelFileException {
        JsonObject root = new JsonObject();
        root.add("spec", spec);
        return ModelJson.spec(Path.of(source), root);
    }
}
