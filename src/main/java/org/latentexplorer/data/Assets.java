package org.latentexplorer.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@code assets/} folder: the {@code latent.assets} system property, else the working directory,
 * else beside (or above) the running jar, so a double-clicked {@code target/latent-explorer.jar} finds it too.
 */
public final class Assets {
    public static final String PROPERTY = "latent.assets";

    private Assets() {}

    public static Optional<Path> root() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null) return Optional.of(Path.of(configured));
        Path cwd = Path.of("assets");
        if (Files.isDirectory(cwd.resolve("datasets"))) return Optional.of(cwd);
        try {
            Path codeSource = Path.of(Assets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = codeSource.getParent(); p != null; p = p.getParent()) {
                Path candidate = p.resolve("assets");
                if (Files.isDirectory(candidate.resolve("datasets"))) return Optional.of(candidate);
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no usable code source: fall through to "not found"
        }
        return Optional.empty();
    }

    public static Path require() {
        return root().orElseThrow(() -> new IllegalStateException(
                "cannot find the assets/ folder; run from the project folder or set -D" + PROPERTY + "=PATH"));
    }

    public static Path datasetsDir() {
        return require().resolve("datasets");
    }

    public static Path modelsDir() {
        return require().resolve("models");
    }

    /** A bundled dataset name ({@code mnist}, {@code fashion-mnist}) or a path to a folder of IDX files. */
    public static Path resolveDataset(String nameOrPath) {
        Path asPath = Path.of(nameOrPath);
        if (Files.isDirectory(asPath)) return asPath;
        return root().map(r -> r.resolve("datasets").resolve(nameOrPath)).filter(Files::isDirectory).orElse(asPath);
    }
}
