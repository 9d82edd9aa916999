package org.latentexplorer.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.latentexplorer.data.SafeFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A model on disk: one zip holding {@code model.json} (format version, spec, history) and
 * {@code parameters.bin} (DJL's parameter stream). Saving writes a temp file and moves it into place.
 */
public final class ModelBundle {
    public static final int FORMAT_VERSION = 1;
    static final String SPEC_ENTRY = "model.json";
    static final String PARAMETERS_ENTRY = "parameters.bin";
    private static final long MAX_ENTRY_BYTES = 512L << 20;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    /** The parts of a bundle read from disk; the parameters are raw until an engine turns them into a network. */
    public record Contents(ModelSpec spec, TrainingHistory history, byte[] parameters) {}

    private ModelBundle() {}

    public static void save(Path file, Autoencoder model, TrainingHistory history) throws IOException {
        ByteArrayOutputStream params = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(params)) {
            model.saveParameters(out);
        }
        byte[] json = GSON.toJson(toJson(model.spec(), history)).getBytes(StandardCharsets.UTF_8);
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
        if (!Files.isRegularFile(file)) throw new ModelFileException(file, "file not found");
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] data = zip.readNBytes((int) MAX_ENTRY_BYTES);
                if (zip.read() != -1) throw new ModelFileException(file, "entry " + e.getName() + " is larger than " + MAX_ENTRY_BYTES + " bytes");
                entries.put(e.getName(), data);
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new ModelFileException(file, "not a readable model bundle (corrupt or truncated zip: " + e.getMessage() + ")");
        }
        if (entries.isEmpty()) throw new ModelFileException(file, "not a model bundle (not a zip file, or empty)");
        byte[] json = entries.get(SPEC_ENTRY);
        byte[] params = entries.get(PARAMETERS_ENTRY);
        if (json == null) throw new ModelFileException(file, "missing " + SPEC_ENTRY);
        if (params == null) throw new ModelFileException(file, "missing " + PARAMETERS_ENTRY);
        JsonObject root;
        try {
            root = JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new ModelFileException(file, SPEC_ENTRY + " is not valid JSON: " + e.getMessage());
        }
        int version = intField(file, root, "formatVersion");
        if (version > FORMAT_VERSION) {
            throw new ModelFileException(file, "format version " + version + " is newer than this app reads (" + FORMAT_VERSION + "); update Latent Explorer");
        }
        if (version < 1) throw new ModelFileException(file, "invalid format version " + version);
        try {
            ModelSpec spec = specFromJson(file, root.getAsJsonObject("spec"));
            TrainingHistory history = historyFromJson(root.getAsJsonObject("history"));
            DatasetProvenance.read(file, root, history);
            return new Contents(spec, history, params);
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException | NullPointerException e) {
            throw new ModelFileException(file, "invalid model description: " + e.getMessage());
        }
    }

    /** Builds the network of a read bundle on the engine thread. */
    public static Autoencoder instantiate(Path file, Contents contents, ai.djl.ndarray.NDManager manager) throws IOException {
        try (InputStream in = new ByteArrayInputStream(contents.parameters())) {
            return Autoencoder.load(contents.spec(), manager, new DataInputStream(in));
        } catch (IOException e) {
            throw new ModelFileException(file, e.getMessage());
        }
    }

    static JsonObject toJson(ModelSpec spec, TrainingHistory history) {
        JsonObject root = new JsonObject();
        root.addProperty("formatVersion", FORMAT_VERSION);
        root.addProperty("application", "Latent Explorer");
        JsonObject s = new JsonObject();
        s.addProperty("kind", spec.kind().id());
        s.addProperty("architecture", spec.architecture().id());
        JsonArray conv = new JsonArray();
        for (ConvLayer c : spec.convLayers()) {
            JsonObject layer = new JsonObject();
            layer.addProperty("filters", c.filters());
            layer.addProperty("stride", c.stride());
            layer.addProperty("pool", c.pool());
            conv.add(layer);
        }
        s.add("convLayers", conv);
        s.addProperty("latentDim", spec.latentDim());
        JsonArray hidden = new JsonArray();
        spec.hidden().forEach(hidden::add);
        s.add("hidden", hidden);
        s.addProperty("activation", spec.activation().id());
        s.addProperty("loss", spec.loss().id());
        s.addProperty("reduction", spec.reduction().id());
        s.addProperty("beta", spec.beta());
        s.addProperty("klScale", spec.klScale());
        s.addProperty("codeActivation", spec.codeActivation().id());
        s.addProperty("output", spec.output().id());
        s.addProperty("tiedWeights", spec.tiedWeights());
        JsonObject noise = new JsonObject();
        noise.addProperty("type", spec.noise().type().id());
        noise.addProperty("amount", spec.noise().amount());
        s.add("inputNoise", noise);
        JsonObject sparsity = new JsonObject();
        sparsity.addProperty("type", spec.sparsity().type().id());
        sparsity.addProperty("weight", spec.sparsity().weight());
        sparsity.addProperty("target", spec.sparsity().target());
        s.add("sparsity", sparsity);
        s.addProperty("dataset", spec.dataset());
        JsonArray shape = new JsonArray();
        shape.add(spec.height());
        shape.add(spec.width());
        s.add("imageShape", shape);
        JsonArray classes = new JsonArray();
        spec.classNames().forEach(classes::add);
        s.add("classNames", classes);
        root.add("spec", s);
        JsonObject h = new JsonObject();
        h.addProperty("settings", history.settings());
        JsonArray epochs = new JsonArray();
        for (TrainingHistory.Epoch e : history.epochs()) {
            JsonObject row = new JsonObject();
            row.addProperty("epoch", e.epoch());
            row.addProperty("trainLoss", e.trainLoss());
            row.addProperty("testLoss", e.testLoss());
            row.addProperty("seconds", e.seconds());
            if (!e.stage().isEmpty()) row.addProperty("stage", e.stage());
            if (!Double.isNaN(e.discriminatorLoss())) row.addProperty("discriminatorLoss", e.discriminatorLoss());
            epochs.add(row);
        }
        h.add("epochs", epochs);
        root.add("history", h);
        DatasetProvenance.write(root, history);
        return root;
    }

    private static ModelSpec specFromJson(Path file, JsonObject s) throws ModelFileException {
        if (s == null) throw new ModelFileException(file, "missing \"spec\" in " + SPEC_ENTRY);
        String architectureName = s.has("architecture") ? s.get("architecture").getAsString() : "dense";
        Architecture architecture;
        try {
            architecture = Architecture.parse(architectureName);
        } catch (IllegalArgumentException e) {
            throw new ModelFileException(file, "unsupported architecture \"" + architectureName + "\" (made by a newer version?)");
        }
        List<ConvLayer> conv = new ArrayList<>();
        if (s.has("convLayers")) {
            for (JsonElement e : s.getAsJsonArray("convLayers")) {
                JsonObject layer = e.getAsJsonObject();
                conv.add(new ConvLayer(layer.get("filters").getAsInt(), layer.get("stride").getAsInt(), layer.get("pool").getAsBoolean()));
            }
        }
        List<Integer> hidden = new ArrayList<>();
        for (JsonElement e : s.getAsJsonArray("hidden")) hidden.add(e.getAsInt());
        JsonArray shape = s.getAsJsonArray("imageShape");
        if (shape == null || shape.size() != 2) throw new ModelFileException(file, "imageShape must be [height, width]");
        List<String> classes = new ArrayList<>();
        if (s.has("classNames")) for (JsonElement e : s.getAsJsonArray("classNames")) classes.add(e.getAsString());
        // Fields added after format version 1's first release default to the plain model's values.
        JsonObject noise = s.has("inputNoise") ? s.getAsJsonObject("inputNoise") : null;
        JsonObject sparsity = s.has("sparsity") ? s.getAsJsonObject("sparsity") : null;
        return new ModelSpec(ModelKind.parse(s.get("kind").getAsString()), architecture, conv, s.get("latentDim").getAsInt(), hidden,
                Activation.parse(s.get("activation").getAsString()),
                s.has("codeActivation") ? Activation.parse(s.get("codeActivation").getAsString()) : Activation.LINEAR,
                s.has("output") ? Activation.parse(s.get("output").getAsString()) : Activation.SIGMOID,
                ReconstructionLoss.parse(s.get("loss").getAsString()),
                ReconstructionLoss.Reduction.parse(s.get("reduction").getAsString()),
                s.has("beta") ? s.get("beta").getAsDouble() : 1.0,
                s.has("klScale") ? s.get("klScale").getAsDouble() : 1.0,
                s.has("tiedWeights") && s.get("tiedWeights").getAsBoolean(),
                noise == null ? InputNoise.NONE : new InputNoise(
                        InputNoise.Type.valueOf(noise.get("type").getAsString().toUpperCase(java.util.Locale.ROOT)),
                        noise.get("amount").getAsDouble()),
                sparsity == null ? Sparsity.NONE : new Sparsity(
                        Sparsity.Type.valueOf(sparsity.get("type").getAsString().toUpperCase(java.util.Locale.ROOT)),
                        sparsity.get("weight").getAsDouble(), sparsity.get("target").getAsDouble()),
                s.get("dataset").getAsString(), shape.get(0).getAsInt(), shape.get(1).getAsInt(), classes);
    }

    private static TrainingHistory historyFromJson(JsonObject h) {
        TrainingHistory history = new TrainingHistory();
        if (h == null) return history;
        if (h.has("settings")) history.setSettings(h.get("settings").getAsString());
        if (h.has("epochs")) {
            for (JsonElement e : h.getAsJsonArray("epochs")) {
                JsonObject row = e.getAsJsonObject();
                history.add(new TrainingHistory.Epoch(row.get("epoch").getAsInt(), number(row, "trainLoss"),
                        number(row, "testLoss"), number(row, "seconds"), row.has("stage") ? row.get("stage").getAsString() : "",
                        number(row, "discriminatorLoss")));
            }
        }
        return history;
    }

    private static double number(JsonObject row, String field) {
        JsonElement e = row.get(field);
        if (e == null || e.isJsonNull()) return Double.NaN;
        return e.getAsDouble();
    }

    private static int intField(Path file, JsonObject root, String name) throws ModelFileException {
        JsonElement e = root.get(name);
        if (e == null || !e.isJsonPrimitive()) throw new ModelFileException(file, "missing " + name + " in " + SPEC_ENTRY);
        try {
            return e.getAsInt();
        } catch (NumberFormatException ex) {
            throw new ModelFileException(file, name + " is not a number");
        }
    }
}
