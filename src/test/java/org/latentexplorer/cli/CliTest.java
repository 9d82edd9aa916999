package org.latentexplorer.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.Idx;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.ModelBundle;
import org.latentexplorer.model.ModelKind;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headless commands run in-process on one model trained once (1 epoch, 1,000 images). */
class CliTest {
    @TempDir static Path dir;
    private static Path model;
    /** The same 1,000 train / 500 test images the model was trained on, as an IDX folder. */
    private static Path small;
    private static ImageDataset smallData;
    private static Result trained;

    record Result(int exit, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out.strip()).getAsJsonObject();
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    private static void assertSucceeded(Result r) {
        assertEquals(0, r.exit(), () -> "exit code; stderr: " + r.err());
    }

    @BeforeAll
    static void trainOnce() throws IOException {
        model = dir.resolve("vae.zip");
        trained = run("train", "--model", "vae", "--latent", "2", "--hidden", "128", "--epochs", "1",
                "--limit-train", "1000", "--limit-test", "500", "--out", model.toString());
        assertSucceeded(trained);

        smallData = Fixtures.mnist(1000, 500);
        small = dir.resolve("mnist-small");
        writeSplit(small, "train", smallData.train());
        writeSplit(small, "test", smallData.test());
        Files.write(small.resolve("classes.txt"), smallData.classNames());
    }

    private static void writeSplit(Path folder, String split, ImageSet set) throws IOException {
        byte[] labels = new byte[set.count()];
        for (int i = 0; i < labels.length; i++) labels[i] = (byte) set.labels()[i];
        Idx.write(folder.resolve(split + "-images-idx3-ubyte.gz"), new Idx.Tensor(new int[] {set.count(), set.height(), set.width()}, set.pixels()), true);
        Idx.write(folder.resolve(split + "-labels-idx1-ubyte.gz"), new Idx.Tensor(new int[] {set.count()}, labels), true);
    }

    @Test
    void trainSavesTheBundleAndPrintsOneJsonLineOfResults() throws IOException {
        JsonObject json = trained.json();
        for (String field : List.of("test_loss", "test_mse", "epochs", "seconds", "samples_per_second")) {
            assertTrue(json.has(field), "missing " + field + " in " + json);
        }
        assertEquals(1, json.get("epochs").getAsInt());
        assertEquals(1000, json.get("train_images").getAsInt());
        double loss = json.get("test_loss").getAsDouble(), mse = json.get("test_mse").getAsDouble();
        assertTrue(loss > 50 && loss < 544, "BCE per image below a uniform guess (784·ln 2), was " + loss);
        assertTrue(mse > 0 && mse < 0.25, "per-pixel MSE, was " + mse);
        assertTrue(json.get("seconds").getAsDouble() > 0 && json.get("samples_per_second").getAsDouble() > 0, json.toString());
        assertTrue(trained.err().contains("epoch 1/1"), "progress goes to stderr: " + trained.err());

        ModelBundle.Contents contents = ModelBundle.read(model);
        assertEquals(ModelKind.VAE, contents.spec().kind());
        assertEquals(2, contents.spec().latentDim());
        assertEquals(List.of(128), contents.spec().hidden());
        assertEquals(1, contents.history().epochs().size());
    }

    @Test
    void evaluateOnTheTrainingTestSplitReproducesTheTrainedTestLoss() {
        Result r = run("evaluate", "--model", model.toString(), "--dataset", small.toString());
        assertSucceeded(r);
        JsonObject json = r.json();
        assertEquals(500, json.get("test_images").getAsInt());
        assertEquals(trained.json().get("test_mse").getAsDouble(), json.get("test_mse").getAsDouble(), 1e-6);
        // The VAE's loss samples a code, so it is only close, not equal, from one run to the next.
        double trainedLoss = trained.json().get("test_loss").getAsDouble();
        assertEquals(trainedLoss, json.get("test_loss").getAsDouble(), trainedLoss * 0.02);
    }

    @Test
    void evaluateDefaultsToTheDatasetTheModelWasTrainedOn() {
        Result r = run("evaluate", "--model", model.toString());
        assertSucceeded(r);
        assertEquals("mnist", r.json().get("dataset").getAsString());
        assertEquals(2000, r.json().get("test_images").getAsInt());
    }

