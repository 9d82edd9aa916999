package org.latentexplorer.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * model.json to and from a spec and history. Reading checks the text against {@link BundleLimits} before Gson
 * sees it (UTF-8, nesting depth, string lengths) and every field's type and range after, so nothing malformed
 * reaches the engine.
 */
final class ModelJson {
    private ModelJson() {}

    /** The parsed root object of model.json; refusals name the file and what was wrong. */
    static JsonObject parse(Path file, byte[] bytes) throws ModelFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ModelFileException(file, "model.json.notUtf8");
        }
        checkShape(file, text);
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
            throw new ModelFileException(file, "model.json.syntax", gsonProblem(e));
        }
        if (!root.isJsonObject()) throw new ModelFileException(file, "model.json.type", "the top level", JsonFields.describe(root), "an object");
        return root.getAsJsonObject();
    }

    /** Gson's message without its "See https://…" advice and cause chain: "Unterminated string at line 3 column 9". */
    static String gsonProblem(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && (t.getMessage() == null || t.getMessage().startsWith("com.google"))) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int see = m.indexOf("\nSee ");
        if (see >= 0) m = m.substring(0, see);
        m = m.replaceAll("\\s+", " ").replaceFirst(" path \\$\\S*", "").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** Depth of [ and { and length of strings, counted on the raw text, so Gson never recurses or buffers far. */
    private static void checkShape(Path file, String text) throws ModelFileException {
        int depth = 0, stringLength = 0;
        boolean inString = false, escaped = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
                if (++stringLength > BundleLimits.MAX_STRING_CHARS) {
                    throw new ModelFileException(file, "model.json.longString", BundleLimits.MAX_STRING_CHARS);
                }
            } else if (c == '"') {
                inString = true;
                stringLength = 0;
            } else if (c == '[' || c == '{') {
                if (++depth > BundleLimits.MAX_JSON_DEPTH) throw new ModelFileException(file, "model.json.deep", BundleLimits.MAX_JSON_DEPTH);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }

    static ModelSpec spec(Path file, JsonObject root) throws ModelFileException {
        JsonFields f = new JsonFields(file);
        JsonObject s = f.object(root, "spec", "spec", true);
        Architecture architecture = f.choice(s, "architecture", "spec.architecture", Architecture.class, Architecture.DENSE);
        List<ConvLayer> conv = new ArrayList<>();
        JsonArray convLayers = f.array(s, "convLayers", "spec.convLayers", BundleLimits.MAX_CONV_LAYERS, false);
        if (convLayers != null) {
            for (int i = 0; i < convLayers.size(); i++) {
                String path = "spec.convLayers[" + i + "]";
                JsonElement e = convLayers.get(i);
                if (!e.isJsonObject()) throw f.wrong(path, e, "an object");
                JsonObject layer = e.getAsJsonObject();
                conv.add(new ConvLayer(f.integer(layer, "filters", path + ".filters", 1, BundleLimits.MAX_FILTERS, null),
                        f.integer(layer, "stride", path + ".stride", 1, 4, null), f.bool(layer, "pool", path + ".pool", false)));
            }
        }
        List<Integer> hidden = new ArrayList<>();
        JsonArray hiddenArray = f.array(s, "hidden", "spec.hidden", BundleLimits.MAX_HIDDEN_LAYERS, true);
        for (int i = 0; i < hiddenArray.size(); i++) {
            hidden.add(f.integer(hiddenArray.get(i), "spec.hidden[" + i + "]", 1, BundleLimits.MAX_LAYER_WIDTH));
        }
        JsonArray shape = f.array(s, "imageShape", "spec.imageShape", 2, true);
        if (shape.size() != 2) throw f.wrong("spec.imageShape", shape, "[height, width]");
        int height = f.integer(shape.get(0), "spec.imageShape[0]", 1, BundleLimits.MAX_IMAGE_SIDE);
        int width = f.integer(shape.get(1), "spec.imageShape[1]", 1, BundleLimits.MAX_IMAGE_SIDE);
        List<String> classes = new ArrayList<>();
        JsonArray classArray = f.array(s, "classNames", "spec.classNames", BundleLimits.MAX_CLASSES, false);
        if (classArray != null) for (int i = 0; i < classArray.size(); i++) classes.add(f.string(classArray.get(i), "spec.classNames[" + i + "]"));
        // Fields added after format version 1's first release default to the plain model's values.
        InputNoise noise = InputNoise.NONE;
        JsonObject n = f.object(s, "inputNoise", "spec.inputNoise", false);
        if (n != null) {
            noise = new InputNoise(f.choice(n, "type", "spec.inputNoise.type", InputNoise.Type.class, null),
                    f.number(n, "amount", "spec.inputNoise.amount", 0, 1e6, null));
        }
        Sparsity sparsity = Sparsity.NONE;
        JsonObject sp = f.object(s, "sparsity", "spec.sparsity", false);
        if (sp != null) {
            sparsity = new Sparsity(f.choice(sp, "type", "spec.sparsity.type", Sparsity.Type.class, null),
                    f.number(sp, "weight", "spec.sparsity.weight", 0, 1e6, null), f.number(sp, "target", "spec.sparsity.target", 0, 1, 0.0));
        }
        return new ModelSpec(f.choice(s, "kind", "spec.kind", ModelKind.class, null), architecture, conv,
                f.integer(s, "latentDim", "spec.latentDim", 1, BundleLimits.MAX_LATENT, null), hidden,
                f.choice(s, "activation", "spec.activation", Activation.class, null),
                f.choice(s, "codeActivation", "spec.codeActivation", Activation.class, Activation.LINEAR),
                f.choice(s, "output", "spec.output", Activation.class, Activation.SIGMOID),
                f.choice(s, "loss", "spec.loss", ReconstructionLoss.class, null),
                f.choice(s, "reduction", "spec.reduction", ReconstructionLoss.Reduction.class, null),
                f.number(s, "beta", "spec.beta", 0, 1e6, 1.0), f.number(s, "klScale", "spec.klScale", 1e-12, 1e6, 1.0),
                f.bool(s, "tiedWeights", "spec.tiedWeights", false), noise, sparsity,
                f.string(s, "dataset", "spec.dataset", null), height, width, classes,
                // Bundles from before colour have no "channels": their images were gray.
                f.integer(s, "channels", "spec.channels", 1, 3, 1));
    }

    static TrainingHistory history(Path file, JsonObject root) throws ModelFileException {
        JsonFields f = new JsonFields(file);
        TrainingHistory history = new TrainingHistory();
        JsonObject h = f.object(root, "history", "history", false);
        if (h == null) return history;
        history.setSettings(f.string(h, "settings", "history.settings", ""));
        JsonArray epochs = f.array(h, "epochs", "history.epochs", BundleLimits.MAX_HISTORY_EPOCHS, false);
        if (epochs == null) return history;
        for (int i = 0; i < epochs.size(); i++) {
            String path = "history.epochs[" + i + "]";
            JsonElement e = epochs.get(i);
            if (!e.isJsonObject()) throw f.wrong(path, e, "an object");
            JsonObject row = e.getAsJsonObject();
            history.add(new TrainingHistory.Epoch(f.integer(row, "epoch", path + ".epoch", 0, Integer.MAX_VALUE, null),
                    f.measurement(row, "trainLoss", path + ".trainLoss"), f.measurement(row, "testLoss", path + ".testLoss"),
                    f.measurement(row, "seconds", path + ".seconds"), f.string(row, "stage", path + ".stage", ""),
                    f.measurement(row, "discriminatorLoss", path + ".discriminatorLoss")));
        }
        return history;
    }

    static JsonObject toJson(ModelSpec spec, TrainingHistory history) {
        JsonObject root = new JsonObject();
        root.addProperty("formatVersion", ModelBundle.FORMAT_VERSION);
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
        s.addProperty("channels", spec.channels());
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
}
