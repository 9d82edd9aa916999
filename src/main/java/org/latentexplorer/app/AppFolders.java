package org.latentexplorer.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps per-user files, following each system's convention: the unpacked bundled assets (a cache,
 * safe to delete) and the log files (data the user may want to send). Below every other layer, so data (asset
 * cache) and ui (crash dialog, Help → Open log folder) can both ask.
 *
 * <ul>
 *   <li>Linux: {@code $XDG_CACHE_HOME/latent-explorer} (default {@code ~/.cache}), logs in
 *       {@code $XDG_STATE_HOME/latent-explorer/logs} (default {@code ~/.local/state})</li>
 *   <li>Windows: {@code %LOCALAPPDATA%\Latent Explorer\cache} and {@code …\logs}</li>
 *   <li>macOS: {@code ~/Library/Caches/Latent Explorer} and {@code ~/Library/Logs/Latent Explorer}</li>
 * </ul>
 * The {@code latent.home} system property puts both under one folder instead (tests, portable installs).
 */
public final class AppFolders {
    public static final String HOME_PROPERTY = "latent.home";
    private static final String UNIX_NAME = "latent-explorer";
    private static final String DISPLAY_NAME = "Latent Explorer";

    enum Os {
        LINUX, WINDOWS, MAC;

        static Os current() {
            return osOf(System.getProperty("os.name", ""));
        }
    }

    private AppFolders() {}

    /** The two folders for one system. */
    record Folders(Path cache, Path logs) {}

    public static Path cacheDir() {
        return current().cache();
    }

    public static Path logDir() {
        return current().logs();
    }

    private static Folders current() {
        return folders(Os.current(), System.getenv(), System.getProperty("user.home"), System.getProperty(HOME_PROPERTY));
    }

    static Folders folders(Os os, Map<String, String> env, String userHome, String override) {
        if (override != null) return new Folders(Path.of(override, "cache"), Path.of(override, "logs"));
        Path home = Path.of(userHome);
        return switch (os) {
            case WINDOWS -> {
                Path base = localAppData(env, home).resolve(DISPLAY_NAME);
                yield new Folders(base.resolve("cache"), base.resolve("logs"));
            }
            case MAC -> new Folders(home.resolve("Library").resolve("Caches").resolve(DISPLAY_NAME),
                    home.resolve("Library").resolve("Logs").resolve(DISPLAY_NAME));
            case LINUX -> new Folders(xdg(env, "XDG_CACHE_HOME", home.resolve(".cache")).resolve(UNIX_NAME),
                    xdg(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state")).resolve(UNIX_NAME).resolve("logs"));
        };
    }

    private static Path localAppData(Map<String, String> env, Path home) {
        String value = env.get("LOCALAPPDATA");
        return value != null && !value.isBlank() ? Path.of(value) : home.resolve("AppData").resolve("Local");
    }

    /** XDG says a relative value is invalid and must be ignored. */
    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value != null && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    static Os osOf(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) return Os.WINDOWS;
        if (name.startsWith("mac") || name.startsWith("darwin")) return Os.MAC;
        return Os.LINUX;
    }
}
