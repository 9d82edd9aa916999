package org.latentexplorer.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs (language, window bounds, last model, recent files), in a
 * {@link java.util.prefs.Preferences} node. No JavaFX here: tests give it a temporary node.
 */
public final class AppPreferences {
    /** How many recently opened model files the File menu lists. */
    public static final int RECENT_MAX = 6;
    private static final String LANGUAGE = "language";
    private static final String LAST_MODEL = "lastModel";
    private static final String RECENT = "recent.";
    private static final String[] BOUNDS = {"window.x", "window.y", "window.width", "window.height"};

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's node of the app, {@code org/latentexplorer} under the user root. */
    public static AppPreferences user() {
        return new AppPreferences(Preferences.userRoot().node("org/latentexplorer"));
    }

    public Preferences node() {
        return node;
    }

    /** The language chosen in the Language menu; empty until the user picks one (then the system's applies). */
    public Optional<Locale> language() {
        String tag = node.get(LANGUAGE, null);
        return tag == null || tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale locale) {
        node.put(LANGUAGE, locale.toLanguageTag());
        flush();
    }

    /** The window's last bounds as x, y, width, height; empty before the first close. */
    public Optional<double[]> windowBounds() {
        double[] b = new double[4];
        for (int i = 0; i < 4; i++) {
            b[i] = node.getDouble(BOUNDS[i], Double.NaN);
            if (!Double.isFinite(b[i])) return Optional.empty();
        }
        return b[2] > 0 && b[3] > 0 ? Optional.of(b) : Optional.empty();
    }

    public void setWindowBounds(double x, double y, double width, double height) {
        double[] b = {x, y, width, height};
        for (int i = 0; i < 4; i++) node.putDouble(BOUNDS[i], b[i]);
        flush();
    }

    public Optional<Path> lastModel() {
        String p = node.get(LAST_MODEL, null);
        return p == null || p.isBlank() ? Optional.empty() : Optional.of(Path.of(p));
    }

    /** Remembers {@code file} as the last model and puts it first in the recent files. */
    public void opened(Path file) {
        String p = file.toAbsolutePath().normalize().toString();
        node.put(LAST_MODEL, p);
        List<String> recent = new ArrayList<>(recentStrings());
        recent.remove(p);
        recent.add(0, p);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < recent.size()) node.put(RECENT + i, recent.get(i));
            else node.remove(RECENT + i);
        }
        flush();
    }

    /** Recently opened model files, newest first. */
    public List<Path> recentFiles() {
        return recentStrings().stream().map(Path::of).toList();
    }

    private List<String> recentStrings() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String p = node.get(RECENT + i, null);
            if (p != null && !p.isBlank()) out.add(p);
        }
        return out;
    }

    /** Preferences are a convenience: a store that cannot be written must not stop the app. */
    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.getLogger(AppPreferences.class.getName()).log(System.Logger.Level.WARNING,
                    "could not store preferences: " + e.getMessage());
        }
    }
}
