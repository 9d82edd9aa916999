package org.latentexplorer.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.Assets;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeaturesCliTest {
    private static final String VAE = Assets.modelsDir().resolve("mnist-vae-2d.zip").toString();

    @Test
    void featuresPrintsThreeCurvesWithAnAccuracyPerBudget() {
        LatentToolsCliTest.Result r = LatentToolsCliTest.run("features", "--model", VAE, "--labels", "1,10,all", "--seed", "3");
        assertEquals(0, r.exit(), r.err());
        JsonObject json = r.json();
        assertEquals(2, json.get("code_dimension").getAsInt());
        assertEquals(List.of("1", "10", "all"), json.getAsJsonArray("labels_per_class").asList().stream().map(e -> e.getAsString()).toList());
        JsonArray labelled = json.getAsJsonArray("labelled_examples");
        assertEquals(10, labelled.get(0).getAsInt());
        assertEquals(100, labelled.get(1).getAsInt());
        assertEquals(json.get("train_images").getAsInt(), labelled.get(2).getAsInt());
        JsonObject curves = json.getAsJsonObject("curves");
        assertEquals(List.of("codes", "pixels", "pca"), List.copyOf(curves.keySet()));
        assertEquals(784, curves.getAsJsonObject("pixels").get("dimension").getAsInt());
        assertEquals(2, curves.getAsJsonObject("pca").get("dimension").getAsInt());
        for (String c : curves.keySet()) {
            JsonArray accuracy = curves.getAsJsonObject(c).getAsJsonArray("accuracy");
            assertEquals(3, accuracy.size());
            for (var a : accuracy) assertTrue(a.getAsDouble() >= 0 && a.getAsDouble() <= 1, c + ": " + a);
        }
        // Every pixel of every label beats chance (0.1) by far on MNIST.
        assertTrue(curves.getAsJsonObject("pixels").getAsJsonArray("accuracy").get(2).getAsDouble() > 0.8);
    }

    @Test
    void pretrainingReportsTheThreeNetworksWithAFrozenEncoderThatDidNotMove() {
        LatentToolsCliTest.Result r = LatentToolsCliTest.run("features", "--model", VAE, "--labels", "1",
                "--pretrain-labels", "3", "--pretrain-epochs", "4");
        assertEquals(0, r.exit(), r.err());
        JsonObject p = r.json().getAsJsonObject("pretraining");
        assertEquals(30, p.get("labelled_examples").getAsInt());
        for (String variant : List.of("frozen", "fine_tuned", "scratch")) {
            JsonObject run = p.getAsJsonObject(variant);
            assertEquals(4, run.getAsJsonArray("losses").size(), variant);
            double accuracy = run.get("accuracy").getAsDouble();
            assertTrue(accuracy >= 0 && accuracy <= 1, variant + ": " + accuracy);
        }
        assertEquals(0.0, p.getAsJsonObject("frozen").get("encoder_shift").getAsDouble());
        assertTrue(p.getAsJsonObject("fine_tuned").get("encoder_shift").getAsDouble() > 0);
    }

    @Test
    void aBadLabelListIsAUsageError() {
        LatentToolsCliTest.Result r = LatentToolsCliTest.run("features", "--model", VAE, "--labels", "1,lots");
        assertEquals(Cli.USAGE, r.exit());
        assertTrue(r.err().contains("'lots'"), r.err());
    }
}
