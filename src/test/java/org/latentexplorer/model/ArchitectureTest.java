package org.latentexplorer.model;

import org.junit.jupiter.api.Test;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.training.Presets;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared recipes have PyTorch's exact architectures; impossible conv stacks are refused with the formula. */
class ArchitectureTest {
    private static final ImageDataset DATA = Fixtures.mnist(10, 10);

    /** sum(p.numel() for p in model.parameters()) of ../shared/reference/torch_reference.py's recipes. */
    private static final Map<String, Long> PYTORCH_PARAMETERS = Map.of(
            "course-mlp-3d", 219_891L, "vae-mlp-2d", 631_188L, "vae-mlp-3d", 632_390L,
            // + 32·9 + 1: the unused second channel of the last transposed convolution (see TransposedConv2d).
            "conv-ae-2d", 200_963L + 32 * 9 + 1);

    @Test
    void sharedRecipesHaveThePyTorchReferenceParameterCounts() {
        PYTORCH_PARAMETERS.forEach((name, expected) -> {
            ModelSpec spec = Presets.require(name).specFor(DATA);
            long count = Fixtures.onEngine(m -> {
                try (Autoencoder model = Autoencoder.create(spec, m, 0)) {
                    return model.parameterCount();
                }
            });
            assertEquals(expected, count, name);
        });
    }

    @Test
    void transposedConvolutionSizesFollowTheFormula() {
        // (in − 1)·s − 2·pad + 3 + outpad: 7 → 14 needs pad 1, outpad 1 at stride 2; 3 → 7 needs pad 0.
        assertEquals(List.of(1, 1), List.of(NetworkBuilder.solvePadding(7, 14, 2, 0)[0], NetworkBuilder.solvePadding(7, 14, 2, 0)[1]));
        assertEquals(0, NetworkBuilder.solvePadding(3, 7, 2, 0)[0]);
        assertEquals(0, NetworkBuilder.solvePadding(3, 7, 2, 0)[1]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NetworkBuilder.solvePadding(7, 28, 2, 2));
        assertTrue(e.getMessage().contains("conv layer 3") && e.getMessage().contains("(7−1)·2 − 2·pad + 3 + outpad"), e.getMessage());
    }

    @Test
    void everyConvPresetReproducesTheInputSize() {
        for (String name : List.of("conv-ae-2d", "conv-pool-ae")) {
            ModelSpec spec = Presets.require(name).specFor(DATA);
            long[] shape = Fixtures.onEngine(m -> {
                try (Autoencoder model = Autoencoder.create(spec, m, 0)) {
                    var z = m.zeros(new ai.djl.ndarray.types.Shape(3, spec.latentDim()));
                    return model.decode(z).getShape().getShape();
                }
            });
            assertEquals(List.of(3L, 784L), List.of(shape[0], shape[1]), name);
        }
    }
}
