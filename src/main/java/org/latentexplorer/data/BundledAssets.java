package org.latentexplorer.data;

import org.latentexplorer.app.CacheFolders;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;

/**
 * The {@code assets/} folder packed inside the running jar, unpacked once into a per-user cache folder so the
 * dataset readers and the model catalog keep working with plain files. The folder's name is a digest of the
 * packed entries' names, sizes and CRC-32s, so a new jar with other assets unpacks beside the old one and an
 * unchanged jar reuses it. Every file is checked against the jar's CRC-32 as it is written, and the folder is
 * published whole ({@link CacheFolders}). A later start checks each file's size, and unpacks again if one was
 * truncated or deleted.
 */
final class BundledAssets {
    static final String PREFIX = "assets/";

    private BundledAssets() {}

    /** The unpacked folder, or empty when the app does not run from a jar that carries assets. */
    static Optional<Path> unpacked(Path cacheDir) {
        Optional<Path> jar = runningJar();
        if (jar.isEmpty()) return Optional.empty();
        try {
            return unpack(jar.get(), cacheDir);
        } catch (IOException e) {
            System.getLogger(BundledAssets.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot unpack the bundled assets from " + jar.get() + " into " + cacheDir, e);
            return Optional.empty();
        }
    }

    static Optional<Path> runningJar() {
        try {
            var source = BundledAssets.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Unpacks {@code jar}'s {@code assets/} into {@code cacheDir/assets-DIGEST} unless it is there already. */
    static Optional<Path> unpack(Path jar, Path cacheDir) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            List<JarEntry> entries = new ArrayList<>();
            file.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(PREFIX)).forEach(entries::add);
            if (entries.isEmpty()) return Optional.empty();
            entries.sort(Comparator.comparing(JarEntry::getName));
            Path target = cacheDir.resolve("assets-" + digest(entries));
            if (complete(target, entries)) return Optional.of(target);
            Path tmp = CacheFolders.temporaryBeside(target);
            try {
                for (JarEntry entry : entries) copyChecked(file, entry, tmp.resolve(entry.getName().substring(PREFIX.length())));
            } catch (IOException | RuntimeException e) {
                CacheFolders.deleteTree(tmp);
                throw e;
            }
            CacheFolders.publish(tmp, target, t -> complete(t, entries));
            if (!complete(target, entries)) throw new IOException(target + ": incomplete after unpacking");
            return Optional.of(target);
        }
    }

    private static boolean complete(Path target, List<JarEntry> entries) {
        if (!Files.isDirectory(target)) return false;
        try {
            for (JarEntry entry : entries) {
                Path file = target.resolve(entry.getName().substring(PREFIX.length()));
                if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void copyChecked(JarFile jar, JarEntry entry, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        CRC32 crc = new CRC32();
        try (InputStream in = jar.getInputStream(entry); OutputStream out = Files.newOutputStream(to)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw new IOException(jar.getName() + ": " + entry.getName() + " is damaged (checksum mismatch)");
        }
    }

    private static String digest(List<JarEntry> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (JarEntry e : entries) sha.update((e.getName() + ':' + e.getSize() + ':' + e.getCrc() + '\n').getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
