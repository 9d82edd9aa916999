package org.latentexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdxTest {
    @TempDir Path dir;

    private static Idx.Tensor sample() {
        byte[] data = new byte[3 * 4 * 5];
        new Random(7).nextBytes(data);
        return new Idx.Tensor(new int[] {3, 4, 5}, data);
    }

    /** A raw IDX header for unsigned bytes with the given dimensions, followed by {@code dataBytes} zero bytes. */
    private static byte[] idx(int dataBytes, int... dims) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + dataBytes);
        b.put((byte) 0).put((byte) 0).put((byte) 0x08).put((byte) dims.length);
        for (int d : dims) b.putInt(d);
        return b.array();
    }

    private static byte[] gzip(byte[] plain) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    private static void assertRejectedNaming(Path file, String problem) {
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> Idx.read(file));
        assertTrue(e.getMessage().contains(file.toString()), () -> "message should name the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(problem), () -> "message should say '" + problem + "': " + e.getMessage());
    }

    @ParameterizedTest(name = "gzip={0}")
    @ValueSource(booleans = {false, true})
    void writtenTensorReadsBackIdentically(boolean gzip) throws IOException {
        Path file = dir.resolve("t.idx");
        Idx.Tensor written = sample();
        Idx.write(file, written, gzip);

        byte[] raw = Files.readAllBytes(file);
        boolean isGzip = (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
        assertEquals(gzip, isGzip, "file should be gzip-compressed exactly when asked");

        Idx.Tensor read = Idx.read(file);
        assertArrayEquals(written.dims(), read.dims());
        assertArrayEquals(written.data(), read.data());
        assertEquals(3, read.count());
        assertEquals(20, read.itemSize());
    }

    @Test
    void fileWithBadMagicIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("not-idx.bin");
        byte[] bytes = idx(8, 2, 4);
        bytes[0] = 'P';
        bytes[1] = 'K';
        Files.write(file, bytes);
        assertRejectedNaming(file, "magic");
    }

    @Test
    void truncatedImageFileIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("images.idx");
        Idx.write(file, sample(), false);
        byte[] full = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(full, full.length - 7));
        assertRejectedNaming(file, "truncated");
    }

    @Test
    void truncatedHeaderIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("header.idx");
        Files.write(file, Arrays.copyOf(idx(0, 10, 28, 28), 9));
        assertRejectedNaming(file, "header truncated");
    }

    @Test
    void truncatedGzipFileIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("images.idx.gz");
        byte[] random = new byte[4000];
        new Random(1).nextBytes(random);
        Idx.write(file, new Idx.Tensor(new int[] {40, 10, 10}, random), true);
        byte[] full = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(full, full.length / 2));
        assertRejectedNaming(file, "truncated");
    }

    @Test
    void headerDeclaringTooManyElementsIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("huge.idx");
        Files.write(file, idx(16, 60_000, 100_000, 100_000));
        assertRejectedNaming(file, "more than " + Idx.MAX_ELEMENTS + " elements");
    }

    @Test
    void negativeDimensionIsRejectedWithItsName() throws IOException {
        Path file = dir.resolve("negative.idx");
        Files.write(file, idx(16, -1));
        assertRejectedNaming(file, "dimension 0 is 4294967295");
    }

    @Test
    void fileLongerThanItsHeaderDeclaresIsRejected() throws IOException {
        Path file = dir.resolve("long.idx");
        Files.write(file, idx(5, 4));
        assertRejectedNaming(file, "longer than its header declares");
    }

    @Test
    void gzipFileLongerThanItsHeaderDeclaresIsRejected() throws IOException {
        Path file = dir.resolve("long.idx.gz");
        Files.write(file, gzip(idx(5, 4)));
        assertRejectedNaming(file, "longer than its header declares");
    }

    @Test
    void missingFileIsReportedByName() {
        assertRejectedNaming(dir.resolve("absent.idx"), "file not found");
    }
}
