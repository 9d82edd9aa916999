package org.latentexplorer.ui.importing;

import javafx.application.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.engine.onnx.OnnxBundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import dialog's view model against the real engine and the PyTorch fixtures (needs a display: xvfb-run). */
class ImportViewModelTest {
    private static final Path FIXTURES = Path.of("src/test/resources/onnx");
    private static ModelService engine;

    @BeforeAll
    static void start() throws Exception {
        Platform.setImplicitExit(false);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        try {
            Platform.startup(() -> ready.complete(null));
            ready.get(30, TimeUnit.SECONDS);
        } catch (IllegalStateException alreadyRunning) {
            // another test started the toolkit in this JVM
        }
        engine = new ModelService();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(work.get()));
        return result.get(30, TimeUnit.SECONDS);
    }

    /** Polls {@code condition} on the FX thread until it holds (the engine answers asynchronously). */
    private static void await(Supplier<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!fx(condition)) {
            if (System.nanoTime() > end) throw new AssertionError("not reached within 60 s");
            Thread.sleep(20);
        }
    }

    @Test
    void aVaeEncoderAsksWhichOutputIsMuPrefilledFromTheNamesAndAnAeEncoderDoesNot() throws Exception {
        ImportViewModel vm = fx(() -> new ImportViewModel(engine, p -> {}));
        fx(() -> { vm.chooseEncoder(FIXTURES.resolve("vae-encoder.onnx")); return null; });
        await(() -> vm.mappingShownProperty().get());
        assertEquals("mu", fx(() -> vm.muProperty().get()));
        assertEquals("logvar", fx(() -> vm.logVarProperty().get()));
        assertEquals(FIXTURES.resolve("vae.zip"), fx(() -> vm.outProperty().get()));
        fx(() -> { vm.chooseEncoder(FIXTURES.resolve("ae-encoder.onnx")); return null; });
        await(() -> vm.outputs().size() == 1);
        assertFalse(fx(() -> vm.mappingShownProperty().get()));
    }

    @Test
    void importingSavesTheBundleAndOpensItThroughTheExplorer(@TempDir Path dir) throws Exception {
        CompletableFuture<Path> opened = new CompletableFuture<>();
        ImportViewModel vm = fx(() -> new ImportViewModel(engine, opened::complete));
        Path out = dir.resolve("course-vae.zip");
        CompletableFuture<Boolean> closed = new CompletableFuture<>();
        fx(() -> {
            vm.chooseEncoder(FIXTURES.resolve("vae-encoder.onnx"));
            vm.decoderProperty().set(FIXTURES.resolve("vae-decoder.onnx"));
            vm.outProperty().set(out);
            return null;
        });
        await(() -> vm.readyProperty().get());
        fx(() -> { vm.importModel(() -> closed.complete(true)); return null; });
        assertEquals(out, opened.get(60, TimeUnit.SECONDS));
        assertTrue(closed.isDone());
        assertTrue(OnnxBundle.isOnnx(out));
    }

    @Test
    void aDecoderThatDoesNotFitIsShownNamingItAndNothingOpens(@TempDir Path dir) throws Exception {
        CompletableFuture<Path> opened = new CompletableFuture<>();
        ImportViewModel vm = fx(() -> new ImportViewModel(engine, opened::complete));
        fx(() -> {
            vm.chooseEncoder(FIXTURES.resolve("ae-encoder.onnx"));
            vm.decoderProperty().set(FIXTURES.resolve("vae-decoder.onnx"));
            vm.outProperty().set(dir.resolve("x.zip"));
            return null;
        });
        await(() -> vm.readyProperty().get());
        fx(() -> { vm.importModel(() -> {}); return null; });
        await(() -> !vm.errorProperty().get().isEmpty());
        String error = fx(() -> vm.errorProperty().get());
        assertTrue(error.contains("vae-decoder.onnx") && error.contains("N×2") && error.contains("N×3"), error);
        assertFalse(opened.isDone());
        assertFalse(Files.exists(dir.resolve("x.zip")));
    }
}
