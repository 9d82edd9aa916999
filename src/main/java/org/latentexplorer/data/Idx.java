package org.latentexplorer.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes IDX files (the MNIST format): big-endian, magic {@code 0x0000 0x08 ndim},
 * then ndim 32-bit sizes, then unsigned bytes. Gzip is detected from the content, not the name.
 */
public final class Idx {
    /** Larger than any dataset this app is meant for; guards against a corrupt header asking for gigabytes. */
    static final long MAX_ELEMENTS = 1L << 30;
    private static final int UNSIGNED_BYTE = 0x08;

    private Idx() {}

    /** An IDX tensor of unsigned bytes. */
    public record Tensor(int[] dims, byte[] data) {
        public int count() {
            return dims[0];
        }

        /** Elements per item (product of the dimensions after the first). */
        public int itemSize() {
            int size = 1;
            for (int i = 1; i < dims.length; i++) size *= dims[i];
            return size;
        }
    }

    public static Tensor read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IdxFormatException(file, "file not found");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            boolean gzip = b0 == 0x1f && b1 == 0x8b;
            try (InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw) {
                return read(file, in);
            } catch (ZipException | EOFException e) {
                throw new IdxFormatException(file, "truncated or corrupt gzip data (" + e.getMessage() + ")");
            }
        }
    }

    /** The dimensions the header of {@code file} declares, without reading the data; empty if it has no IDX header. */
    public static int[] dims(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IdxFormatException(file, "file not found");
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            int b0 = raw.read(), b1 = raw.read();
            raw.reset();
            try (InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw) : raw) {
                byte[] header = in.readNBytes(4);
                if (header.length < 4 || header[0] != 0 || header[1] != 0) return new int[0]; // read() names the problem
                int ndim = header[3] & 0xff;
                ByteBuffer bytes = ByteBuffer.wrap(in.readNBytes(4 * Math.min(ndim, 4)));
                int[] dims = new int[bytes.remaining() / 4];
                for (int i = 0; i < dims.length; i++) dims[i] = Math.max(0, bytes.getInt());
                return dims;
            } catch (ZipException | EOFException e) {
                throw new IdxFormatException(file, "truncated or corrupt gzip data (" + e.getMessage() + ")");
            }
        }
    }

    private static Tensor read(Path file, InputStream in) throws IOException {
        byte[] header = in.readNBytes(4);
        if (header.length < 4) throw new IdxFormatException(file, "too short for an IDX header");
        if (header[0] != 0 || header[1] != 0) {
            throw new IdxFormatException(file, String.format("bad magic number 0x%02x%02x%02x%02x (not an IDX file)",
                    header[0], header[1], header[2], header[3]));
        }
        if (header[2] != UNSIGNED_BYTE) {
            throw new IdxFormatException(file, String.format("unsupported element type 0x%02x (only unsigned bytes)", header[2]));
        }
        int ndim = header[3] & 0xff;
        if (ndim < 1 || ndim > 4) throw new IdxFormatException(file, "unsupported number of dimensions " + ndim);
        byte[] dimBytes = in.readNBytes(4 * ndim);
        if (dimBytes.length < 4 * ndim) throw new IdxFormatException(file, "header truncated");
        ByteBuffer bb = ByteBuffer.wrap(dimBytes);
        int[] dims = new int[ndim];
        long total = 1;
        for (int i = 0; i < ndim; i++) {
            dims[i] = bb.getInt();
            if (dims[i] <= 0) throw new IdxFormatException(file, "dimension " + i + " is " + Integer.toUnsignedString(dims[i]));
            total *= dims[i];
            if (total > MAX_ELEMENTS) throw new IdxFormatException(file, "header declares more than " + MAX_ELEMENTS + " elements");
        }
        byte[] data = in.readNBytes((int) total);
        if (data.length < total) {
            throw new IdxFormatException(file, "truncated: header declares " + total + " bytes of data, file holds " + data.length);
        }
        if (in.read() != -1) throw new IdxFormatException(file, "longer than its header declares (" + total + " bytes of data)");
        return new Tensor(dims, data);
    }

    public static void write(Path file, Tensor tensor, boolean gzip) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(tensor.data().length + 32);
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeShort(0);
            out.writeByte(UNSIGNED_BYTE);
            out.writeByte(tensor.dims().length);
            for (int d : tensor.dims()) out.writeInt(d);
            out.write(tensor.data());
        }
        SafeFiles.write(file, out -> {
            if (gzip) {
                try (OutputStream gz = new GZIPOutputStream(out)) {
                    buffer.writeTo(gz);
                }
            } else {
                buffer.writeTo(out);
            }
        });
    }
}
