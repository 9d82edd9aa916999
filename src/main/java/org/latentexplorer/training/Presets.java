package org.latentexplorer.training;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.latentexplorer.model.ModelFileException;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ModelSpecJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The course's recipes by name, read once from {@code presets.json} beside this class: each a name, two texts, a
 * {@code spec} in model.json's field names (checked as a bundle's is) and its {@code training} settings. Those
 * shared with the PyTorch reference match its architectures exactly.
 */
public final class Presets {
    private static final String RESOURCE = "presets.json";
    private static final Map<String, Preset> ALL = read();

    private Presets() {}

    private static Map<String, Preset> read() {
        Map<String, Preset> presets = new LinkedHashMap<>();
        try (InputStream in = Presets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the build");
            JsonArray list = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonArray();
            for (JsonElement e : list) {
                Preset p = preset(e.getAsJsonObject());
                if (presets.put(p.name(), p) != null) throw new IllegalStateException(RESOURCE + ": two presets named " + p.name());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return presets;
    }

    private static Preset preset(JsonObject p) {
        String name = p.get("name").getAsString();
        JsonObject spec = p.getAsJsonObject("spec").deepCopy();
        // A placeholder dataset: specFor puts in the real one.
        spec.addProperty("dataset", "preset");
        JsonArray shape = new JsonArray();
        shape.add(28);
        shape.add(28);
        spec.add("imageShape", shape);
        ModelSpec network;
        try {
            network = ModelSpecJson.read(RESOURCE + "#" + name, spec);
        } catch (ModelFileException e) {
            throw new IllegalStateException(RESOURCE + ": preset " + name + " is not a valid spec (" + e.key() + ")", e);
        }
        JsonObject t = p.getAsJsonObject("training");
        TrainingConfig config = new TrainingConfig(TrainingConfig.Optimizer.parse(t.get("optimizer").getAsString()),
                t.get("epochs").getAsInt(), t.get("batchSize").getAsInt(), t.get("learningRate").getAsDouble(),
                t.get("seed").getAsLong());
        boolean perPixel = p.has("klScalePerPixel") && p.get("klScalePerPixel").getAsBoolean();
        return new Preset(name, p.get("summary").getAsString(), p.get("explanation").getAsString(), network, perPixel, config);
    }

    public static List<Preset> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Preset> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static Preset require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no preset named \"" + name + "\"; known: "
                + String.join(", ", ALL.keySet())));
    }
}
