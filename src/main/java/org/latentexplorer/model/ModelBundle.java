package org.latentexplorer.model;

import ai.djl.ndarray.NDManager;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.latentexplorer.data.SafeFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A model on disk: one zip holding {@code model.json} (format version, spec, history) and
 * {@code parameters.bin} (DJL's parameter stream). Saving writes a temp file and moves it into place, and refuses
 * non-finite weights. Reading checks everything against {@link BundleLimits} before the engine allocates anything;
 * non-finite weights are refused (a model with NaN weights draws nothing and cannot be trained back).
 */
public final class ModelBundle {
    public static final int FORMAT_VERSION = 1;
    public static final String SPEC_ENTRY = "model.json";
    static final String PARAMETERS_ENTRY = "parameters.bin";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    /** The parts of a bundle read from disk; the parameters are raw until an engine turns them into a network. */
    public record Contents(ModelSpec spec, TrainingHistory history, byte[] parameters) {}

    private ModelBundle() {}

    public static void save(Path file, Autoencoder model, TrainingHistory history) throws IOException {
        Autoencoder.NonFinite broken = model.nonFiniteParameter();
        if (broken != null) throw new ModelFileException(file, "model.save.nonFinite", broken.parameter(), broken.count());
        ByteArrayOutputStream params = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(params)) {
            model.saveParameters(out);
        }
        byte[] json = GSON.toJson(ModelJson.toJson(model.spec(), history)).getBytes(StandardCharsets.UTF_8);
        SafeFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(SPEC_ENTRY));
                zip.write(json);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(PARAMETERS_ENTRY));
                params.writeTo(zip);
                zip.closeEntry();
            }
        });
    }

    /** Reads and validates a bundle; the message of any failure names the file and the problem. */
    public static Contents read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, Files.isDirectory(file) ? "model.isDirectory" : "model.notFound");
        }
        Map<String, byte[]> entries = entries(file, Map.of(PARAMETERS_ENTRY, BundleLimits.MAX_PARAMETERS_BYTES));
        byte[] params = entries.get(PARAMETERS_ENTRY);
        if (params == null) throw new ModelFileException(file, "model.missingEntry", PARAMETERS_ENTRY);
        Manifest manifest = manifest(file, entries.get(SPEC_ENTRY));
        return new Contents(manifest.spec(), manifest.history(), params);
    }

    /** A bundle's model.json, checked as {@link #read} checks it; {@code root} keeps the fields other engines add. */
    public record Manifest(ModelSpec spec, TrainingHistory history, JsonObject root) {}

    /** Reads the model.json of a bundle ({@code json} null when the bundle has none). */
    public static Manifest manifest(Path file, byte[] json) throws IOException {
        if (json == null) throw new ModelFileException(file, "model.missingEntry", SPEC_ENTRY);
        JsonObject root = ModelJson.parse(file, json);
        JsonElement version = root.get("formatVersion");
        if (!(version instanceof JsonPrimitive p) || !p.isNumber()) {
            throw new ModelFileException(file, "model.json.missing", "formatVersion", "a whole number from 1 to " + FORMAT_VERSION);
        }
        double v = p.getAsDouble();
        if (v > FORMAT_VERSION) throw new ModelFileException(file, "model.format.newer", JsonFields.describe(version), FORMAT_VERSION);
        if (!(v >= 1) || v != Math.rint(v)) throw new ModelFileException(file, "model.format.invalid", JsonFields.describe(version), FORMAT_VERSION);
        ModelSpec spec;
        try {
            spec = ModelJson.spec(file, root);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "model.json.invalid", e.getMessage());
        }
        long bound = BundleLimits.parameterBound(spec);
        if (bound > BundleLimits.MAX_PARAMETERS) {
            throw new ModelFileException(file, "model.tooLarge", spec.describe(), bound, BundleLimits.MAX_PARAMETERS);
        }
        TrainingHistory history = ModelJson.history(file, root);
        DatasetProvenance.read(file, root, history);
        return new Manifest(spec, history, root);
    }

    /** model.json of {@code spec} and {@code history}, with {@code extra}'s fields added (another engine's). */
    public static byte[] manifestJson(ModelSpec spec, TrainingHistory history, JsonObject extra) {
        JsonObject root = ModelJson.toJson(spec, history);
        extra.entrySet().forEach(e -> root.add(e.getKey(), e.getValue()));
        return GSON.toJson(root).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * model.json and the entries named in {@code wanted}, each within its limit (in bytes); names with ".." or an
     * absolute path are refused.
     */
    public static Map<String, byte[]> entries(Path file, Map<String, Long> wanted) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (++count > BundleLimits.MAX_ENTRIES) throw new ModelFileException(file, "model.zip.entries", BundleLimits.MAX_ENTRIES);
                if (unsafeName(name)) throw new ModelFileException(file, "model.zip.unsafeName", printable(name));
                long cap = name.equals(SPEC_ENTRY) ? BundleLimits.MAX_SPEC_BYTES : wanted.getOrDefault(name, 1L << 20);
                cap = Math.min(cap, BundleLimits.MAX_TOTAL_BYTES - total);
                byte[] data = zip.readNBytes((int) cap);
                if (zip.read() != -1) throw new ModelFileException(file, "model.zip.entryTooLarge", printable(name), cap);
                total += data.length;
                if (name.equals(SPEC_ENTRY) || wanted.containsKey(name)) {
                    if (entries.put(name, data) != null) throw new ModelFileException(file, "model.zip.duplicate", name);
                }
            }
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not valid in the zip's declared encoding.
            throw new ModelFileException(file, "model.zip.corrupt");
        }
        if (count == 0) throw new ModelFileException(file, "model.zip.notZip");
        return entries;
    }

    private static boolean unsafeName(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) return true;
        for (String part : n.split("/")) if (part.equals("..")) return true;
        return false;
    }

    /** An entry name as a message may show it: short, without control characters. */
    private static String printable(String name) {
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
    }

    /**
     * Builds the network of a read bundle on the engine thread: a fresh network of the spec first (its size is
     * bounded by {@link #read}), whose own parameter stream the stored one must match in everything but values.
     */
    public static Autoencoder instantiate(Path file, Contents contents, NDManager manager) throws IOException {
        byte[] fresh;
        try (Autoencoder blank = Autoencoder.create(contents.spec(), manager, 0)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                blank.saveParameters(out);
            }
            fresh = bytes.toByteArray();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ModelFileException(file, "model.json.invalid", e.getMessage());
        } catch (RuntimeException e) {
            // MXNet's EngineException and native allocation failures: one sentence, no native stack trace.
            throw new ModelFileException(file, "model.engine", EngineFailures.oneLine(e));
        }
        ParameterLayout.check(file, fresh, contents.parameters(), contents.spec());
        try (InputStream in = new ByteArrayInputStream(contents.parameters())) {
            return Autoencoder.load(contents.spec(), manager, new DataInputStream(in));
        } catch (IOException e) {
            throw new ModelFileException(file, org.latentexplorer.data.BadFileException.FREE_TEXT, e.getMessage());
        }
    }
}
