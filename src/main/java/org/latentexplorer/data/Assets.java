package org.latentexplorer.data;

import org.latentexplorer.app.AppFolders;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@code assets/} folder: the {@code latent.assets} system property, else the working directory,
 * else beside (or above) the running jar, else the copy packed inside the jar, unpacked once into the user's
 * cache ({@link BundledAssets}), so the jar copied anywhere still has its datasets and models.
 */
public final class Assets {
    public static final String PROPERTY = "latent.assets";

    private static Optional<Path> unpacked;

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
            // no usable code source: fall through to the packed copy
        }
        return bundled();
    }

    private static synchronized Optional<Path> bundled() {
        if (unpacked == null) unpacked = BundledAssets.unpacked(AppFolders.cacheDir());
        return unpacked;
    }

    public static Path require() {
        return root().orElseThrow(() -> new IllegalStateException(
                "cannot find the assets/ folder (none in the working folder, beside the jar, or packed in it); set -D"
                        + PROPERTY + "=PATH"));
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

    /**
     * A model file, or the name of a bundled model ({@code mnist-vae-2d}, with or without {@code .zip}); a name
     * that matches nothing comes back as given, so the reader's error names what the user typed.
     */
    public static Path resolveModel(Path fileOrName) {
        if (Files.exists(fileOrName) || fileOrName.getNameCount() != 1) return fileOrName;
        String name = fileOrName.toString();
        String file = name.endsWith(".zip") ? name : name + ".zip";
        return root().map(r -> r.resolve("models").resolve(file)).filter(Files::isRegularFile).orElse(fileOrName);
    }
}
