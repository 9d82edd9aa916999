package org.latentexplorer.model;

import ai.djl.ndarray.types.Shape;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latentexplorer.Fixtures.onEngine;
import static org.latentexplorer.Fixtures.spec;

class ModelBundleTest {
    private static final ModelSpec SPEC = spec(ModelKind.VAE, 3, 32);
    private static final float[] CODES = {0, 0, 0, 1.5f, -0.5f, 2, -3, 0.25f, 1};

    @TempDir Path dir;
    private Path bundle;

    @BeforeEach
    void saveBundle() throws IOException {
        bundle = dir.resolve("model.zip");
        TrainingHistory history = new TrainingHistory();
        history.setSettings("test run");
        history.add(new TrainingHistory.Epoch(1, 180.5, 170.25, 1.5));
        history.add(new TrainingHistory.Epoch(2, 160.0, Double.NaN, 1.25));
        onEngine(manager -> {
            try (Autoencoder model = Autoencoder.create(SPEC, manager, 11)) {
                ModelBundle.save(bundle, model, history);
                return null;
            }
        });
    }

    private static float[] decode(Path file, ModelBundle.Contents contents) {
        return onEngine(manager -> {
            try (Autoencoder model = ModelBundle.instantiate(file, contents, manager)) {
                return model.decode(manager.create(CODES, new Shape(3, 3))).toFloatArray();
            }
        });
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) entries.put(e.getName(), in.readAllBytes());
        }
        return entries;
    }

    /** A copy of the test bundle with its entries edited. */
    private Path edited(String name, Consumer<Map<String, byte[]>> edit) throws IOException {
        Map<String, byte[]> entries = entries(bundle);
        edit.accept(entries);
        Path file = dir.resolve(name);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** A copy of the test bundle with one field of its spec JSON changed. */
    private Path withJson(String name, Consumer<JsonObject> edit) throws IOException {
        return edited(name, entries -> {
            JsonObject root = JsonParser.parseString(new String(entries.get(ModelBundle.SPEC_ENTRY), StandardCharsets.UTF_8)).getAsJsonObject();
            edit.accept(root);
            entries.put(ModelBundle.SPEC_ENTRY, root.toString().getBytes(StandardCharsets.UTF_8));
        });
    }

    private static void assertReadRejected(Path file, String problem) {
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelBundle.read(file));
        assertNamesFileAndProblem(e, file, problem);
    }

    private static void assertNamesFileAndProblem(Exception e, Path file, String problem) {
        assertTrue(e.getMessage().contains(file.toString()), () -> "message should name the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(problem), () -> "message should say '" + problem + "': " + e.getMessage());
    }

    @Test
    void savedBundleLoadsWithSpecHistoryAndIdenticalDecodes() throws IOException {
        float[] before = onEngine(manager -> {
            try (Autoencoder model = Autoencoder.create(SPEC, manager, 11)) {
                return model.decode(manager.create(CODES, new Shape(3, 3))).toFloatArray();
            }
        });
        ModelBundle.Contents contents = ModelBundle.read(bundle);

        assertEquals(SPEC, contents.spec());
        assertEquals("test run", contents.history().settings());
        assertEquals(2, contents.history().epochs().size());
        assertEquals(new TrainingHistory.Epoch(1, 180.5, 170.25, 1.5), contents.history().epochs().get(0));
        assertTrue(Double.isNaN(contents.history().epochs().get(1).testLoss()), "a missing test loss stays NaN");
        assertArrayEquals(before, decode(bundle, contents));
    }

    @Test
    void differentSeedsGiveDifferentDecodes() throws IOException {
        float[] other = onEngine(manager -> {
            try (Autoencoder model = Autoencoder.create(SPEC, manager, 12)) {
                return model.decode(manager.create(CODES, new Shape(3, 3))).toFloatArray();
            }
        });
        assertTrue(!Arrays.equals(other, decode(bundle, ModelBundle.read(bundle))), "the round-trip check must be able to fail");
    }

    @Test
    void corruptBundleIsRejectedWithItsName() throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) bytes[i] ^= 0x5a;
        Path file = dir.resolve("corrupt.zip");
        Files.write(file, bytes);
        assertReadRejected(file, "corrupt or truncated");
    }

    @Test
    void truncatedBundleIsRejectedWithItsName() throws IOException {
        byte[] bytes = Files.readAllBytes(bundle);
        Path file = dir.resolve("truncated.zip");
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        assertReadRejected(file, "corrupt or truncated");
    }

    @Test
    void fileThatIsNotAZipIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("notes.zip");
        Files.writeString(file, "just some text, not a model\n");
        assertReadRejected(file, "not a model bundle");
    }

    @Test
    void missingFileIsRejectedWithItsName() {
        assertReadRejected(dir.resolve("absent.zip"), "file not found");
    }

    @Test
    void newerFormatVersionIsRejectedWithItsName() throws IOException {
        Path file = withJson("future.zip", root -> root.addProperty("formatVersion", ModelBundle.FORMAT_VERSION + 1));
        assertReadRejected(file, "format version " + (ModelBundle.FORMAT_VERSION + 1) + " is newer");
    }

    @Test
    void zeroFormatVersionIsRejectedWithItsName() throws IOException {
        assertReadRejected(withJson("zero.zip", root -> root.addProperty("formatVersion", 0)), "invalid format version 0");
    }

    @Test
    void bundleWithoutParametersIsRejectedWithItsName() throws IOException {
        assertReadRejected(edited("noparams.zip", e -> e.remove(ModelBundle.PARAMETERS_ENTRY)), "missing parameters.bin");
    }

    @Test
    void bundleWithoutSpecIsRejectedWithItsName() throws IOException {
        assertReadRejected(edited("nospec.zip", e -> e.remove(ModelBundle.SPEC_ENTRY)), "missing model.json");
    }

    @Test
    void specThatIsNotJsonIsRejectedWithItsName() throws IOException {
        Path file = edited("badjson.zip", e -> e.put(ModelBundle.SPEC_ENTRY, "{ not json".getBytes(StandardCharsets.UTF_8)));
        assertReadRejected(file, "model.json is not valid JSON");
    }

    @Test
    void unknownModelKindIsRejectedWithItsName() throws IOException {
        Path file = withJson("gan.zip", root -> root.getAsJsonObject("spec").addProperty("kind", "gan"));
        assertReadRejected(file, "spec.kind is \"gan\", expected one of ae, vae, aae");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {"latentDim; 5", "hidden; [16]", "hidden; [32, 8]"})
    void parametersThatDoNotFitTheSpecAreRejectedWithTheFileName(String field, String value) throws IOException {
        Path file = withJson("misfit.zip", root -> root.getAsJsonObject("spec").add(field, JsonParser.parseString(value)));
        ModelBundle.Contents contents = ModelBundle.read(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> onEngine(manager -> {
            try (Autoencoder model = ModelBundle.instantiate(file, contents, manager)) {
                return model.parameterCount();
            }
        }));
        assertNamesFileAndProblem(e, file, "do not fit");
    }
}
