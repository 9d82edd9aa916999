package org.latentexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format (versions 1–3): a magic string, a Python-dict header with {@code descr},
 * {@code fortran_order} and {@code shape}, then the elements. Read here: unsigned and signed integers, floats
 * and bools of any byte order, in C order only.
 */
final class Npy {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([<>|=]?)([uifb])(\\d+)'");
    private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

    /** Opens the array's bytes from the start; called again for a second pass. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** A parsed header; {@code name} is how messages refer to the array ("mnist.npz: x_train.npy"). */
    record Header(String name, char kind, int itemBytes, ByteOrder order, long[] shape) {
        long count() {
            return shape.length == 0 ? 1 : shape[0];
        }

        /** Elements per item: the product of the dimensions after the first. */
        long itemElements() {
            long n = 1;
            for (int i = 1; i < shape.length; i++) n *= shape[i];
            return n;
        }

        String describe() {
            return (kind == 'u' ? "uint" : kind == 'i' ? "int" : kind == 'f' ? "float" : "bool") + itemBytes * 8
                    + " " + java.util.Arrays.toString(shape);
        }

        /** Element {@code i} of {@code item}, a buffer of whole items in this header's byte order. */
        double get(ByteBuffer item, int i) {
            int at = i * itemBytes;
            return switch (kind) {
                case 'u' -> switch (itemBytes) {
                    case 1 -> item.get(at) & 0xff;
                    case 2 -> item.getShort(at) & 0xffff;
                    case 4 -> item.getInt(at) & 0xffffffffL;
                    default -> item.getLong(at);
                };
                case 'i' -> switch (itemBytes) {
                    case 1 -> item.get(at);
                    case 2 -> item.getShort(at);
                    case 4 -> item.getInt(at);
                    default -> item.getLong(at);
                };
                case 'f' -> itemBytes == 4 ? item.getFloat(at) : item.getDouble(at);
                default -> item.get(at) != 0 ? 1 : 0;
            };
        }
    }

    private Npy() {}

    /** Reads the header and leaves {@code in} at the first element. */
    static Header readHeader(String name, InputStream in) throws IOException {
        byte[] magic = in.readNBytes(8);
        if (magic.length < 8 || !java.util.Arrays.equals(java.util.Arrays.copyOf(magic, 6), MAGIC)) {
            throw new IOException(name + ": not a NumPy .npy array (bad magic bytes)");
        }
        int major = magic[6];
        if (major < 1 || major > 3) throw new IOException(name + ": unsupported .npy version " + major);
        byte[] lengthBytes = in.readNBytes(major == 1 ? 2 : 4);
        if (lengthBytes.length < (major == 1 ? 2 : 4)) throw new IOException(name + ": truncated .npy header");
        ByteBuffer lb = ByteBuffer.wrap(lengthBytes).order(ByteOrder.LITTLE_ENDIAN);
        long length = major == 1 ? lb.getShort() & 0xffff : lb.getInt() & 0xffffffffL;
        if (length > 1 << 20) throw new IOException(name + ": .npy header of " + length + " bytes is not plausible");
        byte[] text = in.readNBytes((int) length);
        if (text.length < length) throw new IOException(name + ": truncated .npy header");
        String dict = new String(text, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Matcher descr = DESCR.matcher(dict), fortran = FORTRAN.matcher(dict), shape = SHAPE.matcher(dict);
        if (!descr.find()) throw new IOException(name + ": unsupported element type in header " + dict.strip() + " (integers, floats or bools)");
        if (fortran.find() && fortran.group(1).equals("True")) {
            throw new IOException(name + ": stored in Fortran order; save it in C order (numpy.ascontiguousarray)");
        }
        if (!shape.find()) throw new IOException(name + ": header has no shape: " + dict.strip());
        int bytes = Integer.parseInt(descr.group(3));
        char kind = descr.group(2).charAt(0);
        boolean validSize = kind == 'f' ? bytes == 4 || bytes == 8 : kind == 'b' ? bytes == 1 : bytes == 1 || bytes == 2 || bytes == 4 || bytes == 8;
        if (!validSize) throw new IOException(name + ": unsupported element type " + descr.group(2) + descr.group(3));
        String[] dims = shape.group(1).split(",");
        java.util.List<Long> sizes = new java.util.ArrayList<>();
        for (String d : dims) {
            if (d.isBlank()) continue;
            try {
                long v = Long.parseLong(d.strip());
                if (v < 0) throw new NumberFormatException();
                sizes.add(v);
            } catch (NumberFormatException e) {
                throw new IOException(name + ": bad shape (" + shape.group(1) + ")");
            }
        }
        ByteOrder order = descr.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        return new Header(name, kind, bytes, order, sizes.stream().mapToLong(Long::longValue).toArray());
    }

    /** Reads one item (all elements of one image or label) into {@code buffer}; refuses a short read. */
    static ByteBuffer readItem(Header h, InputStream in, byte[] buffer, long index) throws IOException {
        int n = in.readNBytes(buffer, 0, buffer.length);
        if (n < buffer.length) {
            throw new IOException(h.name() + ": truncated: its header declares " + h.count() + " items of " + h.describe()
                    + ", the data ends in item " + index);
        }
        return ByteBuffer.wrap(buffer).order(h.order());
    }
}
