package org.latentexplorer.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.data.ColourShapes;
import org.latentexplorer.data.DatasetFiles;
import org.latentexplorer.model.ModelBundle;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.latentexplorer.cli.CliTest.run;

/** A colour image folder through the command line: train, then decode and grid write colour PNGs. */
class ColourCliTest {
    @TempDir static Path dir;
    private static Path model;
    private static CliTest.Result trained;

    @BeforeAll
    static void trainOnColourShapes() throws IOException {
        ColourShapes.writeFolder(dir.resolve("shapes"), 150, 30, 16);
        model = dir.resolve("shapes.zip");
        trained = run("train", "--dataset", dir.resolve("shapes").toString(), "--model", "ae", "--latent", "2", "--hidden", "32",
                "--epochs", "2", "--out", model.toString());
    }

    /** Pixels whose three channels all differ: there is colour in the picture. */
    private static int colourPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y), r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
                if (r != g && g != b && r != b) n++;
            }
        }
        return n;
    }

    @Test
    void aModelTrainedOnAColourFolderTakesThreeChannels() throws IOException {
        assertEquals(0, trained.exit(), trained.err());
        assertEquals(3, ModelBundle.read(model).spec().channels());
        assertEquals(3, ModelBundle.read(model).history().datasetSource().channels());
        assertTrue(trained.json().get("spec").getAsString().startsWith("AE 768-32-2"), trained.out());
    }

    @Test
    void decodeAndGridWriteColourPictures() throws IOException {
        Path decoded = dir.resolve("decoded.png"), grid = dir.resolve("grid.png");
        CliTest.Result d = run("decode", "--model", model.toString(), "--z", "0,0", "--scale", "2", "--out", decoded.toString());
        assertEquals(0, d.exit(), d.err());
        BufferedImage one = ImageIO.read(decoded.toFile());
        assertEquals(32, one.getWidth());
        assertEquals(3, one.getColorModel().getNumColorComponents(), "an RGB PNG");
        CliTest.Result g = run("grid", "--model", model.toString(), "--n", "5", "--out", grid.toString());
        assertEquals(0, g.exit(), g.err());
        assertTrue(colourPixels(ImageIO.read(grid.toFile())) > 0, "the decoded tiles are in colour");
    }

    @Test
    void aGrayDatasetIsRefusedForAColourModelNamingBothChannelCounts() throws IOException {
        Path gray = dir.resolve("gray.npz");
        DatasetFiles.npz(gray, DatasetFiles.random(20, 16, 16, 2, 1), DatasetFiles.random(6, 16, 16, 2, 2), "|u1", "<i8", false);
        CliTest.Result r = run("evaluate", "--model", model.toString(), "--dataset", gray.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("with 3 channel(s)") && r.err().contains("with 1 channel(s)") && r.err().contains(gray.toString()), r.err());
    }
}
