package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundledAssetsTest {
    private static Path jar(Path at, String modelText) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(at))) {
            put(out, "org/latentexplorer/Some.class", "not an asset");
            put(out, "assets/models/m.zip", modelText);
            put(out, "assets/datasets/mnist/classes.txt", "0\n1\n");
        }
        return at;
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    @Test
    void unpacksOnlyTheAssetsAndReusesTheFolderNextTime(@TempDir Path dir) throws IOException {
        Path jar = jar(dir.resolve("app.jar"), "model bytes");
        Path cache = dir.resolve("cache");
        Path unpacked = BundledAssets.unpack(jar, cache).orElseThrow();
        assertEquals("model bytes", Files.readString(unpacked.resolve("models/m.zip")));
        assertEquals("0\n1\n", Files.readString(unpacked.resolve("datasets/mnist/classes.txt")));
        assertTrue(Files.notExists(unpacked.resolve("org")));

        Path userFile = Files.writeString(unpacked.resolve("models/mine.zip"), "kept");
        assertEquals(unpacked, BundledAssets.unpack(jar, cache).orElseThrow());
        assertTrue(Files.exists(userFile), "a complete folder is not unpacked again");
        try (var left = Files.list(cache)) {
            assertEquals(1, left.count(), "no temporary folder is left behind");
        }
    }

    @Test
    void aTruncatedFileIsUnpackedAgain(@TempDir Path dir) throws IOException {
        Path jar = jar(dir.resolve("app.jar"), "model bytes");
        Path unpacked = BundledAssets.unpack(jar, dir.resolve("cache")).orElseThrow();
        Files.writeString(unpacked.resolve("models/m.zip"), "mod");
        assertEquals("model bytes", Files.readString(BundledAssets.unpack(jar, dir.resolve("cache")).orElseThrow().resolve("models/m.zip")));
    }

    @Test
    void aJarWithOtherAssetsUnpacksBesideTheOldOne(@TempDir Path dir) throws IOException {
        Path cache = dir.resolve("cache");
        Path first = BundledAssets.unpack(jar(dir.resolve("a.jar"), "version one"), cache).orElseThrow();
        Path second = BundledAssets.unpack(jar(dir.resolve("b.jar"), "version two!"), cache).orElseThrow();
        assertNotEquals(first, second);
        assertEquals("version two!", Files.readString(second.resolve("models/m.zip")));
    }

    @Test
    void aJarWithoutAssetsHasNothingToUnpack(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("plain.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "a/B.class", "x");
        }
        assertTrue(BundledAssets.unpack(jar, dir.resolve("cache")).isEmpty());
    }
}
