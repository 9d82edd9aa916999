package org.latentexplorer.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.DatasetSource;
import org.latentexplorer.data.ReadOptions;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latentexplorer.Fixtures.onEngine;
import static org.latentexplorer.Fixtures.spec;

class DatasetProvenanceTest {
    @TempDir Path dir;

    private Path save(TrainingHistory history) {
        Path bundle = dir.resolve("m.zip");
        onEngine(manager -> {
            try (Autoencoder model = Autoencoder.create(spec(ModelKind.AE, 2, 16), manager, 1)) {
                ModelBundle.save(bundle, model, history);
                return null;
            }
        });
        return bundle;
    }

    @Test
    void aBundleRemembersWhereItsDatasetCameFrom() throws IOException {
        TrainingHistory history = new TrainingHistory();
        DatasetSource source = new DatasetSource(dir.resolve("digits.npz"), "npz", 28, 28, "ab".repeat(32),
                ReadOptions.defaults().withSplit(0.3, 5), null);
        history.setDatasetSource(source);
        DatasetSource read = ModelBundle.read(save(history)).history().datasetSource();
        assertEquals(source.path(), read.path());
        assertEquals("npz", read.format());
        assertEquals(source.sha256(), read.sha256());
        assertEquals(0.3, read.options().testFraction());
    }

    @Test
    void aBundleWithoutASourceStillLoads() throws IOException {
        assertNull(ModelBundle.read(save(new TrainingHistory())).history().datasetSource());
    }

    @Test
    void anUnreadableSourceIsRefusedNamingTheBundle() {
        com.google.gson.JsonObject root = new com.google.gson.JsonObject();
        root.addProperty(DatasetProvenance.FIELD, "not an object");
        Path file = dir.resolve("x.zip");
        ModelFileException e = assertThrows(ModelFileException.class, () -> DatasetProvenance.read(file, root, new TrainingHistory()));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("datasetSource"), e.getMessage());
    }
}
