package org.latentexplorer.cli;

import com.google.gson.JsonArray;
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
import org.latentexplorer.latent.Anomalies;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * metrics, grid, interpolate, anomalies and train --hold-out-class, in-process on two tiny models trained
 * for one epoch (an AE without class 1, a VAE) and a 1,000 / 300 image cut of MNIST.
 */
class LatentToolsCliTest {
    @TempDir static Path dir;
    private static Path ae;
    private static Path vae;
    private static Path small;
    private static ImageDataset smallData;
    private static Result aeTrained;

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

    private static Result ok(String... args) {
        Result r = run(args);
        assertEquals(0, r.exit(), () -> String.join(" ", args) + " failed; stderr: " + r.err());
        return r;
    }

    @BeforeAll
    static void trainTwoTinyModels() throws IOException {
        smallData = Fixtures.mnist(1000, 300);
        small = dir.resolve("mnist-small");
        writeSplit(small, "train", smallData.train());
        writeSplit(small, "test", smallData.test());
        Files.write(small.resolve("classes.txt"), smallData.classNames());

        ae = dir.resolve("ae-no-ones.zip");
        aeTrained = ok("train", "--dataset", small.toString(), "--model", "ae", "--latent", "2", "--hidden", "64",
                "--epochs", "1", "--hold-out-class", "1", "--out", ae.toString());
        vae = dir.resolve("vae.zip");
        ok("train", "--dataset", small.toString(), "--model", "vae", "--latent", "2", "--hidden", "64",
                "--epochs", "1", "--limit-train", "500", "--out", vae.toString());
    }

    private static void writeSplit(Path folder, String split, ImageSet set) throws IOException {
        byte[] labels = new byte[set.count()];
        for (int i = 0; i < labels.length; i++) labels[i] = (byte) set.labels()[i];
        Idx.write(folder.resolve(split + "-images-idx3-ubyte.gz"), new Idx.Tensor(new int[] {set.count(), set.height(), set.width()}, set.pixels()), true);
        Idx.write(folder.resolve(split + "-labels-idx1-ubyte.gz"), new Idx.Tensor(new int[] {set.count()}, labels), true);
    }

    private static double[] doubles(JsonArray a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.get(i).getAsDouble();
        return v;
    }

