package org.latentexplorer.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.latentexplorer.Fixtures;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelBundle;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.TrainingHistory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutated model bundles: every one is refused with the app's error naming the file, or loads into a network that
 * decodes to finite pixels. Never another exception, never an out-of-memory error.
 */
class BundleFuzzTest {
    private static Path dir;
    private static byte[] zip;
    private static Map<String, byte[]> entries;
    private static final float[] CODE = {0.5f, -1};

    @BeforeContainer
    static void saveOne() throws IOException {
        dir = Files.createTempDirectory("bundle-fuzz");
        Path file = dir.resolve("base.zip");
        TrainingHistory history = new TrainingHistory();
        history.setSettings("fuzz");
        history.add(new TrainingHistory.Epoch(1, 200, 190, 1.5));
        Fixtures.onEngine(manager -> {
            try (Autoencoder model = Autoencoder.create(Fixtures.spec(ModelKind.VAE, 2, 16), manager, 3)) {
                ModelBundle.save(file, model, history);
                return null;
            }
        });
        zip = Files.readAllBytes(file);
        entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) entries.put(e.getName(), in.readAllBytes());
        }
    }

    @AfterContainer
    static void report() {
        Outcomes.printReport();
    }

    @Provide
    Arbitrary<Outcomes.Mutation> mutations() {
        return Outcomes.mutations(10);
    }

    @Property(seed = "20261201")
    void aMutatedBundleIsRefusedWithItsNameOrLoadsIntoAWorkingNetwork(@ForAll("mutations") Outcomes.Mutation m) throws Exception {
        Random r = new Random(m.seed());
        Path file = dir.resolve("case-" + m.kind() + "-" + Long.toHexString(m.seed()) + ".zip");
        Files.write(file, mutate(m.kind(), r));
        long start = System.nanoTime();
        try {
            ModelBundle.Contents contents = ModelBundle.read(file);
            float[] pixels = Fixtures.onEngine(manager -> {
                try (Autoencoder model = ModelBundle.instantiate(file, contents, manager)) {
                    float[] code = new float[contents.spec().latentDim()];
                    System.arraycopy(CODE, 0, code, 0, Math.min(code.length, CODE.length));
                    return model.decode(manager.create(code, new ai.djl.ndarray.types.Shape(1, code.length))).toFloatArray();
                }
            });
            for (float p : pixels) assertTrue(Float.isFinite(p), "an accepted bundle decodes to finite pixels");
            Outcomes.count("bundle", "accepted");
        } catch (IOException e) {
            Outcomes.assertCleanRefusal(e, file);
            Outcomes.count("bundle", "refused");
        } catch (OutOfMemoryError | RuntimeException e) {
            fail("mutation " + m + " escaped as " + e, e);
        } finally {
            Outcomes.timed(start);
            Files.deleteIfExists(file);
        }
    }

    private static byte[] mutate(int kind, Random r) throws IOException {
        Map<String, byte[]> e = new LinkedHashMap<>();
        entries.forEach((k, v) -> e.put(k, v.clone()));
        byte[] json = e.get("model.json");
        byte[] params = e.get("parameters.bin");
        switch (kind) {
            case 0 -> { // flip bytes of the zip itself
                byte[] z = zip.clone();
                for (int i = 1 + r.nextInt(8); i > 0; i--) z[r.nextInt(z.length)] ^= (byte) (1 + r.nextInt(255));
                return z;
            }
            case 1 -> { // truncate the zip
                return java.util.Arrays.copyOf(zip, r.nextInt(zip.length));
            }
            case 2 -> flip(json, r, 1 + r.nextInt(6));
            case 3 -> e.put("model.json", replaceValue(new String(json, StandardCharsets.UTF_8), r).getBytes(StandardCharsets.UTF_8));
            case 4 -> flip(params, r, 1 + r.nextInt(6));
            case 5 -> e.put("parameters.bin", java.util.Arrays.copyOf(params, r.nextInt(params.length + 64)));
            case 6 -> e.put("model.json", nested(r.nextInt(5000)).getBytes(StandardCharsets.UTF_8));
            case 7 -> e.put(r.nextBoolean() ? "../evil.txt" : "/etc/evil", new byte[16]);
            case 8 -> e.put("model.json", randomBytes(r, r.nextInt(4096)));
            default -> e.put("model.json", new String(json, StandardCharsets.UTF_8)
                    .replace("\"hidden\": [\n      16\n    ]", "\"hidden\": " + hiddenList(r)).getBytes(StandardCharsets.UTF_8));
        }
        return zipOf(e);
    }

    private static void flip(byte[] data, Random r, int times) {
        for (int i = 0; i < times; i++) data[r.nextInt(data.length)] ^= (byte) (1 + r.nextInt(255));
    }

    private static final String[] VALUES = {"null", "true", "-1", "0", "1e308", "-1e308", "1.5", "2147483648", "\"x\"",
            "[]", "{}", "[1,2,3]", "\"NaN\"", "NaN", "\"\\u0000\"", "99999999", "[[[[[]]]]]"};

    /** One value of model.json (after a random "key": ) replaced by a value of another type or size. */
    private static String replaceValue(String json, Random r) {
        int colon = -1;
        for (int tries = 0; tries < 20 && colon < 0; tries++) {
            int at = json.indexOf("\": ", r.nextInt(json.length()));
            if (at > 0) colon = at + 3;
        }
        if (colon < 0) return json;
        int end = colon;
        while (end < json.length() && ",\n}".indexOf(json.charAt(end)) < 0) end++;
        return json.substring(0, colon) + VALUES[r.nextInt(VALUES.length)] + json.substring(end);
    }

    private static String nested(int depth) {
        return "{\"formatVersion\": 1, \"spec\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    }

    private static String hiddenList(Random r) {
        StringBuilder sb = new StringBuilder("[");
        int n = r.nextInt(3) == 0 ? 1 + r.nextInt(5000) : 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) sb.append(i > 0 ? "," : "").append(r.nextBoolean() ? 1 + r.nextInt(64) : r.nextInt(Integer.MAX_VALUE));
        return sb.append(']').toString();
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] zipOf(Map<String, byte[]> e) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : e.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
