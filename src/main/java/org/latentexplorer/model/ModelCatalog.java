package org.latentexplorer.model;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The model bundles in a folder (the pretrained ones in {@code assets/models/}). */
public final class ModelCatalog {
    /** The model the app opens with. */
    public static final String DEFAULT_MODEL = "mnist-vae-2d.zip";

    private ModelCatalog() {}

    public static List<Path> list(Path folder) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) return found;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.zip")) {
            files.forEach(found::add);
        } catch (IOException e) {
            return found;
        }
        found.sort(null);
        return found;
    }

    /** "mnist-vae-2d.zip" → "mnist-vae-2d". */
    public static String displayName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
    }
}
