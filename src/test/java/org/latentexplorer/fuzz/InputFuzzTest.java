package org.latentexplorer.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.latentexplorer.cli.Cli;
import org.latentexplorer.data.Assets;
import org.latentexplorer.data.DatasetLoader;
import org.latentexplorer.data.Idx;
import org.latentexplorer.data.ImageDataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Mutated IDX files, dataset folders and CLI arguments: a clean refusal naming the file, or a correct result. */
class InputFuzzTest {
    private static Path dir;
    private static byte[] idx;
    private static Path model;

    @BeforeContainer
    static void prepare() throws IOException {
        dir = Files.createTempDirectory("input-fuzz");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(new byte[] {0, 0, 8, 3, 0, 0, 0, 6, 0, 0, 0, 4, 0, 0, 0, 4});
        for (int i = 0; i < 6 * 16; i++) b.write(i);
        idx = b.toByteArray();
        model = Assets.modelsDir().resolve("mnist-ae-2d.zip");
    }

    @AfterContainer
    static void report() {
        Outcomes.printReport();
    }

    @Provide
    Arbitrary<Outcomes.Mutation> mutations() {
        return Outcomes.mutations(6);
    }

    @Property(seed = "20261202")
    void aMutatedIdxFileIsRefusedWithItsNameOrReadAsItsHeaderSays(@ForAll("mutations") Outcomes.Mutation m) throws IOException {
        Random r = new Random(m.seed());
        byte[] data = idx.clone();
        switch (m.kind()) {
            case 0 -> data[r.nextInt(16)] ^= (byte) (1 + r.nextInt(255));
            case 1 -> data = Arrays.copyOf(data, r.nextInt(data.length + 8));
            case 2 -> { for (int i = 0; i < 4; i++) data[4 + r.nextInt(12)] = (byte) r.nextInt(256); }
            case 3 -> data = gzip(data, r, true);
            case 4 -> data = gzip(data, r, false);
            default -> { data = new byte[r.nextInt(64)]; r.nextBytes(data); }
        }
        Path file = dir.resolve("idx-" + Long.toHexString(m.seed()) + (m.kind() >= 3 && m.kind() <= 4 ? ".gz" : ""));
        Files.write(file, data);
        long start = System.nanoTime();
        try {
            Idx.Tensor t = Idx.read(file);
            long size = 1;
            for (int d : t.dims()) size *= d;
            assertEquals(size, t.data().length, "an accepted file holds exactly what its header declares");
            Outcomes.count("idx", "accepted");
        } catch (IOException e) {
            Outcomes.assertCleanRefusal(e, file);
            Outcomes.count("idx", "refused");
        } catch (OutOfMemoryError | RuntimeException e) {
            fail("mutation " + m + " escaped as " + e, e);
        } finally {
            Outcomes.timed(start);
            Files.deleteIfExists(file);
        }
    }

    private static byte[] gzip(byte[] data, Random r, boolean corrupt) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(data);
        }
        byte[] z = b.toByteArray();
        if (corrupt) z[10 + r.nextInt(z.length - 10)] ^= (byte) (1 + r.nextInt(255));
        else z = Arrays.copyOf(z, 2 + r.nextInt(z.length - 2));
        return z;
    }

    @Property(seed = "20261203")
    void aDatasetFolderWithABadClassesFileIsRefusedWithItsNameOrLoads(@ForAll("mutations") Outcomes.Mutation m) throws IOException {
        Random r = new Random(m.seed());
        Path folder = Files.createDirectories(dir.resolve("set-" + Long.toHexString(m.seed())));
        byte[] labels = {0, 0, 8, 1, 0, 0, 0, 6, 0, 1, 2, 0, 1, 2};
        for (String split : new String[] {"train", "test"}) {
            Files.write(folder.resolve(split + "-images-idx3-ubyte"), idx);
            Files.write(folder.resolve(split + "-labels-idx1-ubyte"), labels);
        }
        byte[] classes = new byte[r.nextInt(200)];
        r.nextBytes(classes);
        if (m.kind() == 0) classes = "zero\none\ntwo\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path classesFile = folder.resolve("classes.txt");
        Files.write(classesFile, classes);
        long start = System.nanoTime();
        try {
            ImageDataset data = DatasetLoader.load(folder);
            assertTrue(data.classNames().size() >= 3, "a name for every label");
            Outcomes.count("dataset", "accepted");
        } catch (IOException e) {
            Outcomes.assertCleanRefusal(e, classesFile);
            Outcomes.count("dataset", "refused");
        } catch (OutOfMemoryError | RuntimeException e) {
            fail("classes.txt " + m + " escaped as " + e, e);
        } finally {
            Outcomes.timed(start);
        }
    }

    private static final String[] COMMANDS = {"decode", "evaluate", "encode", "render", "grid", "interpolate", "metrics", "anomalies", "train"};
    private static final String[] OPTIONS = {"--model", "--z", "--scale", "--width", "--height", "--limit-train", "--limit-test",
            "--latent", "--hidden", "--activation", "--loss", "--epochs", "--lr", "--batch", "--n", "--steps", "--from", "--to",
            "--top", "--grid", "--mass", "--split", "--dataset", "--bogus", "--region", "--gap", "--columns", "--beta"};
    private static final String[] VALUES = {"0", "-1", "1", "2", "NaN", "Infinity", "1e39", "2147483647", "-2147483648",
            "100000000", "x", "", "0.5,-1", "1,2,3", "swish", "relu", "mse", "train", "box", "3", "0,0", "1e-3"};

    @Provide
    Arbitrary<List<String>> invocations() {
        return Arbitraries.longs().map(seed -> {
            Random r = new Random(seed);
            List<String> args = new ArrayList<>(List.of(COMMANDS[r.nextInt(COMMANDS.length)]));
            if (r.nextInt(4) > 0) args.addAll(List.of("--model", model.toString()));
            for (int i = r.nextInt(5); i > 0; i--) {
                args.add(OPTIONS[r.nextInt(OPTIONS.length)]);
                if (r.nextInt(8) > 0) args.add(VALUES[r.nextInt(VALUES.length)]);
            }
            if (args.get(0).equals("train")) args.addAll(List.of("--epochs", "1", "--limit-train", "64", "--limit-test", "32", "--hidden", "8"));
            if (r.nextInt(3) > 0) args.addAll(List.of("--out", dir.resolve("cli-out-" + Long.toHexString(seed) + ".png").toString()));
            return args;
        });
    }

    @Property(seed = "20261204")
    void aBadInvocationPrintsOneLineAndAHintNeverATrace(@ForAll("invocations") List<String> args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        long start = System.nanoTime();
        int exit;
        try {
            exit = Cli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        } finally {
            Outcomes.timed(start);
        }
        if (exit == 0) {
            Outcomes.count("cli", "succeeded");
            return;
        }
        List<String> lines = err.toString().lines().filter(l -> !l.isBlank()).filter(l -> !l.startsWith("training ") && !l.startsWith("epoch ")).toList();
        assertTrue(lines.size() == 1 || lines.size() == 2 && lines.get(1).startsWith("see '"), args + " → " + err);
        Outcomes.assertClean(lines.get(0));
        assertTrue(!err.toString().contains("Usage:"), "no usage page: " + err);
        Outcomes.count("cli", exit == 2 ? "usage error" : "refused");
    }
}
