package org.latentexplorer.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.DatasetFiles;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.model.ModelBundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latentexplorer.cli.CliTest.run;

/** Models trained on a CSV and an npz through the CLI, and found again by evaluate without --dataset. */
class DatasetsCliTest {
    @TempDir static Path dir;
    private static Path npz, npzModel, csv, csvModel;
    private static CliTest.Result npzTrained, csvTrained;

    @BeforeAll
    static void trainOnBoth() throws IOException {
        ImageDataset small = Fixtures.mnist(600, 200);
        npz = Files.createDirectories(dir.resolve("data")).resolve("mnist.npz");
        DatasetFiles.npz(npz, small.train(), small.test(), "|u1", "<i8", false);
        npzModel = Files.createDirectories(dir.resolve("models")).resolve("npz.zip");
        npzTrained = run("train", "--dataset", npz.toString(), "--model", "ae", "--latent", "2", "--hidden", "32",
                "--epochs", "2", "--out", npzModel.toString());
        csv = dir.resolve("data/mnist_train.csv");
        DatasetFiles.csv(csv, small.train().head(300), true, true);
        csvModel = dir.resolve("models/csv.zip");
        csvTrained = run("train", "--dataset", csv.toString(), "--model", "vae", "--latent", "2", "--hidden", "32",
                "--epochs", "1", "--out", csvModel.toString());
    }

    @Test
    void aModelTrainsOnAnNpzWithFallingLossAndEvaluateFindsItsDataByItself() throws IOException {
        assertEquals(0, npzTrained.exit(), npzTrained.err());
        var epochs = ModelBundle.read(npzModel).history().epochs();
        assertTrue(epochs.get(1).trainLoss() < epochs.get(0).trainLoss(), "loss falls: " + epochs);
        assertEquals("npz", ModelBundle.read(npzModel).history().datasetSource().format());
        assertEquals("mnist.npz", npzTrained.json().get("dataset").getAsString());
        assertEquals(600, npzTrained.json().get("train_images").getAsInt());
        CliTest.Result evaluated = run("evaluate", "--model", npzModel.toString());
        assertEquals(0, evaluated.exit(), evaluated.err());
        assertEquals("mnist.npz", evaluated.json().get("dataset").getAsString());
    }

    @Test
    void aModelTrainsOnAnMnistStyleCsvAndStatesTheSplitItMade() {
        assertEquals(0, csvTrained.exit(), csvTrained.err());
        assertEquals(239, csvTrained.json().get("train_images").getAsInt(), "80 % of each class of 300, rounded per class");
        assertTrue(csvTrained.err().contains("20% of each class went to the test split"), csvTrained.err());
        CliTest.Result encoded = run("encode", "--model", csvModel.toString(), "--out", dir.resolve("codes.csv").toString());
        assertEquals(0, encoded.exit(), encoded.err());
    }

    @Test
    void aMovedDatasetIsFoundBesideTheModelOrRefusedNamingModelAndDataset() throws IOException {
        Path copy = dir.resolve("moved");
        Files.createDirectories(copy);
        Files.copy(npzModel, copy.resolve("npz.zip"));
        Path data = dir.resolve("gone.npz");
        DatasetFiles.npz(data, Fixtures.mnist(100, 50).train(), Fixtures.mnist(100, 50).test(), "|u1", "<i8", true);
        CliTest.Result trained = run("train", "--dataset", data.toString(), "--model", "ae", "--latent", "2", "--hidden", "8",
                "--epochs", "1", "--out", copy.resolve("m.zip").toString());
        assertEquals(0, trained.exit(), trained.err());
        Files.move(data, copy.resolve("renamed.npz"));
        CliTest.Result found = run("evaluate", "--model", copy.resolve("m.zip").toString());
        assertEquals(0, found.exit(), "found by fingerprint beside the model: " + found.err());

        Files.move(copy.resolve("renamed.npz"), dir.resolve("elsewhere.npz"));
        CliTest.Result refused = run("evaluate", "--model", copy.resolve("m.zip").toString());
        assertNotEquals(0, refused.exit());
        assertTrue(refused.err().contains(copy.resolve("m.zip").toString()) && refused.err().contains(data.toAbsolutePath().toString())
                && refused.err().contains("--dataset"), refused.err());
        CliTest.Result given = run("evaluate", "--model", copy.resolve("m.zip").toString(), "--dataset", dir.resolve("elsewhere.npz").toString());
        assertEquals(0, given.exit(), given.err());
    }

    @Test
    void aDatasetOfTheWrongImageSizeIsRefusedNamingModelAndDataset() throws IOException {
        Path other = dir.resolve("small.npz");
        DatasetFiles.npz(other, DatasetFiles.random(20, 5, 5, 2, 1), DatasetFiles.random(5, 5, 5, 2, 2), "|u1", "<i8", false);
        CliTest.Result r = run("evaluate", "--model", npzModel.toString(), "--dataset", other.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains(npzModel.toString()) && r.err().contains(other.toString()) && r.err().contains("28×28"), r.err());
    }

    @Test
    void theDatasetCommandDescribesAFolderOfPicturesAndWhatWasDoneToIt() throws IOException {
        Path pictures = dir.resolve("pictures");
        DatasetFiles.pictures(pictures, DatasetFiles.random(10, 12, 12, 2, 3), java.util.List.of("cats", "dogs"));
        CliTest.Result r = run("dataset", "--dataset", pictures.toString(), "--image-size", "8x8");
        assertEquals(0, r.exit(), r.err());
        assertEquals("image-folder", r.json().get("format").getAsString());
        assertEquals(8, r.json().get("height").getAsInt());
        assertEquals("[\"cats\",\"dogs\"]", r.json().get("classes").toString());
        assertTrue(r.err().contains("10 images were resized to 8×8 (chosen size)"), r.err());
        CliTest.Result bad = run("dataset", "--dataset", pictures.toString(), "--image-size", "8");
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("--image-size 8"), bad.err());
    }

    @Test
    void picturesOfAnotherSizeAreResizedToTheModelsSizeWhenGivenExplicitly() throws IOException {
        Path pictures = dir.resolve("other-size");
        DatasetFiles.pictures(pictures, DatasetFiles.random(10, 12, 12, 2, 4), java.util.List.of("a", "b"));
        CliTest.Result r = run("evaluate", "--model", npzModel.toString(), "--dataset", pictures.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(2, r.json().get("test_images").getAsInt());
    }
}
