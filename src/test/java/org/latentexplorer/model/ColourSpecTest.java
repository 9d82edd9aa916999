package org.latentexplorer.model;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Assets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ColourSpecTest {
    private static final ModelSpec GRAY = ModelSpec.dense(ModelKind.AE, 2, List.of(32), ReconstructionLoss.BCE, "shapes", 16, 16, List.of("a", "b"));

    @Test
    void aColourModelSeesChannelsTimesHeightTimesWidthValues() {
        ModelSpec colour = GRAY.withChannels(3);
        assertEquals(256, GRAY.inputSize());
        assertEquals(768, colour.inputSize());
        assertEquals(3, colour.withNoise(InputNoise.dropout(0.5)).withCodeActivation(Activation.SIGMOID).channels(), "every with… keeps the channels");
        assertTrue(colour.describe().startsWith("AE 768-32-2"), colour.describe());
        assertThrows(IllegalArgumentException.class, () -> GRAY.withChannels(2));
    }

    @Test
    void channelsAreWrittenAndReadBackAndModelJsonWithoutThemMeansGray() throws IOException {
        Path file = Path.of("model.zip");
        JsonObject json = ModelJson.toJson(GRAY.withChannels(3), new TrainingHistory());
        assertEquals(3, ModelJson.spec(file, json).channels());
        json.getAsJsonObject("spec").remove("channels");
        assertEquals(1, ModelJson.spec(file, json).channels());
    }

    @Test
    void theBundledModelsFromBeforeColourOpenAsGrayModels() throws IOException {
        List<Path> bundles;
        try (Stream<Path> files = Files.list(Assets.modelsDir())) {
            bundles = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        assertFalse(bundles.isEmpty());
        for (Path bundle : bundles) {
            ModelBundle.Contents contents = ModelBundle.read(bundle);
            assertEquals(1, contents.spec().channels(), bundle.toString());
            assertEquals(contents.spec().height() * contents.spec().width(), contents.spec().inputSize(), bundle.toString());
        }
    }

    @Test
    void theParameterBoundCountsTheInputChannels() {
        ModelSpec conv = GRAY.withConvLayers(List.of(ConvLayer.of(8, 2)));
        // 3×3 kernels from C input channels to 8 filters, in the encoder and its mirror.
        assertEquals(2L * 9 * 8 * 2, BundleLimits.parameterBound(conv.withChannels(3)) - BundleLimits.parameterBound(conv));
        assertTrue(BundleLimits.parameterBound(GRAY.withChannels(3)) > BundleLimits.parameterBound(GRAY));
    }
}
