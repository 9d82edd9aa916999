package org.latentexplorer.engine;

import org.latentexplorer.latent.LatentCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ColourShapes;
import org.latentexplorer.data.DatasetReaders;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LoadProgress;
import org.latentexplorer.data.ReadOptions;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.Preset;
import org.latentexplorer.training.Presets;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.ui.common.ErrorMessages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A colour image folder trains, encodes and decodes in three channels; a gray model refuses it. */
class ColourTrainingTest {
    @TempDir static Path dir;
    private static ModelService service;
    private static ImageDataset data;

    @BeforeAll
    static void start() throws IOException {
        ColourShapes.writeFolder(dir.resolve("shapes"), 300, 60, 16);
        data = DatasetReaders.read(dir.resolve("shapes"), ReadOptions.defaults(), LoadProgress.NONE);
        service = new ModelService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static TrainingHistory trainTwoEpochs(String presetName) {
        Preset preset = Presets.find(presetName).orElseThrow();
        ModelSpec spec = preset.specFor(data);
        assertEquals(3, spec.channels(), presetName);
        ModelHandle model = service.create(spec, 3).join();
        TrainingConfig c = preset.config();
        TrainingHistory history = service.train(model, data.train(), data.test(),
                new TrainingConfig(c.optimizer(), 2, 32, c.learningRate(), 0), new TrainingObserver() {}, new TrainingHistory()).join();
        float[] decoded = service.decode(model, new float[spec.latentDim()]).join();
        assertEquals(3 * 16 * 16, decoded.length, presetName + " decodes colour images");
        LatentCodes codes = service.encode(model, data.test()).join();
        assertEquals(60, codes.count());
        service.release(model).join();
        return history;
    }

    private static void assertLossFalls(String presetName) {
        TrainingHistory history = trainTwoEpochs(presetName);
        assertEquals(2, history.epochs().size());
        double first = history.epochs().get(0).trainLoss(), second = history.epochs().get(1).trainLoss();
        assertTrue(Double.isFinite(second) && second < first, presetName + ": train loss " + first + " then " + second);
        assertTrue(history.epochs().get(1).testLoss() < history.epochs().get(0).testLoss(), presetName + ": test loss falls too");
    }

    @Test
    void aColourFolderTrainsTwoEpochsOfADenseRecipeWithFallingLoss() {
        assertLossFalls("course-mlp-3d");
    }

    @Test
    void aColourFolderTrainsTwoEpochsOfAConvolutionalRecipeWithFallingLoss() {
        assertLossFalls("conv-ae-2d");
    }

    @Test
    void aRecurrentRecipeReadsColourRowsAndWritesColourImagesBack() {
        ModelSpec spec = Presets.find("lstm-ae-30").orElseThrow().specFor(data);
        ModelHandle model = service.create(spec, 2).join();
        Reconstruction r = service.reconstruct(model, data.test().image(0)).join();
        assertEquals(3 * 16 * 16, r.pixels().length);
        assertEquals(30, r.code().length);
        service.release(model).join();
    }

    @Test
    void aGrayModelRefusesAColourDatasetNamingBothChannelCounts() throws IOException {
        ModelSpec gray = Presets.find("course-mlp-3d").orElseThrow().specFor(data).withChannels(1);
        ModelHandle model = service.create(gray, 1).join();
        TrainingHistory history = new TrainingHistory();
        history.setDatasetSource(data.source()); // as if it had been trained on the colour folder
        Path file = dir.resolve("gray.zip");
        service.save(model, history, file).join();
        service.release(model).join();

        CompletionException e = assertThrows(CompletionException.class, () -> service.open(file).join());
        DatasetMismatchException m = assertInstanceOf(DatasetMismatchException.class, e.getCause());
        assertEquals(1, m.modelChannels());
        assertEquals(3, m.dataChannels());
        String text = ErrorMessages.of(m);
        assertTrue(text.contains("1 channel") && text.contains("3 channel") && text.contains("shapes"), text);
    }
}
