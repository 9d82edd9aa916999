package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelBundle;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every preset trains, learns and survives a save/load round trip; each family does what defines it. */
class PresetsTest {
    private static final ImageDataset DATA = Fixtures.mnist(1200, 300);

    static Stream<String> presetNames() {
        return Presets.all().stream().map(Preset::name);
    }

    static NDArray images(NDManager m, ImageSet set) {
        return m.create(ByteBuffer.wrap(set.pixels()), new Shape(set.count(), set.imageSize()), DataType.UINT8)
                .toType(DataType.FLOAT32, false).div(255f);
    }

    @ParameterizedTest
    @MethodSource("presetNames")
    void presetTrainsOneShortEpochAndRoundTrips(String name) {
        Preset preset = Presets.require(name);
        ModelSpec spec = preset.specFor(DATA);
        Fixtures.onEngine(m -> {
            try (Autoencoder model = Autoencoder.create(spec, m, 3)) {
                NDArray train = images(m, DATA.train());
                NDArray test = images(m, DATA.test());
                assertEquals(new Shape(300, spec.latentDim()), model.encode(test).getShape());
                assertEquals(new Shape(300, 784), model.decode(model.encode(test)).getShape());
                double before = ModelMeasures.meanSquaredError(model, test);
                TrainingHistory h = new TrainingHistory();
                Training.train(model, train, test, preset.config().withEpochs(2), new TrainingProgress() {}, h);
                double after = ModelMeasures.meanSquaredError(model, test);
                assertTrue(after < before, name + ": reconstruction error " + before + " → " + after);
                assertTrue(Double.isFinite(h.epochs().get(1).testLoss()));

                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                model.saveParameters(new DataOutputStream(bytes));
                try (Autoencoder copy = Autoencoder.load(spec, m, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())))) {
                    NDArray z = model.encode(test.get("0:5"));
                    assertArrayEquals(model.decode(z).toFloatArray(), copy.decode(z).toFloatArray(), 1e-6f);
                }
            }
            return null;
        });
    }

    @Test
    void bundleKeepsEveryFamilyOption() throws Exception {
        Path dir = Files.createTempDirectory("presets");
        for (String name : List.of("tied-selu-30", "dropout-denoise", "sparse-kl-300", "vae-selu-10", "linear-pca-2d")) {
            ModelSpec spec = Presets.require(name).specFor(DATA);
            Path file = dir.resolve(name + ".zip");
            Fixtures.onEngine(m -> {
                try (Autoencoder model = Autoencoder.create(spec, m, 1)) {
                    ModelBundle.save(file, model, new TrainingHistory());
                }
                return null;
            });
            assertEquals(spec, ModelBundle.read(file).spec(), name);
        }
    }

    /** presets.json holds specs in model.json's field names: each one is written and read back unchanged. */
    @Test
    void everyPresetsSpecComesBackUnchangedFromABundle() throws Exception {
        Path dir = Files.createTempDirectory("preset-specs");
        for (Preset preset : Presets.all()) {
            ModelSpec spec = preset.specFor(DATA);
            Path file = dir.resolve(preset.name() + ".zip");
            Fixtures.onEngine(m -> {
                try (Autoencoder model = Autoencoder.create(spec, m, 1)) {
                    ModelBundle.save(file, model, new TrainingHistory());
                }
                return null;
            });
            assertEquals(spec, ModelBundle.read(file).spec(), preset.name());
            assertEquals(DATA.name(), spec.dataset(), preset.name() + " takes the dataset it is built for");
        }
    }

    @Test
    void tiedDecoderUsesTheTransposedEncoderWeightsAndHalvesTheParameters() {
        ModelSpec tied = Presets.require("tied-selu-30").specFor(DATA);
        ModelSpec untied = Presets.require("stacked-selu-30").specFor(DATA);
        Fixtures.onEngine(m -> {
            try (Autoencoder a = Autoencoder.create(tied, m, 1); Autoencoder b = Autoencoder.create(untied, m, 1)) {
                long weights = 784L * 100 + 100L * 30;
                assertEquals(b.parameterCount() - weights, a.parameterCount());
                // Decoding z by hand with the transposed encoder weights gives the model's output.
                var encoderParams = a.parameters();
                NDArray w0 = encoderParams.get(0).getArray(); // 100×784
                NDArray w1 = encoderParams.get(2).getArray(); // 30×100
                NDArray z = Fixtures.uniform(m, new java.util.SplittableRandom(5), 4, 30, -1, 1);
                List<ai.djl.nn.Parameter> all = a.parameters();
                NDArray b1 = all.get(all.size() - 2).getArray(); // decoder bias 100
                NDArray b0 = all.get(all.size() - 1).getArray(); // decoder bias 784
                NDArray h = ai.djl.nn.Activation.selu(z.matMul(w1).add(b1));
                NDArray expected = ai.djl.nn.Activation.sigmoid(h.matMul(w0).add(b0));
                assertArrayEquals(expected.toFloatArray(), a.decode(z).toFloatArray(), 1e-5f);
            }
            return null;
        });
    }

    @Test
    void denoisingCorruptsTheInputOnlyInTraining() {
        ModelSpec spec = Presets.require("dropout-denoise").specFor(DATA);
        Fixtures.onEngine(m -> {
            try (Autoencoder model = Autoencoder.create(spec, m, 1)) {
                NDArray x = images(m, DATA.test()).get("0:64");
                float eval1 = model.loss(x, false).getFloat(), eval2 = model.loss(x, false).getFloat();
                assertEquals(eval1, eval2, 0f, "evaluation is deterministic: no corruption");
                float train1 = model.loss(x, true).getFloat(), train2 = model.loss(x, true).getFloat();
                assertNotEquals(train1, train2, "training corrupts the input afresh each time");
            }
            return null;
        });
    }

    @Test
    void klSparsityMovesTheMeanCodeActivationTowardItsTarget() {
        ModelSpec spec = Presets.require("sparse-kl-300").specFor(DATA);
        Fixtures.onEngine(m -> {
            try (Autoencoder model = Autoencoder.create(spec, m, 1)) {
                NDArray train = images(m, DATA.train());
                NDArray test = images(m, DATA.test());
                double before = model.encode(test).mean().getFloat();
                TrainingLoop.train(model, train, null, Presets.require("sparse-kl-300").config().withEpochs(3), new TrainingProgress() {});
                double after = model.encode(test).mean().getFloat();
                double target = spec.sparsity().target();
                assertTrue(Math.abs(after - target) < Math.abs(before - target) * 0.6,
                        "mean activation " + before + " → " + after + " (target " + target + ")");
            }
            return null;
        });
    }
}
