package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeFilesTest {
    @TempDir Path dir;

    private List<Path> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void writeReplacesTheFileAndCreatesMissingFolders() throws IOException {
        Path file = dir.resolve("sub/out.txt");
        SafeFiles.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        SafeFiles.write(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));
        assertEquals("second", Files.readString(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void failingWriterLeavesThePreviousFileIntactAndNoTempFileBehind() throws IOException {
        Path file = dir.resolve("model.zip");
        Files.writeString(file, "good old content");

        IOException e = assertThrows(IOException.class, () -> SafeFiles.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));

        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("disk full"), e.getMessage());
        assertEquals("good old content", Files.readString(file));
        assertEquals(List.of(file), filesInDir());
    }

    @Test
    void writerThrowingARuntimeExceptionAlsoLeavesNoTempFile() throws IOException {
        Path file = dir.resolve("new.png");
        assertThrows(IOException.class, () -> SafeFiles.write(file, out -> {
            out.write(1);
            throw new IllegalStateException("bug in the writer");
        }));
        assertTrue(filesInDir().isEmpty(), () -> "left behind: " + dir.toFile().list().length + " files");
    }
}
