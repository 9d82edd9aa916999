package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.SubspaceComparison;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerwiseTrainerTest {
    private static final ImageDataset DATA = Fixtures.mnist(1500, 300);

    @Test
    void greedyStagesTrainEachLayerThenTheStackReconstructs() {
        ModelSpec spec = Presets.require("stacked-selu-30").specFor(DATA);
        TrainingConfig config = Presets.require("stacked-selu-30").config().withEpochs(2).layerwise(1);
        Fixtures.onEngine(m -> {
            try (Autoencoder model = Autoencoder.create(spec, m, 1)) {
                NDArray train = PresetsTest.images(m, DATA.train()), test = PresetsTest.images(m, DATA.test());
                double before = ModelMeasures.meanSquaredError(model, test);
                TrainingHistory history = new TrainingHistory();
                LayerwiseTrainer.train(model, train, test, config, new TrainingProgress() {}, history);
                assertEquals(LayerwiseTrainer.totalEpochs(spec, config), history.epochs().size());
                assertEquals(List.of("layer 1: 784→100", "layer 1: 784→100", "layer 2: 100→30", "layer 2: 100→30", "fine-tune"),
                        history.epochs().stream().map(TrainingHistory.Epoch::stage).collect(Collectors.toList()));
                double after = ModelMeasures.meanSquaredError(model, test);
                assertTrue(after < before * 0.8, "stacked reconstruction error " + before + " → " + after);
            }
            return null;
        });
    }

    @Test
    void layerwiseNeedsAPlainDenseAutoencoder() {
        assertThrows(IllegalArgumentException.class, () -> LayerwiseTrainer.check(Presets.require("vae-mlp-2d").specFor(DATA)));
        assertThrows(IllegalArgumentException.class, () -> LayerwiseTrainer.check(Presets.require("tied-selu-30").specFor(DATA)));
        assertThrows(IllegalArgumentException.class, () -> LayerwiseTrainer.check(Presets.require("conv-ae-2d").specFor(DATA)));
    }

    @Test
    void linearAutoencoderFindsThePcaSubspace() {
        ImageDataset data = Fixtures.mnist(2000, 300);
        ModelSpec spec = Presets.require("linear-pca-2d").specFor(data);
        float[][] rows = new float[data.train().count()][];
        for (int i = 0; i < rows.length; i++) rows[i] = data.train().image(i);
        double[][] pca = SubspaceComparison.principalSubspace(rows, 2, 60, 1);
        double[] angles = Fixtures.onEngine(m -> {
            try (Autoencoder model = Autoencoder.create(spec, m, 1)) {
                NDArray train = PresetsTest.images(m, data.train());
                double[][] before = decoderColumns(model);
                double[] initial = SubspaceComparison.principalAnglesDegrees(before, pca);
                assertTrue(initial[1] > 60, "a random start is far from PCA: " + initial[1]);
                TrainingConfig c = Presets.require("linear-pca-2d").config();
                // Small batches: the second direction converges in steps, not epochs (about 8,000 needed).
                TrainingLoop.train(model, train, null, new TrainingConfig(c.optimizer(), 130, 32, c.learningRate(), 0), new TrainingProgress() {});
                return SubspaceComparison.principalAnglesDegrees(decoderColumns(model), pca);
            }
        });
        assertTrue(angles[0] < 3 && angles[1] < 10, "principal angles to PCA after training: " + angles[0] + "°, " + angles[1] + "°");
    }

    private static double[][] decoderColumns(Autoencoder model) {
        var params = model.parameters();
        NDArray w = params.get(params.size() - 2).getArray();
        float[] flat = w.toFloatArray();
        double[][] basis = new double[784][2];
        for (int r = 0; r < 784; r++) for (int c = 0; c < 2; c++) basis[r][c] = flat[r * 2 + c];
        return basis;
    }
}
