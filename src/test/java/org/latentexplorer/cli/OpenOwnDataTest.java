package org.latentexplorer.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.Fixtures;
import org.latentexplorer.engine.ModelEngine;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.data.DatasetFiles;
import org.latentexplorer.data.ImageDataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's engine opens a model the CLI trained on the user's own file: its dataset is found from the bundle, read once. */
class OpenOwnDataTest {
    @TempDir static Path dir;
    private static ModelService service;
    private static Path model;
    private static ImageDataset small;

    @BeforeAll
    static void trainOnAnNpz() throws Exception {
        small = Fixtures.mnist(300, 100);
        Path npz = Files.createDirectories(dir.resolve("data")).resolve("digits.npz");
        DatasetFiles.npz(npz, small.train(), small.test(), "|u1", "<i8", false);
        model = dir.resolve("digits.zip");
        CliTest.Result trained = CliTest.run("train", "--dataset", npz.toString(), "--model", "ae", "--latent", "2",
                "--hidden", "16", "--epochs", "1", "--out", model.toString());
        assertEquals(0, trained.exit(), trained.err());
        service = new ModelService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void openingAModelTrainedOnAnNpzFindsThatFileAndEncodesItsTestImages() throws Exception {
        ModelEngine.Opened first = service.open(model).get(60, TimeUnit.SECONDS);
        assertEquals(small.test().count(), first.codes().count());
        assertTrue(first.dataset().source() != null && first.dataset().source().path().toString().endsWith("digits.npz"),
                "read from the recorded file: " + first.dataset().source());
        ModelEngine.Opened again = service.open(model).get(60, TimeUnit.SECONDS);
        assertSame(first.dataset(), again.dataset(), "read once, shared by both opens");
        service.release(first.handle());
        service.release(again.handle());
    }
}
