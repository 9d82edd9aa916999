package org.latentexplorer.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.latentexplorer.data.DatasetSource;

import java.nio.file.Path;

/**
 * The optional {@code "datasetSource"} field of model.json: where the training data came from
 * ({@link DatasetSource}). Bundles written before it have none and load as before, found by dataset name.
 */
final class DatasetProvenance {
    static final String FIELD = "datasetSource";

    private DatasetProvenance() {}

    static void write(JsonObject root, TrainingHistory history) {
        DatasetSource source = history.datasetSource();
        if (source != null) root.add(FIELD, source.toJson());
    }

    static void read(Path file, JsonObject root, TrainingHistory history) throws ModelFileException {
        JsonElement e = root.get(FIELD);
        if (e == null || e.isJsonNull()) return;
        try {
            history.setDatasetSource(DatasetSource.fromJson(e.getAsJsonObject()));
        } catch (RuntimeException ex) {
            throw new ModelFileException(file, "invalid " + FIELD + " in " + ModelBundle.SPEC_ENTRY + ": " + ex.getMessage());
        }
    }
}
