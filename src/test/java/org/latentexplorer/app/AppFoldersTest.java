package org.latentexplorer.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppFoldersTest {
    @Test
    void linuxFollowsTheXdgFoldersAndIgnoresRelativeValues() {
        assertEquals(Path.of("/home/ann/.cache/latent-explorer"), AppFolders.folders(AppFolders.Os.LINUX, Map.of(), "/home/ann", null).cache());
        assertEquals(Path.of("/xdg/cache/latent-explorer"),
                AppFolders.folders(AppFolders.Os.LINUX, Map.of("XDG_CACHE_HOME", "/xdg/cache"), "/home/ann", null).cache());
        assertEquals(Path.of("/home/ann/.cache/latent-explorer"),
                AppFolders.folders(AppFolders.Os.LINUX, Map.of("XDG_CACHE_HOME", "relative"), "/home/ann", null).cache());
        assertEquals(Path.of("/home/ann/.local/state/latent-explorer/logs"), AppFolders.folders(AppFolders.Os.LINUX, Map.of(), "/home/ann", null).logs());
    }

    @Test
    void windowsUsesLocalAppDataAndMacUsesLibrary() {
        Map<String, String> env = Map.of("LOCALAPPDATA", "/c/Users/ann/AppData/Local");
        assertEquals(Path.of("/c/Users/ann/AppData/Local/Latent Explorer/logs"), AppFolders.folders(AppFolders.Os.WINDOWS, env, "/c/Users/ann", null).logs());
        assertEquals(Path.of("/c/Users/ann/AppData/Local/Latent Explorer/cache"), AppFolders.folders(AppFolders.Os.WINDOWS, Map.of(), "/c/Users/ann", null).cache());
        assertEquals(Path.of("/Users/ann/Library/Logs/Latent Explorer"), AppFolders.folders(AppFolders.Os.MAC, Map.of(), "/Users/ann", null).logs());
        assertEquals(Path.of("/Users/ann/Library/Caches/Latent Explorer"), AppFolders.folders(AppFolders.Os.MAC, Map.of(), "/Users/ann", null).cache());
    }

    @Test
    void theHomePropertyPutsBothUnderOneFolder() {
        assertEquals(Path.of("/portable/logs"), AppFolders.folders(AppFolders.Os.WINDOWS, Map.of(), "/c/Users/ann", "/portable").logs());
        assertEquals(Path.of("/portable/cache"), AppFolders.folders(AppFolders.Os.LINUX, Map.of(), "/home/ann", "/portable").cache());
    }

    @Test
    void osNamesMapToTheThreeFamilies() {
        assertEquals(AppFolders.Os.WINDOWS, AppFolders.osOf("Windows 11"));
        assertEquals(AppFolders.Os.MAC, AppFolders.osOf("Mac OS X"));
        assertEquals(AppFolders.Os.LINUX, AppFolders.osOf("Linux"));
    }
}
