package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latentexplorer.Fixtures.onEngine;
import static org.latentexplorer.Fixtures.spec;
import static org.latentexplorer.Fixtures.uniform;

class AutoencoderTest {
    @ParameterizedTest(name = "{0} latent {1}")
    @CsvSource({"AE, 2", "AE, 3", "AE, 7", "VAE, 2", "VAE, 3", "VAE, 7"})
    void encodeGivesOneCodePerImageAndDecodeOneImagePerCode(ModelKind kind, int latent) {
        List<Object> shapes = onEngine(manager -> {
            try (Autoencoder model = Autoencoder.create(spec(kind, latent, 32), manager, 1)) {
                SplittableRandom random = new SplittableRandom(2);
                NDArray x = uniform(manager, random, 5, 784, 0, 1);
                NDArray decoded = model.decode(uniform(manager, random, 4, latent, -2, 2));
                return List.of(model.encode(x).getShape(), model.encodeRaw(x, false).getShape(), decoded.getShape(),
                        decoded.min().getFloat(), decoded.max().getFloat());
            }
        });
        assertEquals(new Shape(5, latent), shapes.get(0), "encode");
        assertEquals(new Shape(5, kind == ModelKind.VAE ? 2L * latent : latent), shapes.get(1), "encoder output (μ and log σ² for a VAE)");
        assertEquals(new Shape(4, 784), shapes.get(2), "decode");
        assertTrue((float) shapes.get(3) >= 0 && (float) shapes.get(4) <= 1, "decoded pixels are probabilities");
    }

    @Test
    void vaeEncodeReturnsTheMeanHalfOfTheEncoderOutput() {
        float[][] result = onEngine(manager -> {
            try (Autoencoder model = Autoencoder.create(spec(ModelKind.VAE, 3, 16), manager, 4)) {
                NDArray x = uniform(manager, new SplittableRandom(5), 6, 784, 0, 1);
                return new float[][] {model.encode(x).toFloatArray(), model.encodeRaw(x, false).get(":, :3").toFloatArray()};
            }
        });
        assertArrayEquals(result[1], result[0]);
    }

    @Test
    void klDivergenceMatchesTheClosedFormPerRow() {
        // KL(N(μ, σ²) ‖ N(0, 1)) = ½ (μ² + σ² − 1 − log σ²) per coordinate, summed over a row.
        float[] mu = {0f, 0f, 1f, -2f, 0.5f, 0f};
        float[] logVar = {0f, 0f, (float) Math.log(4), -1f, 0f, 2f};
        double row0 = 0;                                            // standard normal: no divergence
        double row1 = 0.5 * (1 + 4 - 1 - Math.log(4))               // μ = 1, σ² = 4
                + 0.5 * (4 + Math.exp(-1) - 1 + 1);                 // μ = −2, log σ² = −1
        double row2 = 0.5 * 0.25 + 0.5 * (Math.exp(2) - 1 - 2);     // μ = ½, σ² = 1; μ = 0, log σ² = 2
        assertEquals(3.490793, row1, 1e-6, "hand computation");

        float[] kl = onEngine(manager -> Autoencoder.klDivergence(
                manager.create(mu, new Shape(3, 2)), manager.create(logVar, new Shape(3, 2))).toFloatArray());

        assertEquals(3, kl.length);
        assertEquals(row0, kl[0], 1e-6);
        assertEquals(row1, kl[1], 1e-5);
        assertEquals(row2, kl[2], 1e-5);
    }

    /** Mean over images of Σ over pixels of −[x log σ(l) + (1 − x) log(1 − σ(l))], in double precision. */
    private static double directBce(float[] logits, float[] x, int images) {
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            double p = 1 / (1 + Math.exp(-logits[i]));
            sum -= x[i] * Math.log(p) + (1 - x[i]) * Math.log(1 - p);
        }
        return sum / images;
    }

    @Test
    void bceOnLogitsMatchesDirectComputation() {
        ModelSpec sum = spec(ModelKind.AE, 2, 8);
        ModelSpec mean = new ModelSpec(ModelKind.AE, 2, List.of(8), Activation.RELU, ReconstructionLoss.BCE,
                ReconstructionLoss.Reduction.MEAN, 1, "mnist", 28, 28, List.of());
        double[] result = onEngine(manager -> {
            SplittableRandom random = new SplittableRandom(3);
            NDArray logits = uniform(manager, random, 3, 784, -6, 6);
            NDArray x = uniform(manager, random, 3, 784, 0, 1);
            try (Autoencoder a = Autoencoder.create(sum, manager, 1); Autoencoder b = Autoencoder.create(mean, manager, 1)) {
                double expected = directBce(logits.toFloatArray(), x.toFloatArray(), 3);
                return new double[] {expected, a.reconstructionLoss(logits, x).getFloat(), b.reconstructionLoss(logits, x).getFloat()};
            }
        });
        assertTrue(result[0] > 100, "sanity: a random guess costs hundreds of nats per image, was " + result[0]);
        assertEquals(result[0], result[1], result[0] * 1e-5, "sum over pixels, mean over images");
        assertEquals(result[0] / 784, result[2], result[0] / 784 * 1e-5, "mean over pixels and images");
    }

    @Test
    void bceStaysFiniteForConfidentLogits() {
        float[] result = onEngine(manager -> {
            try (Autoencoder model = Autoencoder.create(spec(ModelKind.AE, 2, 8), manager, 1)) {
                NDArray logits = manager.full(new Shape(1, 784), 200f);
                NDArray x = manager.zeros(new Shape(1, 784));
                return new float[] {model.reconstructionLoss(logits, x).getFloat()};
            }
        });
        assertEquals(200.0 * 784, result[0], 1.0, "softplus(200) − 0 per pixel");
    }
}