    @Test
    void encodeWritesACsvRowPerTestImage() throws IOException {
        Path csv = dir.resolve("codes.csv");
        assertSucceeded(run("encode", "--model", model.toString(), "--dataset", small.toString(), "--out", csv.toString()));

        List<String> lines = Files.readAllLines(csv);
        assertEquals("index,label,z0,z1,error", lines.get(0));
        assertEquals(501, lines.size(), "header and 500 rows");
        int[] labels = new int[500];
        for (int i = 0; i < 500; i++) {
            String[] f = lines.get(i + 1).split(",");
            assertEquals(5, f.length, lines.get(i + 1));
            assertEquals(i, Integer.parseInt(f[0]));
            labels[i] = Integer.parseInt(f[1]);
            assertTrue(Double.isFinite(Double.parseDouble(f[2])) && Double.isFinite(Double.parseDouble(f[3])), lines.get(i + 1));
            double error = Double.parseDouble(f[4]);
            assertTrue(error >= 0 && error < 1, lines.get(i + 1));
        }
        assertArrayEquals(smallData.test().labels(), labels);
    }

    @Test
    void decodeWritesAPngOfTheImageSizeTimesTheScale() throws IOException {
        Path png = dir.resolve("digit.png");
        assertSucceeded(run("decode", "--model", model.toString(), "--z", "0.5,-1", "--scale", "3", "--out", png.toString()));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(84, image.getWidth());
        assertEquals(84, image.getHeight());
    }

    @Test
    void renderWritesAPngOfTheRequestedSizeWithSeveralColours() throws IOException {
        Path png = dir.resolve("wall.png");
        assertSucceeded(run("render", "--model", model.toString(), "--dataset", small.toString(),
                "--width", "320", "--height", "240", "--out", png.toString()));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(320, image.getWidth());
        assertEquals(240, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) colours.add(image.getRGB(x, y));
        assertTrue(colours.size() >= 10, "the wall looks blank: " + colours.size() + " distinct colours");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "encode", "decode", "render"})
    void corruptModelFileFailsWithAMessageNamingTheFile(String command) throws IOException {
        Path corrupt = dir.resolve("corrupt-" + command + ".zip");
        byte[] bytes = Files.readAllBytes(model);
        Files.write(corrupt, Arrays.copyOf(bytes, bytes.length / 2));
        Path out = dir.resolve("never-" + command + ".out");
        List<String> args = new java.util.ArrayList<>(List.of(command, "--model", corrupt.toString()));
        if (command.equals("decode")) args.addAll(List.of("--z", "0,0"));
        if (!command.equals("evaluate")) args.addAll(List.of("--out", out.toString()));

        Result r = run(args.toArray(String[]::new));

        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains(corrupt.toString()), "stderr should name the file: " + r.err());
        assertTrue(r.out().isEmpty(), "nothing on stdout: " + r.out());
        assertTrue(Files.notExists(out), "no output written");
    }

    @Test
    void decodeWithTheWrongNumberOfZValuesFailsClearly() {
        Path png = dir.resolve("wrong.png");
        Result r = run("decode", "--model", model.toString(), "--z", "1,2,3", "--out", png.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("--z has 3 values") && r.err().contains("2-d latent space"), r.err());
        assertTrue(Files.notExists(png));
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        Result r = run("decode", "--z", "0,0");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("Missing required options") && r.err().contains("--model"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "evaluate", "encode", "decode", "render"})
    void helpDescribesEveryCommand(String command) {
        Result r = run(command, "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: latent-explorer " + command), r.out());
        assertTrue(r.out().contains("--model") || command.equals("train") && r.out().contains("--latent"), r.out());
        assertTrue(r.out().contains("--help"), r.out());
    }

    @Test
    void topLevelHelpListsTheCommands() {
        Result r = run("--help");
        assertEquals(0, r.exit(), r.err());
        for (String command : List.of("train", "evaluate", "encode", "decode", "render")) {
            assertTrue(r.out().contains(command), command + " missing from " + r.out());
        }
    }
}