    @Test
    void trainHoldOutClassDropsThatClassFromTheTrainingSplitOnly() {
        long ones = Arrays.stream(smallData.train().labels()).filter(l -> l == 1).count();
        assertTrue(ones > 50, "the cut has ones: " + ones);
        JsonObject json = aeTrained.json();
        assertEquals(1, json.get("held_out_class").getAsInt());
        assertEquals(1000 - ones, json.get("train_images").getAsInt());
        assertTrue(aeTrained.err().contains("(" + (1000 - ones) + " train, 300 test)"), aeTrained.err());

        Result bad = run("train", "--dataset", small.toString(), "--model", "ae", "--latent", "2", "--epochs", "1",
                "--hold-out-class", "10", "--out", dir.resolve("never.zip").toString());
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("--hold-out-class 10 is not a class of mnist-small"), bad.err());
        assertTrue(Files.notExists(dir.resolve("never.zip")));
    }

    @Test
    void metricsOfAnAeMeasureItsCodesBoundingBox() {
        JsonObject m = ok("metrics", "--model", ae.toString(), "--dataset", small.toString(), "--grid", "20").json();
        assertEquals("ae", m.get("kind").getAsString());
        assertEquals(300, m.get("test_images").getAsInt());
        JsonObject region = m.getAsJsonObject("region");
        assertEquals("bounding-box", region.get("type").getAsString());
        assertTrue(region.get("chosen").getAsString().startsWith("auto"), region.toString());
        double[] lo = doubles(region.getAsJsonArray("lo")), hi = doubles(region.getAsJsonArray("hi"));
        assertTrue(lo[0] < hi[0] && lo[1] < hi[1], region.toString());
        assertEquals(2, m.getAsJsonArray("mean").size());
        double off = m.get("off_centre").getAsDouble(), asym = m.get("asymmetry").getAsDouble();
        assertTrue(off >= 0 && off < 50, "off-centre " + off);
        assertTrue(asym >= 1 && asym < 1000, "asymmetry " + asym);
        double[] std = doubles(m.getAsJsonArray("principal_std"));
        assertEquals(std[0] / std[1], asym, 0.01 * asym);
        double gaps = m.get("gap_fraction").getAsDouble();
        assertTrue(gaps > 0 && gaps < 1, "300 codes leave some of their box empty: " + gaps);
        assertEquals(400, m.get("gap_samples").getAsInt(), "the whole 20×20 grid lies in the box");
        assertTrue(m.get("gap_threshold_rule").getAsString().startsWith("1.5 × even spacing"), m.toString());
        double mean = m.get("discontinuity_mean").getAsDouble(), p95 = m.get("discontinuity_p95").getAsDouble();
        assertTrue(mean > 0 && mean < 0.5 && p95 >= mean && p95 <= m.get("discontinuity_max").getAsDouble(), m.toString());
        assertEquals(2 * 20 * 19, m.get("discontinuity_pairs").getAsInt());
        assertEquals((hi[0] - lo[0]) / 20, m.getAsJsonArray("grid_step").get(0).getAsDouble(), 1e-3);
    }

    @Test
    void metricsOfAVaeMeasureThePriorBallUnlessToldOtherwise() {
        JsonObject m = ok("metrics", "--model", vae.toString(), "--dataset", small.toString(), "--grid", "20").json();
        assertEquals("vae", m.get("kind").getAsString());
        JsonObject region = m.getAsJsonObject("region");
        assertEquals("prior-ball", region.get("type").getAsString());
        assertEquals(2.4477, region.get("radius").getAsDouble(), 1e-4);
        assertEquals(0.95, region.get("mass").getAsDouble(), 1e-12);
        int samples = m.get("gap_samples").getAsInt();
        assertTrue(samples > 280 && samples < 350, "cells of a 20×20 grid inside the ball: " + samples);
        assertTrue(m.get("discontinuity_pairs").getAsInt() > 500, m.toString());

        JsonObject box = ok("metrics", "--model", vae.toString(), "--dataset", small.toString(), "--grid", "10", "--region", "box").json();
        assertEquals("bounding-box", box.getAsJsonObject("region").get("type").getAsString());
        assertEquals("--region box", box.getAsJsonObject("region").get("chosen").getAsString());
        // Shape does not depend on the region.
        assertEquals(m.get("off_centre").getAsDouble(), box.get("off_centre").getAsDouble(), 1e-9);
    }

    @Test
    void gridWritesAnNByNMosaicOverARange() throws IOException {
        Path png = dir.resolve("grid.png");
        JsonObject json = ok("grid", "--model", vae.toString(), "--n", "5", "--range", "-2,2,-1,1", "--gap", "1",
                "--out", png.toString()).json();
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(5 * 28 + 6, image.getWidth());
        assertEquals(5 * 28 + 6, image.getHeight());
        assertEquals("range", json.get("spacing").getAsString());
        assertEquals(-1.6, json.getAsJsonArray("x").get(0).getAsDouble(), 1e-9);
        assertEquals(0.8, json.getAsJsonArray("y").get(4).getAsDouble(), 1e-9);
        assertTrue(distinctGreys(image) > 20, "decoded tiles, not a blank picture");
    }

    @Test
    void gridByQuantilesAndByTheCodesRange() throws IOException {
        Path q = dir.resolve("quantiles.png");
        JsonObject json = ok("grid", "--model", vae.toString(), "--n", "4", "--quantiles", "--scale", "2", "--out", q.toString()).json();
        assertEquals("quantiles", json.get("spacing").getAsString());
        assertEquals(-1.1503, json.getAsJsonArray("x").get(0).getAsDouble(), 1e-4, "Φ⁻¹(1/8)");
        assertEquals(4 * 56, ImageIO.read(q.toFile()).getWidth());

        Path c = dir.resolve("codes-range.png");
        JsonObject auto = ok("grid", "--model", ae.toString(), "--dataset", small.toString(), "--n", "3", "--out", c.toString()).json();
        assertEquals("codes", auto.get("spacing").getAsString());
        double[] box = doubles(auto.getAsJsonArray("box"));
        assertTrue(box[0] < box[1] && box[2] < box[3], auto.toString());
        assertEquals(84, ImageIO.read(c.toFile()).getHeight());
    }

    @Test
    void gridRejectsRangeTogetherWithQuantilesAndBadRanges() {
        Path png = dir.resolve("never-grid.png");
        Result both = run("grid", "--model", vae.toString(), "--range", "0,1,0,1", "--quantiles", "--out", png.toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("mutually exclusive"), both.err());
        Result three = run("grid", "--model", vae.toString(), "--range", "0,1,0", "--out", png.toString());
        assertEquals(2, three.exit(), "a bad option value is a usage error");
        assertTrue(three.err().contains("--range needs 4 values"), three.err());
        Result backwards = run("grid", "--model", vae.toString(), "--range", "1,0,0,1", "--out", png.toString());
        assertTrue(backwards.err().contains("x0 < x1"), backwards.err());
        assertTrue(Files.notExists(png));
    }

    @Test
    void interpolateBetweenTwoTestImagesAddsTheCrossFadeRow() throws IOException {
        Path png = dir.resolve("strip.png");
        JsonObject json = ok("interpolate", "--model", vae.toString(), "--dataset", small.toString(), "--from", "0",
                "--to", "1", "--steps", "6", "--scale", "1", "--gap", "2", "--out", png.toString()).json();
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(6 * 28 + 7 * 2, image.getWidth());
        assertEquals(2 * 28 + 3 * 2, image.getHeight());
        assertTrue(json.get("crossfade").getAsBoolean());
        assertEquals("linear", json.get("mode").getAsString());
        assertEquals(smallData.test().labels()[0], json.getAsJsonObject("from").get("label").getAsInt());
        assertEquals(1, json.getAsJsonObject("to").get("index").getAsInt());
        JsonArray codes = json.getAsJsonArray("codes");
        assertEquals(6, codes.size());
        assertEquals(json.getAsJsonObject("from").getAsJsonArray("code"), codes.get(0));
        assertEquals(json.getAsJsonObject("to").getAsJsonArray("code"), codes.get(5));
        // The cross-fade row starts with the original test image 0.
        float[] original = smallData.test().image(0);
        int grey = image.getRGB(2 + 14, 28 + 4 + 14) & 0xFF;
        assertEquals(Math.round(original[14 * 28 + 14] * 255), grey, 1);
        assertTrue(json.get("mean_step_change").getAsDouble() > 0);
    }

    @Test
    void interpolateBetweenCodesBySlerpIsOneRow() throws IOException {
        Path png = dir.resolve("slerp.png");
        JsonObject json = ok("interpolate", "--model", vae.toString(), "--from", "2,0", "--to", "0,2", "--steps", "5",
                "--slerp", "--scale", "1", "--gap", "0", "--out", png.toString()).json();
        assertEquals(28, ImageIO.read(png.toFile()).getHeight());
        assertEquals(140, ImageIO.read(png.toFile()).getWidth());
        assertEquals("slerp", json.get("mode").getAsString());
        assertTrue(!json.get("crossfade").getAsBoolean());
        double[] mid = doubles(json.getAsJsonArray("codes").get(2).getAsJsonArray());
        assertEquals(2, Math.hypot(mid[0], mid[1]), 1e-3, "slerp keeps the norm");
    }

    @Test
    void interpolateNamesABadEnd() {
        Result far = run("interpolate", "--model", vae.toString(), "--dataset", small.toString(), "--from", "300",
                "--to", "0", "--out", dir.resolve("never.png").toString());
        assertEquals(2, far.exit(), "a bad option value is a usage error");
        assertTrue(far.err().contains("--from 300 is not a test image of mnist-small"), far.err());
        Result wrong = run("interpolate", "--model", vae.toString(), "--from", "1,2,3", "--to", "0,0",
                "--out", dir.resolve("never.png").toString());
        assertTrue(wrong.err().contains("--from has 3 values, but the model has a 2-d latent space"), wrong.err());
        Result junk = run("interpolate", "--model", vae.toString(), "--from", "a,b", "--to", "0,0",
                "--out", dir.resolve("never.png").toString());
        assertTrue(junk.err().contains("'a' in 'a,b' is not a number"), junk.err());
        assertTrue(Files.notExists(dir.resolve("never.png")));
    }

    @Test
    void anomaliesListTheWorstImagesAndTheAucOfTheHeldOutClass() throws IOException {
        Path png = dir.resolve("gallery.png");
        JsonObject json = ok("anomalies", "--model", ae.toString(), "--dataset", small.toString(), "--top", "5",
                "--anomaly-class", "1", "--out", png.toString()).json();
        assertEquals(300, json.get("test_images").getAsInt());
        JsonArray top = json.getAsJsonArray("top");
        assertEquals(5, top.size());
        double previous = Double.POSITIVE_INFINITY;
        for (var e : top) {
            JsonObject item = e.getAsJsonObject();
            double error = item.get("error").getAsDouble();
            assertTrue(error <= previous && error >= json.get("median_error").getAsDouble(), top.toString());
            previous = error;
            assertEquals(smallData.test().labels()[item.get("index").getAsInt()], item.get("label").getAsInt());
        }
        assertEquals(1, json.get("anomaly_class").getAsInt());
        long ones = Arrays.stream(smallData.test().labels()).filter(l -> l == 1).count();
        assertEquals(ones, json.get("anomaly_images").getAsInt());

        // The AUC agrees with the errors the encode command writes, scored independently.
        Path csv = dir.resolve("ae-codes.csv");
        ok("encode", "--model", ae.toString(), "--dataset", small.toString(), "--out", csv.toString());
        List<String> lines = Files.readAllLines(csv);
        float[] errors = new float[300];
        int[] labels = new int[300];
        for (int i = 0; i < 300; i++) {
            String[] f = lines.get(i + 1).split(",");
            labels[i] = Integer.parseInt(f[1]);
            errors[i] = Float.parseFloat(f[4]);
        }
        double auc = json.get("auc").getAsDouble();
        assertTrue(auc >= 0 && auc <= 1);
        assertEquals(Anomalies.rocAucForClass(errors, labels, 1), auc, 2e-3);

        BufferedImage gallery = ImageIO.read(png.toFile());
        assertEquals(5 * 56 + 6 * 4, gallery.getWidth());
        assertEquals(2 * 56 + 3 * 4, gallery.getHeight());
    }

    @Test
    void anomaliesWithoutAClassHasNoAucAndRejectsUnknownClasses() {
        JsonObject json = ok("anomalies", "--model", vae.toString(), "--dataset", small.toString(), "--top", "3").json();
        assertTrue(!json.has("auc") && !json.has("out"), json.toString());
        assertEquals(3, json.getAsJsonArray("top").size());
        Result bad = run("anomalies", "--model", vae.toString(), "--dataset", small.toString(), "--anomaly-class", "11");
        assertEquals(2, bad.exit(), "a bad option value is a usage error");
        assertTrue(bad.err().contains("--anomaly-class 11 is not a class of mnist-small (0..9)"), bad.err());
        assertTrue(bad.out().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"metrics", "grid", "interpolate", "anomalies"})
    void missingModelFileFailsWithAMessageNamingIt(String command) {
        Path missing = dir.resolve("no-such-model.zip");
        Path out = dir.resolve("never-" + command + ".png");
        List<String> args = new ArrayList<>(List.of(command, "--model", missing.toString()));
        if (command.equals("interpolate")) args.addAll(List.of("--from", "0,0", "--to", "1,1"));
        if (!command.equals("metrics")) args.addAll(List.of("--out", out.toString()));
        Result r = run(args.toArray(String[]::new));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith("latent-explorer " + command + ": ") && r.err().contains(missing.toString()), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        assertTrue(Files.notExists(out));
    }

    @ParameterizedTest
    @ValueSource(strings = {"metrics", "grid", "interpolate", "anomalies"})
    void helpDescribesEachTool(String command) {
        Result r = run(command, "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: latent-explorer " + command), r.out());
        assertTrue(r.out().contains("--model") && r.out().contains("--help"), r.out());
        assertTrue(run("--help").out().contains(command));
    }

    private static int distinctGreys(BufferedImage image) {
        java.util.Set<Integer> greys = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) for (int x = 0; x < image.getWidth(); x++) greys.add(image.getRGB(x, y));
        return greys.size();
    }
}
