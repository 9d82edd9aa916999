package org.latentexplorer.app;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Publishing a folder unpacked from the jar (bundled assets, MXNet's natives): written under a temporary name
 * beside its target and renamed when complete, so a crash or a second copy of the app starting at the same time
 * never sees half a folder.
 */
public final class CacheFolders {
    private CacheFolders() {}

    /**
     * A fresh temporary folder beside {@code target}, to fill and then pass to {@link #publish}. Not
     * {@code Files.createTempDirectory}, whose owner-only permissions would outlive the rename: the umask decides.
     */
    public static Path temporaryBeside(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(target.resolveSibling("unpacking-" + UUID.randomUUID()));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 3) throw e;
            }
        }
    }

    /**
     * Renames {@code filled} to {@code target}, replacing an incomplete earlier copy; a complete copy another
     * process published first is kept. {@code filled} is gone afterwards either way.
     */
    public static void publish(Path filled, Path target, Predicate<Path> complete) throws IOException {
        try {
            if (Files.isDirectory(target) && !complete.test(target)) deleteTree(target);
            if (Files.isDirectory(target)) return;
            try {
                Files.move(filled, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(filled, target);
            } catch (IOException e) {
                if (!complete.test(target)) throw e; // else another process won the race
            }
        } finally {
            deleteTree(filled);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
