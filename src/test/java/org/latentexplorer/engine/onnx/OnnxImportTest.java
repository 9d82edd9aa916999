package org.latentexplorer.engine.onnx;

import ai.djl.engine.Engine;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.BadFileException;
import org.latentexplorer.data.BadValueException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelEngine;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.engine.Reconstruction;
import org.latentexplorer.engine.TrainingObserver;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.TrainingConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixtures of scripts/make-onnx-fixtures.py (the course's tanh autoencoder and VAE, exported from PyTorch)
 * imported and run here must compute what PyTorch computed (reference.json), to 1e-4.
 */
class OnnxImportTest {
    static final Path FIXTURES = Path.of("src/test/resources/onnx");
    private static final float TOLERANCE = 1e-4f;
    private static ModelService service;
    private static JsonObject reference;
    private static ImageSet first64;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws IOException {
        service = new ModelService();
        reference = JsonParser.parseString(Files.readString(FIXTURES.resolve("reference.json"), StandardCharsets.UTF_8)).getAsJsonObject();
        first64 = Fixtures.mnist().test().head(64);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static Path fixture(String name) {
        return FIXTURES.resolve(name);
    }

    private static ModelEngine.Opened imported(String prefix, OnnxLayout.Mapping mapping, String bundle) {
        Path out = dir.resolve(bundle);
        service.importOnnx(new OnnxImport.Request(fixture(prefix + "-encoder.onnx"), fixture(prefix + "-decoder.onnx"), "mnist", mapping, out)).join();
        return service.open(out).join();
    }

    private static float[][] rows(JsonArray flat, int width) {
        float[][] rows = new float[flat.size() / width][width];
        for (int i = 0; i < flat.size(); i++) rows[i / width][i % width] = flat.get(i).getAsFloat();
        return rows;
    }

    private static void assertClose(float[][] expected, float[][] actual) {
        assertEquals(expected.length, actual.length, "rows");
        for (int i = 0; i < expected.length; i++) assertArrayEquals(expected[i], actual[i], TOLERANCE, "row " + i);
    }

    @Test
    void theGraphsShapesGiveKindCodeSizeAndLayout() {
        ModelEngine.Opened ae = imported("ae", OnnxLayout.Mapping.AUTOMATIC, "shapes-ae.zip");
        ModelEngine.Opened vae = imported("vae", OnnxLayout.Mapping.AUTOMATIC, "shapes-vae.zip");
        try {
            assertEquals(ModelKind.AE, ae.handle().spec().kind());
            assertEquals(3, ae.handle().spec().latentDim());
            assertEquals(Architecture.ONNX, ae.handle().spec().architecture());
            assertEquals(ModelKind.VAE, vae.handle().spec().kind());
            assertEquals(2, vae.handle().spec().latentDim());
            assertEquals(28, vae.handle().spec().height());
            assertEquals(10, ae.handle().spec().classNames().size());
            assertEquals("AE ONNX 784 → 3", ae.handle().spec().describe());
        } finally {
            service.release(ae.handle()).join();
            service.release(vae.handle()).join();
        }
    }

    @Test
    void encodingAndDecodingMatchThePyTorchModelThatExportedThem() {
        ModelEngine.Opened ae = imported("ae", OnnxLayout.Mapping.AUTOMATIC, "match-ae.zip");
        try {
            LatentCodes codes = service.encode(ae.handle(), first64).join();
            JsonObject r = reference.getAsJsonObject("ae");
            assertClose(rows(r.getAsJsonArray("codes"), 3), codes.codes());
            float[] decoded = service.decode(ae.handle(), codes.codes()[0]).join();
            assertArrayEquals(rows(r.getAsJsonArray("decodedFirst"), 784)[0], decoded, TOLERANCE);
            Reconstruction rec = service.reconstruct(ae.handle(), first64.image(0)).join();
            assertArrayEquals(decoded, rec.pixels(), TOLERANCE);
            assertEquals(codes.errors()[0], rec.error(), 1e-6);
        } finally {
            service.release(ae.handle()).join();
        }
    }

    @Test
    void aVaesMuAndLogVarComeFromTheNamedOutputsAndItsImagesAreNx1x28x28() {
        ModelEngine.Opened vae = imported("vae", OnnxLayout.Mapping.AUTOMATIC, "vae.zip");
        ModelEngine.Opened swapped = imported("vae", new OnnxLayout.Mapping("logvar", "mu"), "vae-swapped.zip");
        try {
            JsonObject r = reference.getAsJsonObject("vae");
            float[][] mu = rows(r.getAsJsonArray("mu"), 2), logVar = rows(r.getAsJsonArray("logvar"), 2);
            ModelService.Posterior p = service.posterior(vae.handle(), first64).join();
            assertClose(mu, p.mu());
            assertClose(logVar, p.logVar());
            // The wall shows μ.
            assertClose(mu, service.encode(vae.handle(), first64).join().codes());
            // Mapped the other way round by the user, the outputs swap.
            ModelService.Posterior q = service.posterior(swapped.handle(), first64).join();
            assertClose(logVar, q.mu());
            assertClose(mu, q.logVar());
            // The decoder gives N×1×28×28; the app sees 784 pixels.
            float[] decoded = service.decode(vae.handle(), mu[0]).join();
            assertArrayEquals(rows(r.getAsJsonArray("decodedFirst"), 784)[0], decoded, TOLERANCE);
        } finally {
            service.release(vae.handle()).join();
            service.release(swapped.handle()).join();
        }
    }

    @Test
    void aBundleSavedAgainReopensWithTheSameCodesAndDataset() {
        ModelEngine.Opened first = imported("ae", OnnxLayout.Mapping.AUTOMATIC, "round-1.zip");
        Path again = dir.resolve("round-2.zip");
        try {
            service.save(first.handle(), first.history(), again).join();
        } finally {
            service.release(first.handle()).join();
        }
        ModelEngine.Opened second = service.open(again).join();
        try {
            assertClose(first.codes().codes(), second.codes().codes());
            assertEquals(first.dataset().test().count(), second.codes().count());
            assertEquals("mnist", second.history().datasetSource().bundledName());
        } finally {
            service.release(second.handle()).join();
        }
    }

    @Test
    void aDecoderForAnotherCodeSizeIsRefusedNamingTheFileAndBothShapes() {
        Path decoder = fixture("vae-decoder.onnx");
        CompletionException e = assertThrows(CompletionException.class, () -> service.importOnnx(new OnnxImport.Request(
                fixture("ae-encoder.onnx"), decoder, "mnist", null, dir.resolve("mismatch.zip"))).join());
        BadFileException bad = assertInstanceOf(BadFileException.class, e.getCause());
        assertEquals("onnx.decoder.codeSize", bad.key());
        assertEquals(decoder, bad.file());
        assertTrue(bad.getMessage().contains("N×2") && bad.getMessage().contains("N×3"), bad.getMessage());
        assertFalse(Files.exists(dir.resolve("mismatch.zip")));
    }

    @Test
    void anEncoderForOtherImagesIsRefusedNamingTheDataset() {
        // The decoder taken as an encoder: it takes N×3, not MNIST's 784 pixels.
        Path wrong = fixture("ae-decoder.onnx");
        CompletionException e = assertThrows(CompletionException.class, () -> service.importOnnx(new OnnxImport.Request(
                wrong, fixture("ae-decoder.onnx"), "mnist", null, dir.resolve("wrong.zip"))).join());
        BadFileException bad = assertInstanceOf(BadFileException.class, e.getCause());
        assertEquals("onnx.encoder.input", bad.key());
        assertEquals(wrong, bad.file());
        assertTrue(bad.getMessage().contains("N×3") && bad.getMessage().contains("784"), bad.getMessage());
    }

    @Test
    void trainingAnImportedModelIsRefused() {
        ModelEngine.Opened ae = imported("ae", OnnxLayout.Mapping.AUTOMATIC, "train.zip");
        try {
            assertFalse(ae.handle().trainable());
            CompletionException e = assertThrows(CompletionException.class, () -> service.train(ae.handle(), first64, null,
                    new TrainingConfig(TrainingConfig.Optimizer.ADAM, 1, 32, 1e-3, 1), new TrainingObserver() {
                        @Override public void batchFinished(int epoch, int batch, int batches, double loss) {}
                        @Override public void epochFinished(TrainingHistory.Epoch epoch, LatentCodes codes) {}
                        @Override public boolean cancelRequested() { return false; }
                    }, new TrainingHistory()).join());
            assertEquals("onnx.notTrainable", assertInstanceOf(BadValueException.class, e.getCause()).key());
        } finally {
            service.release(ae.handle()).join();
        }
    }

    @Test
    void mxnetStaysTheDefaultEngineBesideOnnxRuntime() {
        ModelEngine.Opened ae = imported("ae", OnnxLayout.Mapping.AUTOMATIC, "engines.zip");
        try {
            assertEquals("MXNet", Engine.getDefaultEngineName());
            assertTrue(Engine.hasEngine("OnnxRuntime"));
        } finally {
            service.release(ae.handle()).join();
        }
    }

    @Test
    void theWeightCountIsTheInitializersValues() {
        ModelEngine.Opened ae = imported("ae", OnnxLayout.Mapping.AUTOMATIC, "count.zip");
        try {
            // 784-128-64-12-3 and back: weights and biases of 8 dense layers.
            long dense = 2L * (784 * 128 + 128 * 64 + 64 * 12 + 12 * 3) + (128 + 64 + 12 + 3) + (12 + 64 + 128 + 784);
            assertEquals(dense, service.parameterCount(ae.handle()).join());
        } finally {
            service.release(ae.handle()).join();
        }
    }
}
