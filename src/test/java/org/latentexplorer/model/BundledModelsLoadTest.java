package org.latentexplorer.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.latentexplorer.data.Assets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.latentexplorer.Fixtures.onEngine;

/** The stricter loading (limits, layout check against a fresh network) still accepts every bundled model. */
class BundledModelsLoadTest {
    static Stream<Path> bundledModels() throws IOException {
        return Files.list(Assets.modelsDir()).filter(p -> p.toString().endsWith(".zip")).sorted();
    }

    @ParameterizedTest
    @MethodSource("bundledModels")
    void everyBundledModelPassesTheChecksAndLoads(Path file) throws IOException {
        ModelBundle.Contents contents = ModelBundle.read(file);
        long count = onEngine(manager -> {
            try (Autoencoder model = ModelBundle.instantiate(file, contents, manager)) {
                return model.parameterCount();
            }
        });
        assertEquals(true, count > 0 && count <= BundleLimits.parameterBound(contents.spec()), "count " + count);
    }
}
