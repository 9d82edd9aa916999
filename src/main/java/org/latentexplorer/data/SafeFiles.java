package org.latentexplorer.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that a failure (full disk, crash, kill -9) never leaves a half-written file in place of a good
 * one: the bytes go to {@code .NAME.PID.N.part} beside the target, are forced to disk, then moved over it. Files
 * are created with the process umask's permissions (0644 under umask 022), like any other program's. A part file
 * whose process is gone is removed by the next write of the same target, or by {@link #removeStaleParts}.
 */
public final class SafeFiles {
    private static final String SUFFIX = ".part";
    private static final AtomicLong COUNTER = new AtomicLong();

    private SafeFiles() {}

    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null) Files.createDirectories(dir);
        String name = absolute.getFileName().toString();
        removeStaleParts(dir, name);
        Path temp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "." + COUNTER.incrementAndGet() + SUFFIX);
        try {
            // No permission attribute: the file gets 0666 minus the umask (createTempFile would force 0600).
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                // Writers may close what they are given (a ZipOutputStream does); the channel must stay open to sync.
                writer.writeTo(new java.io.FilterOutputStream(out) {
                    @Override public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                    }

                    @Override public void close() throws IOException {
                        out.flush();
                    }
                });
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // The original failure matters more; a stale part is removed by the next write.
            }
            throw failure(target, e);
        }
    }

    /** What went wrong, as one keyed sentence naming the file: a full disk and a read-only place are told as such. */
    private static BadFileException failure(Path target, Exception e) {
        if (e instanceof BadFileException b) return b;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk quota exceeded") || m.contains("not enough space")) {
                return new BadFileException(target, "file.diskFull", e);
            }
            if (t instanceof AccessDeniedException || m.contains("read-only file system") || m.contains("permission denied")) {
                return new BadFileException(target, "file.notWritable", e);
            }
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().lines().findFirst().orElse("");
        return new BadFileException(target, "file.writeFailed", e, reason);
    }

    /**
     * Deletes part files in {@code dir} left by processes that no longer run (killed during a save); {@code name}
     * limits it to one target's parts, null takes all. Returns how many were removed.
     */
    public static int removeStaleParts(Path dir, String name) {
        if (dir == null || !Files.isDirectory(dir)) return 0;
        int removed = 0;
        String glob = "." + (name == null ? "*" : escapeGlob(name)) + ".*" + SUFFIX;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, glob)) {
            for (Path part : parts) {
                String file = part.getFileName().toString();
                String[] fields = file.substring(0, file.length() - SUFFIX.length()).split("\\.");
                if (fields.length < 3) continue;
                long pid;
                try {
                    pid = Long.parseLong(fields[fields.length - 2]);
                } catch (NumberFormatException e) {
                    continue; // not one of ours
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                if (Files.deleteIfExists(part)) removed++;
            }
        } catch (IOException | RuntimeException e) {
            // Clean-up is best effort: a folder we cannot list is not a reason to fail a save.
        }
        return removed;
    }

    private static String escapeGlob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
