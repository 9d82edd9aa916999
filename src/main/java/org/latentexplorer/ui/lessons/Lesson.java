package org.latentexplorer.ui.lessons;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A guided lesson read from a data file (format in docs/lessons.md): a title and steps, each with its text in
 * every language and the actions that put the app into the state the text talks about.
 */
public record Lesson(String id, Map<String, String> title, List<Step> steps) {
    /** The actions a step may use; anything else is an error naming the file. */
    public static final Set<String> ACTIONS = Set.of("open", "select", "probe", "panel", "train");
    /** The language tags every text must have. */
    public static final List<String> LANGUAGES = List.of("en", "zh-CN");
    /** The bundled lessons, in menu order. */
    public static final List<String> BUNDLED = List.of("gallery-wall", "why-vae", "training-live");

    public record Step(Map<String, String> text, List<Action> actions) {}

    /** One action: its name from {@link #ACTIONS} and its JSON argument. */
    public record Action(String name, JsonElement argument) {}

    /** The text for {@code locale} (zh* → zh-CN, else en). */
    public static String in(Map<String, String> texts, Locale locale) {
        return texts.get("zh".equals(locale.getLanguage()) ? "zh-CN" : "en");
    }

    public static List<Lesson> bundled() {
        List<Lesson> lessons = new ArrayList<>();
        for (String id : BUNDLED) {
            String resource = id + ".json";
            try (InputStream in = Lesson.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("lesson file " + resource + " is missing");
                lessons.add(parse(id, resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("lesson file " + resource + " cannot be read: " + e.getMessage(), e);
            }
        }
        return lessons;
    }

    /** Parses a lesson; a missing language or an unknown action is an error naming {@code file} and the step. */
    public static Lesson parse(String id, String file, java.io.Reader reader) {
        try {
            JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
            Map<String, String> title = texts(root.getAsJsonObject("title"), file, "title");
            List<Step> steps = new ArrayList<>();
            JsonArray array = root.getAsJsonArray("steps");
            if (array == null || array.isEmpty()) throw new IllegalArgumentException(file + ": a lesson needs \"steps\"");
            for (int i = 0; i < array.size(); i++) {
                JsonObject s = array.get(i).getAsJsonObject();
                String where = "step " + (i + 1);
                List<Action> actions = new ArrayList<>();
                JsonArray acts = s.getAsJsonArray("actions");
                if (acts != null) for (JsonElement a : acts) {
                    for (Map.Entry<String, JsonElement> e : a.getAsJsonObject().entrySet()) {
                        if (!ACTIONS.contains(e.getKey())) {
                            throw new IllegalArgumentException(file + ": " + where + " has unknown action \"" + e.getKey()
                                    + "\" (known: " + ACTIONS + ")");
                        }
                        actions.add(new Action(e.getKey(), e.getValue()));
                    }
                }
                steps.add(new Step(texts(s.getAsJsonObject("text"), file, where), List.copyOf(actions)));
            }
            return new Lesson(id, title, List.copyOf(steps));
        } catch (IllegalStateException | ClassCastException | com.google.gson.JsonParseException e) {
            throw new IllegalArgumentException(file + ": not a lesson (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, String> texts(JsonObject o, String file, String where) {
        if (o == null) throw new IllegalArgumentException(file + ": " + where + " has no text");
        for (String lang : LANGUAGES) {
            if (!o.has(lang) || o.get(lang).getAsString().isBlank()) {
                throw new IllegalArgumentException(file + ": " + where + " has no text in " + lang);
            }
        }
        return Map.of("en", o.get("en").getAsString(), "zh-CN", o.get("zh-CN").getAsString());
    }
}
