package org.latentexplorer.ui.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundles and the code agree: every key the code looks up is in both languages, no bundle keeps a key
 * nothing uses, and each translation takes the same arguments as the English text.
 */
class MessageKeysTest {
    private static final Path SOURCES = Path.of("src/main/java/org/latentexplorer/ui");
    private static final Path RESOURCES = Path.of("src/main/resources/org/latentexplorer/ui");
    /** A key literal in a lookup: Messages.get("k"…), TEXT.text("k"…), T.get, messages.get, FileSaver.TEXT.get… */
    private static final Pattern LOOKUP = Pattern.compile("\\b(Messages|TEXT|T|messages)\\.(?:get|text)\\(\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_.]+)\"");

    /**
     * Keys the code builds at run time (prefix + an enum's id or an index), per bundle folder ("" = the app's).
     * A key under one of these prefixes counts as used; the enum-driven ones are checked one by one below.
     */
    private static final Map<String, List<String>> DYNAMIC = Map.of(
            "", List.of("train.kind.", "train.loss.", "language.", "shortcut.", "model.word.", "preset."),
            "terrain", List.of("mode."),
            "scorecard", List.of("region.choice.", "card."),
            "wall3d", List.of("axis."),
            "export", List.of("saved.", "error."),
            "anomalies", List.of("flag."));

    @Test
    void everyKeyTheCodeLooksUpIsInBothLanguages() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : lookedUp().entrySet()) {
            for (String lang : List.of("", "_zh_CN")) {
                Properties p = load(e.getKey(), lang);
                for (String key : e.getValue()) {
                    if (!p.containsKey(key)) missing.add(bundleName(e.getKey(), lang) + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void keysBuiltFromEnumsExistForEveryValue() throws IOException {
        Properties app = load("", "");
        for (var k : org.latentexplorer.model.ModelKind.values()) assertTrue(app.containsKey("train.kind." + k.id()), k.id());
        for (var l : org.latentexplorer.model.ReconstructionLoss.values()) assertTrue(app.containsKey("train.loss." + l.id()), l.id());
        for (var locale : Messages.LANGUAGES) assertTrue(app.containsKey("language." + locale.getLanguage()));
        Properties terrain = load("terrain", "");
        for (var m : org.latentexplorer.ui.terrain.TerrainViewModel.Mode.values()) {
            String key = "mode." + m.name().toLowerCase(java.util.Locale.ROOT);
            assertTrue(terrain.containsKey(key) && terrain.containsKey(key + ".tip"), key);
        }
    }

    @Test
    void noBundleHasAKeyNothingUses() throws IOException {
        Map<String, String> sourcesByFolder = sourcesByFolder();
        String all = String.join("\n", sourcesByFolder.values());
        List<String> unused = new ArrayList<>();
        for (String folder : bundleFolders()) {
            String code = folder.isEmpty() ? all : sourcesByFolder.getOrDefault(folder, "");
            List<String> prefixes = DYNAMIC.getOrDefault(folder, List.of());
            for (String key : load(folder, "").stringPropertyNames()) {
                boolean used = code.contains("\"" + key + "\"") || prefixes.stream().anyMatch(key::startsWith);
                if (!used) unused.add(bundleName(folder, "") + ": " + key);
            }
        }
        assertEquals(List.of(), unused);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndArguments() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String folder : bundleFolders()) {
            Properties en = load(folder, ""), zh = load(folder, "_zh_CN");
            if (!en.stringPropertyNames().equals(zh.stringPropertyNames())) {
                Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
                onlyEn.removeAll(zh.stringPropertyNames());
                Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
                onlyZh.removeAll(en.stringPropertyNames());
                problems.add(bundleName(folder, "") + " only English " + onlyEn + ", only Chinese " + onlyZh);
            }
            for (String key : en.stringPropertyNames()) {
                if (!zh.containsKey(key)) continue;
                int a = arguments(en.getProperty(key)), b = arguments(zh.getProperty(key));
                if (a != b) problems.add(bundleName(folder, "") + ": " + key + " takes " + a + " arguments in English, " + b + " in Chinese");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** How many arguments a MessageFormat pattern uses (it must parse, too). */
    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    /** Folder ("" = the app's bundle) → keys looked up with a literal in that folder's sources. */
    private static Map<String, Set<String>> lookedUp() throws IOException {
        Map<String, Set<String>> keys = new TreeMap<>();
        for (Map.Entry<String, String> e : sourcesByFolder().entrySet()) {
            Matcher m = LOOKUP.matcher(e.getValue());
            while (m.find()) {
                String folder = m.group(1).equals("Messages") ? "" : e.getKey();
                // A literal ending in "." is the prefix of a key built at run time (see DYNAMIC).
                if (m.group(2).endsWith(".") && DYNAMIC.getOrDefault(folder, List.of()).contains(m.group(2))) continue;
                keys.computeIfAbsent(folder, f -> new TreeSet<>()).add(m.group(2));
            }
        }
        // HelpDialogs names its keys in a list, not in a lookup.
        Matcher m = Pattern.compile("new Shortcut\\([^,]+, \"([^\"]+)\"\\)").matcher(sourcesByFolder().get("explorer"));
        while (m.find()) keys.get("").add(m.group(1));
        return keys;
    }

    /** The sources of each folder under ui (ui's own files under ""), concatenated. */
    private static Map<String, String> sourcesByFolder() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = SOURCES.relativize(f.getParent());
                out.merge(rel.toString(), Files.readString(f), (a, b) -> a + "\n" + b);
            }
        }
        return out;
    }

    private static List<String> bundleFolders() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties"))
                    .map(p -> RESOURCES.relativize(p.getParent()).toString()).sorted().toList();
        }
    }

    private static String bundleName(String folder, String lang) {
        return (folder.isEmpty() ? "" : folder + "/") + "messages" + lang + ".properties";
    }

    private static Properties load(String folder, String lang) throws IOException {
        Path file = RESOURCES.resolve(folder).resolve("messages" + lang + ".properties");
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
