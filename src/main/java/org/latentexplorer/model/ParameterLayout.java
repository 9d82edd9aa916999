package org.latentexplorer.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a parameters.bin against the stream a fresh network of the same spec writes, before DJL reads it. DJL
 * trusts the shapes and lengths in the stream (a flipped bit can ask for gigabytes), so every byte outside the
 * arrays' values must equal the fresh stream's: names, shapes, lengths and block metadata; only the values may
 * differ, and they must be finite.
 */
final class ParameterLayout {
    /** DJL writes each array as: UTF "NDAR", int version, …, shape, a byte-order char, int length, the values. */
    private static final byte[] MAGIC = {0, 4, 'N', 'D', 'A', 'R'};

    /** Where one array's float32 values lie in the stream, and its little-endian flag. */
    private record Values(int offset, int length, boolean littleEndian) {}

    private ParameterLayout() {}

    /** Throws naming {@code file} unless {@code stored} has exactly the layout of {@code fresh}, with finite values. */
    static void check(Path file, byte[] fresh, byte[] stored, ModelSpec spec) throws ModelFileException {
        List<Values> arrays = arrays(fresh);
        if (stored.length != fresh.length) {
            throw new ModelFileException(file, "model.params.size", stored.length, fresh.length, spec.describe());
        }
        int from = 0;
        for (Values v : arrays) {
            if (!sameBytes(fresh, stored, from, v.offset)) throw new ModelFileException(file, "model.params.layout", spec.describe());
            ByteBuffer values = ByteBuffer.wrap(stored, v.offset, v.length)
                    .order(v.littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            for (int i = 0; i < v.length / 4; i++) {
                if (!Float.isFinite(values.getFloat())) throw new ModelFileException(file, "model.params.nonFinite");
            }
            from = v.offset + v.length;
        }
        if (!sameBytes(fresh, stored, from, fresh.length)) throw new ModelFileException(file, "model.params.layout", spec.describe());
    }

    private static boolean sameBytes(byte[] a, byte[] b, int from, int to) {
        return java.util.Arrays.equals(a, from, to, b, from, to);
    }

    /** The value regions of a stream DJL wrote (trusted: the app's own fresh network). */
    private static List<Values> arrays(byte[] stream) {
        List<Values> found = new ArrayList<>();
        for (int i = indexOf(stream, 0); i >= 0; i = indexOf(stream, i + 1)) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stream, i, stream.length - i))) {
                in.readUTF();
                int version = in.readInt();
                if (version >= 3 && in.readByte() == 1) in.readUTF();
                in.readUTF(); // sparse format
                String type = in.readUTF();
                if (!type.equals("FLOAT32")) throw new IllegalStateException("parameters of type " + type);
                int dims = in.readInt();
                for (int d = 0; d < dims; d++) in.readLong();
                int layout = in.readInt();
                for (int d = 0; d < layout; d++) in.readChar();
                boolean little = version < 3 || in.readByte() == '<';
                int length = in.readInt();
                int offset = stream.length - in.available();
                found.add(new Values(offset, length, little));
                i = offset + length - 1;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the app's own parameter stream", e);
            }
        }
        return found;
    }

    private static int indexOf(byte[] data, int from) {
        outer:
        for (int i = from; i <= data.length - MAGIC.length; i++) {
            for (int j = 0; j < MAGIC.length; j++) if (data[i + j] != MAGIC[j]) continue outer;
            return i;
        }
        return -1;
    }
}
