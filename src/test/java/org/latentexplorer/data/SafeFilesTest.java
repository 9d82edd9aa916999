package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SafeFilesTest {
    @TempDir Path dir;

    private static int umask() throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        p.waitFor();
        return Integer.parseInt(text, 8);
    }

    private List<Path> parts() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void savedFilesGetTheUmasksPermissionsNotOwnerOnly() throws Exception {
        int umask = umask();
        Path file = dir.resolve("codes.csv");
        SafeFiles.write(file, out -> out.write("a,b\n".getBytes(StandardCharsets.UTF_8)));
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        Set<PosixFilePermission> expected = PosixFilePermissions.fromString(umask == 022 ? "rw-r--r--" : modeString(0666 & ~umask));
        assertEquals(PosixFilePermissions.toString(expected), PosixFilePermissions.toString(mode), "umask " + Integer.toOctalString(umask));
    }

    private static String modeString(int mode) {
        StringBuilder sb = new StringBuilder();
        String letters = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) sb.append((mode & (1 << (8 - i))) != 0 ? letters.charAt(i) : '-');
        return sb.toString();
    }

    @Test
    void aWriterThatClosesItsStreamStillSavesTheWholeFile() throws IOException {
        Path file = dir.resolve("closed.bin");
        SafeFiles.write(file, out -> {
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
                gz.write(new byte[100_000]);
            }
        });
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            assertEquals(100_000, in.readAllBytes().length);
        }
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoPartFile() throws IOException {
        Path file = dir.resolve("model.zip");
        Files.writeString(file, "good");
        BadFileException e = assertThrows(BadFileException.class, () -> SafeFiles.write(file, out -> {
            out.write(new byte[1000]);
            throw new IOException("renderer broke");
        }));
        assertEquals("file.writeFailed", e.key());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("renderer broke"), e.getMessage());
        assertEquals("good", Files.readString(file));
        assertEquals(List.of(), parts());
    }

    @Test
    void aFullDiskIsToldAsSuchNamingTheFile() throws IOException {
        Path file = dir.resolve("wall.png");
        BadFileException e = assertThrows(BadFileException.class, () -> SafeFiles.write(file, out -> {
            throw new IOException("I/O error writing PNG file!", new IOException("No space left on device"));
        }));
        assertEquals("file.diskFull", e.key());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("disk is full"), e.getMessage());
        assertFalse(Files.exists(file));
        assertEquals(List.of(), parts());
    }

    @Test
    void onARealFullFileSystemNothingPartialIsLeftAndTheOldFileSurvives() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Path mount = Files.createDirectory(dir.resolve("small"));
        Process m = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount.toString()).inheritIO().start();
        assumeTrue(m.waitFor() == 0, "mount -t tmpfs failed (no privilege in this container)");
        try {
            Path file = mount.resolve("codes.csv");
            Files.writeString(file, "old");
            BadFileException e = assertThrows(BadFileException.class, () -> SafeFiles.write(file, out -> {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 64; i++) out.write(chunk); // 4 MiB into 1 MiB
            }));
            assertEquals("file.diskFull", e.key(), e.getMessage());
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertEquals("old", Files.readString(file));
            try (Stream<Path> files = Files.list(mount)) {
                assertEquals(List.of(file), files.toList(), "no partial file left");
            }
        } finally {
            new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void killMinus9DuringASaveKeepsTheOldFileAndTheNextSaveRemovesThePart() throws Exception {
        Path file = dir.resolve("m.zip");
        Files.writeString(file, "previous model");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SlowSave.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            // The child prints once its part file holds data, then blocks forever mid-save.
            String line = new String(child.getInputStream().readNBytes(8), StandardCharsets.US_ASCII);
            assertEquals("writing\n", line);
            assertEquals(1, parts().size(), "a part file is being written");
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean-up
            child.waitFor(10, TimeUnit.SECONDS);
        }
        assertEquals("previous model", Files.readString(file));
        assertEquals(1, parts().size(), "kill -9 leaves the part file");

        SafeFiles.write(file, out -> out.write("new model".getBytes(StandardCharsets.UTF_8)));

        assertEquals("new model", Files.readString(file));
        assertEquals(List.of(), parts(), "the next save removes the dead process's part file");
    }

    @Test
    void aPartFileOfALiveProcessIsKept() throws IOException {
        Path live = dir.resolve(".m.zip." + ProcessHandle.current().pid() + ".999999.part");
        Files.writeString(live, "in progress");
        assertEquals(0, SafeFiles.removeStaleParts(dir, "m.zip"));
        assertTrue(Files.exists(live));
    }

    /** A save that blocks after its first bytes, to be killed. */
    public static final class SlowSave {
        public static void main(String[] args) throws IOException {
            SafeFiles.write(Path.of(args[0]), out -> {
                out.write(new byte[4096]);
                out.flush();
                System.out.print("writing\n");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
