package org.latentexplorer.training;

import org.junit.jupiter.api.Test;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.Assets;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.features.LabelBudget;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelBundle;
import org.latentexplorer.training.PretrainedClassifier.Variant;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PretrainedClassifierTest {
    private static final Path AE = Assets.modelsDir().resolve("mnist-ae-2d.zip");
    private static final ImageDataset DATA = Fixtures.mnist();
    private static final PretrainedClassifier.Config CONFIG = new PretrainedClassifier.Config(20, 16, 2e-3, true, 4);

    private static float[][] rows(ImageSet images, int[] indices) {
        float[][] rows = new float[indices.length][];
        for (int i = 0; i < indices.length; i++) rows[i] = images.image(indices[i]);
        return rows;
    }

    private static int[] labels(ImageSet images, int[] indices) {
        int[] labels = new int[indices.length];
        for (int i = 0; i < indices.length; i++) labels[i] = images.labels()[indices[i]];
        return labels;
    }

    @Test
    void pretrainingLeavesEveryWeightOfTheTrainedModelAsItWasAndTheFrozenEncoderDoesNotMove() throws Exception {
        ModelBundle.Contents contents = ModelBundle.read(AE);
        int[] labelled = LabelBudget.draw(DATA.train().labels(), 10, 10, 1);
        ImageSet test = DATA.test().head(500);
        int[] all = java.util.stream.IntStream.range(0, test.count()).toArray();
        record Outcome(List<float[]> before, List<float[]> after, PretrainedClassifier.Result result) {}
        Outcome o = Fixtures.onEngine(manager -> {
            Autoencoder model = ModelBundle.instantiate(AE, contents, manager);
            List<float[]> before = model.parameters().stream().map(p -> p.getArray().toFloatArray()).toList();
            PretrainedClassifier.Result r = PretrainedClassifier.run(model, manager, rows(DATA.train(), labelled),
                    labels(DATA.train(), labelled), rows(test, all), test.labels(), 10, CONFIG, PretrainedClassifier.Listener.NONE);
            List<float[]> after = model.parameters().stream().map(p -> p.getArray().toFloatArray()).toList();
            model.close();
            return new Outcome(before, after, r);
        });
        assertEquals(o.before().size(), o.after().size());
        for (int i = 0; i < o.before().size(); i++) assertArrayEquals(o.before().get(i), o.after().get(i), "parameter " + i + " changed");
        assertEquals(0.0, o.result().run(Variant.FROZEN).encoderShift(), "a frozen encoder's weights moved");
        assertTrue(o.result().run(Variant.FINE_TUNED).encoderShift() > 0, "fine-tuning did not move the encoder's copy");
        assertTrue(o.result().run(Variant.SCRATCH).encoderShift() > 0, "training from scratch did not move the encoder");
        assertEquals(100, o.result().labelled());
    }

    @Test
    void throughTheEngineTheFrozenEncoderBeatsChanceAndTheModelsCodesStayTheSame() {
        try (ModelService service = new ModelService()) {
            ModelService.Loaded ae = service.load(AE).join();
            ImageSet test = DATA.test();
            LatentCodes before = service.encode(ae.handle(), test.head(200)).join();
            int[] labelled = LabelBudget.draw(DATA.train().labels(), 10, 10, 2);
            List<String> epochs = new java.util.ArrayList<>();
            PretrainedClassifier.Result r = service.pretrain(ae.handle(), DATA.train(), labelled, test, 10, CONFIG,
                    (variant, epoch, total, loss) -> epochs.add(variant + " " + epoch)).join();
            LatentCodes after = service.encode(ae.handle(), test.head(200)).join();
            for (int i = 0; i < before.count(); i++) assertArrayEquals(before.codes()[i], after.codes()[i], "code " + i + " changed");
            assertEquals(List.of(Variant.FROZEN, Variant.FINE_TUNED, Variant.SCRATCH), r.runs().stream().map(PretrainedClassifier.Run::variant).toList());
            assertEquals(3 * CONFIG.epochs(), epochs.size());
            assertEquals(test.count(), r.testCount());
            // Chance is 0.10; the 2-D code of the trained encoder separates several digits.
            double frozen = r.run(Variant.FROZEN).accuracy();
            assertTrue(frozen > 0.3, "frozen pretrained encoder accuracy " + frozen);
            for (PretrainedClassifier.Run run : r.runs()) {
                double[] l = run.losses();
                assertEquals(CONFIG.epochs(), l.length);
                assertTrue(l[l.length - 1] < l[0], run.variant() + " loss did not fall: " + java.util.Arrays.toString(l));
            }
        }
    }
}
