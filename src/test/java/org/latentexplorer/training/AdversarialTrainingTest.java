package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.Statistics;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;

import static org.junit.jupiter.api.Assertions.assertTrue;

class AdversarialTrainingTest {
    private static final ImageDataset DATA = Fixtures.mnist(2000, 500);

    /** ‖mean‖² + ‖Σ − I‖²_F of the test codes: 0 for codes distributed like the prior N(0, I). */
    private static double distanceFromPrior(ModelSpec spec, TrainingConfig config, double[] discriminatorLoss) {
        return Fixtures.onEngine(m -> {
            try (Autoencoder model = Autoencoder.create(spec, m, 1)) {
                NDArray train = PresetsTest.images(m, DATA.train()), test = PresetsTest.images(m, DATA.test());
                TrainingHistory history = new TrainingHistory();
                Training.train(model, train, test, config, new TrainingProgress() {}, history);
                discriminatorLoss[0] = history.epochs().get(history.epochs().size() - 1).discriminatorLoss();
                float[] flat = model.encode(test).toFloatArray();
                float[][] codes = new float[DATA.test().count()][2];
                for (int i = 0; i < codes.length; i++) codes[i] = new float[] {flat[2 * i], flat[2 * i + 1]};
                float[] mean = Statistics.mean(codes, 2);
                double[][] cov = Statistics.covariance(codes, 2);
                double distance = mean[0] * mean[0] + mean[1] * mean[1];
                for (int r = 0; r < 2; r++) for (int c = 0; c < 2; c++) distance += Math.pow(cov[r][c] - (r == c ? 1 : 0), 2);
                return distance;
            }
        });
    }

    @Test
    void adversarialTrainingPullsCodesTowardThePriorUnlikeAPlainAutoencoder() {
        Preset aae = Presets.require("aae-2d");
        ModelSpec adversarial = aae.specFor(DATA);
        ModelSpec plain = new ModelSpec(ModelKind.AE, adversarial.latentDim(), adversarial.hidden(), adversarial.activation(),
                adversarial.loss(), adversarial.reduction(), 1.0, DATA.name(), 28, 28, DATA.classNames());
        TrainingConfig config = aae.config().withEpochs(4);
        double[] discriminator = new double[1];
        double aaeDistance = distanceFromPrior(adversarial, config, discriminator);
        assertTrue(Double.isFinite(discriminator[0]) && discriminator[0] > 0, "discriminator loss recorded: " + discriminator[0]);
        double aeDistance = distanceFromPrior(plain, config, new double[1]);
        assertTrue(aaeDistance < aeDistance / 2, "distance from N(0, I): AAE " + aaeDistance + " vs AE " + aeDistance);
    }
}
