package org.latentexplorer.engine;

import org.latentexplorer.latent.LatentCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelBundle;
import org.latentexplorer.model.ModelFileException;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.training.TrainingDivergedException;
import org.latentexplorer.training.TrainingProgress;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Through the service the Train tool uses: a diverged run ends with the last good weights and cannot save NaN. */
class DivergenceTest {
    private static final ImageDataset DATA = Fixtures.mnist(1000, 200);
    private static final float[][] PROBES = {{0, 0}, {1.5f, -2}, {-3, 0.5f}};
    private static ModelService service;
    @TempDir Path dir;

    @BeforeAll
    static void start() {
        service = new ModelService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static TrainingDivergedException divergence(ModelHandle model, TrainingConfig config, TrainingHistory history) {
        CompletionException e = assertThrows(CompletionException.class, () ->
                service.train(model, DATA.train(), DATA.test(), config, new TrainingProgress() {}, history).join());
        return assertInstanceOf(TrainingDivergedException.class, e.getCause());
    }

    @Test
    void aRunThatTurnsNaNGivesBackTheLastGoodEpochAndSavesIt() throws Exception {
        ModelHandle model = service.create(Fixtures.spec(ModelKind.VAE, 2, 64), 4).join();
        TrainingHistory history = new TrainingHistory();
        service.train(model, DATA.train(), DATA.test(), new TrainingConfig(1, 64, 1e-3, 4), new TrainingProgress() {}, history).join();
        float[][] good = service.decodeMany(model, PROBES).join();
        double goodLoss = service.evaluate(model, DATA.test()).join().loss();

        TrainingDivergedException e = divergence(model, new TrainingConfig(2, 64, 1e10, 4), history);

        assertEquals(1, e.restoredEpoch(), e.getMessage());
        assertTrue(e.getMessage().contains("weights of epoch 1"), e.getMessage());
        assertEquals("training.diverged", e.key().substring(0, "training.diverged".length()));
        float[][] after = service.decodeMany(model, PROBES).join();
        for (int i = 0; i < PROBES.length; i++) assertArrayEquals(good[i], after[i], "probe " + i + " decodes as after epoch 1");
        LatentCodes codes = service.encode(model, DATA.test()).join();
        for (float[] code : codes.codes()) for (float v : code) assertTrue(Float.isFinite(v), "every test code is finite");

        Path file = dir.resolve("kept.zip");
        service.save(model, history, file).join();
        ModelService.Loaded loaded = service.load(file).join();
        assertEquals(goodLoss, service.evaluate(loaded.handle(), DATA.test()).join().loss(), Math.abs(goodLoss) * 0.02);
        assertEquals(1, loaded.history().epochs().size(), "the history holds the good epoch only");
    }

    @Test
    void aRunThatDivergesInItsFirstEpochGivesBackTheStartingWeights() {
        ModelSpec mse = ModelSpec.dense(ModelKind.VAE, 2, List.of(64), ReconstructionLoss.MSE, "mnist", 28, 28, DATA.classNames());
        ModelHandle model = service.create(mse, 2).join();
        float[][] initial = service.decodeMany(model, PROBES).join();

        TrainingDivergedException e = divergence(model, new TrainingConfig(3, 64, 1e6, 2), new TrainingHistory());

        assertEquals(0, e.restoredEpoch(), "no epoch was good: the starting weights come back");
        float[][] after = service.decodeMany(model, PROBES).join();
        for (int i = 0; i < PROBES.length; i++) assertArrayEquals(initial[i], after[i], "probe " + i);
    }

    @Test
    void savingNonFiniteWeightsIsRefusedAndWritesNothing() {
        Path file = dir.resolve("broken.zip");
        ModelFileException e = assertThrows(ModelFileException.class, () -> Fixtures.onEngine(manager -> {
            try (Autoencoder model = Autoencoder.create(Fixtures.spec(ModelKind.AE, 2, 16), manager, 1)) {
                var weight = model.parameters().get(0).getArray();
                float[] values = weight.toFloatArray();
                values[7] = Float.NaN;
                weight.set(FloatBuffer.wrap(values));
                ModelBundle.save(file, model, new TrainingHistory());
                return null;
            }
        }));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("non-finite"), e.getMessage());
        assertEquals("model.save.nonFinite", e.key());
        assertFalse(Files.exists(file), "nothing is written");
    }
}
