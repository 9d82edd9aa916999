package org.latentexplorer.engine.onnx;

/**
 * Counts the weights of an ONNX graph: the values of its initializers, read from the model's protobuf bytes
 * (ONNX Runtime's Java API does not expose them). Only the few fields needed are decoded: ModelProto.graph (7),
 * GraphProto.initializer (5), TensorProto.dims (1); everything else is skipped by its wire type.
 */
final class OnnxWeights {
    private static final int MODEL_GRAPH = 7, GRAPH_INITIALIZER = 5, TENSOR_DIMS = 1;

    private final byte[] b;
    private int pos;

    private OnnxWeights(byte[] bytes) {
        this.b = bytes;
    }

    /** The number of weights, or -1 when the bytes are not a protobuf this reading understands. */
    static long count(byte[] model) {
        try {
            OnnxWeights r = new OnnxWeights(model);
            long total = 0;
            for (int[] field; (field = r.field(model.length)) != null; ) {
                if (field[0] == MODEL_GRAPH && field[1] == 2) {
                    int end = r.length();
                    for (int[] g; (g = r.field(end)) != null; ) {
                        if (g[0] == GRAPH_INITIALIZER && g[1] == 2) total += r.tensorSize(r.length());
                        else r.skip(g[1]);
                    }
                } else {
                    r.skip(field[1]);
                }
            }
            return total;
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The next field's number and wire type before {@code end}, or null at the end. */
    private int[] field(int end) {
        if (pos >= end) return null;
        long key = varint();
        return new int[] {(int) (key >>> 3), (int) (key & 7)};
    }

    /** Product of a TensorProto's dims (a scalar has none: 1 value). */
    private long tensorSize(int end) {
        long size = 1;
        for (int[] f; (f = field(end)) != null; ) {
            if (f[0] == TENSOR_DIMS && f[1] == 0) {
                size *= varint();
            } else if (f[0] == TENSOR_DIMS && f[1] == 2) { // packed
                int packedEnd = length();
                while (pos < packedEnd) size *= varint();
            } else {
                skip(f[1]);
            }
        }
        pos = end;
        return size;
    }

    /** Reads a length prefix; returns the end position of the data that follows. */
    private int length() {
        long n = varint();
        if (n < 0 || pos + n > b.length) throw new IllegalStateException("truncated");
        return (int) (pos + n);
    }

    private void skip(int wire) {
        switch (wire) {
            case 0 -> varint();
            case 1 -> pos += 8;
            case 2 -> pos = length();
            case 5 -> pos += 4;
            default -> throw new IllegalStateException("wire type " + wire);
        }
        if (pos > b.length) throw new IllegalStateException("truncated");
    }

    private long varint() {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte x = b[pos++];
            v |= (long) (x & 0x7f) << shift;
            if (x >= 0) return v;
        }
        throw new IllegalStateException("bad varint");
    }
}
