package org.latentexplorer.ui.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the app remembers survives a round trip through a (temporary) preferences node. */
class AppPreferencesTest {
    private final Preferences node = Preferences.userRoot().node("org/latentexplorer/test-" + System.nanoTime());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void anEmptyNodeRemembersNothing() {
        AppPreferences prefs = new AppPreferences(node);
        assertEquals(Optional.empty(), prefs.language());
        assertEquals(Optional.empty(), prefs.windowBounds());
        assertEquals(Optional.empty(), prefs.lastModel());
        assertEquals(List.of(), prefs.recentFiles());
    }

    @Test
    void languageBoundsAndLastModelRoundTripThroughANewReader() {
        AppPreferences prefs = new AppPreferences(node);
        prefs.setLanguage(Locale.SIMPLIFIED_CHINESE);
        prefs.setWindowBounds(10, 20, 1280, 700);
        prefs.opened(Path.of("/models/a.zip"));

        AppPreferences again = new AppPreferences(node);
        assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), again.language());
        assertArrayEquals(new double[] {10, 20, 1280, 700}, again.windowBounds().orElseThrow());
        assertEquals(Optional.of(Path.of("/models/a.zip")), again.lastModel());
    }

    @Test
    void recentFilesAreNewestFirstWithoutDuplicatesAndCapped(@TempDir Path dir) throws Exception {
        AppPreferences prefs = new AppPreferences(node);
        for (int i = 0; i < AppPreferences.RECENT_MAX + 2; i++) prefs.opened(Files.createFile(dir.resolve(i + ".zip")));
        prefs.opened(dir.resolve("3.zip"));

        List<Path> recent = new AppPreferences(node).recentFiles();
        assertEquals(AppPreferences.RECENT_MAX, recent.size());
        assertEquals(dir.resolve("3.zip"), recent.get(0));
        assertEquals(dir.resolve("7.zip"), recent.get(1));
        assertEquals(1, recent.stream().filter(p -> p.endsWith("3.zip")).count());
    }
}
