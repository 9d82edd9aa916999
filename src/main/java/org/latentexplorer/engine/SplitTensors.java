package org.latentexplorer.engine;

import java.nio.ByteBuffer;
import java.util.IdentityHashMap;
import java.util.Map;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.Architecture;

/**
 * Images in and codes out, in chunks, for {@link ModelService}: the splits converted once to float NDArrays and
 * kept for the session, encoding with reconstruction errors, and decoding many codes in one call. Engine-thread
 * only, like every NDArray.
 */
final class SplitTensors {
    private static final int CHUNK = 2000;
    /**
     * Convolutional models in smaller chunks: 2,000 images make 200 MB intermediates, and encoding 10,000 images
     * took 9.7 s in chunks of 2,000 against 4.8 s in chunks of 64 (5.1 s at 256, 5.0 s at 32; bench, conv-ae-2d).
     */
    private static final int CONV_CHUNK = 64;
    /** Train + test of two datasets; more means the user switched around, so start over. */
    private static final int MAX_CACHED_SPLITS = 4;

    private final Map<ImageSet, NDArray> tensors = new IdentityHashMap<>();

    static int chunkFor(Autoencoder model) {
        return model.spec().architecture() == Architecture.CONV ? CONV_CHUNK : CHUNK;
    }

    /** The codes of {@code images} with each one's reconstruction error (mean squared, per value). */
    LatentCodes encode(Autoencoder model, NDManager root, ImageSet images) {
        NDArray all = tensor(root, images);
        int n = images.count();
        int d = model.spec().latentDim();
        float[][] codes = new float[n][d];
        float[] errors = new float[n];
        int chunk = chunkFor(model);
        for (int from = 0; from < n; from += chunk) {
            int to = Math.min(n, from + chunk);
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray x = all.get(new NDIndex().addSliceDim(from, to));
                x.attach(scope);
                NDArray code = model.encode(x);
                NDArray diff = model.decode(code).sub(x);
                float[] flat = code.toFloatArray();
                float[] err = diff.mul(diff).mean(new int[] {1}).toFloatArray();
                for (int i = from; i < to; i++) {
                    System.arraycopy(flat, (i - from) * d, codes[i], 0, d);
                    errors[i] = err[i - from];
                }
            }
        }
        return new LatentCodes(codes, images.labels().clone(), errors);
    }

    static float[][] decode(Autoencoder model, NDManager manager, float[][] codes) {
        int d = model.spec().latentDim();
        float[] flat = new float[codes.length * d];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].length != d) throw new IllegalArgumentException("code has " + codes[i].length + " values, model expects " + d);
            System.arraycopy(codes[i], 0, flat, i * d, d);
        }
        try (NDManager scope = manager.newSubManager()) {
            float[] out = model.decode(scope.create(flat, new Shape(codes.length, d))).toFloatArray();
            int size = model.spec().inputSize();
            float[][] images = new float[codes.length][];
            for (int i = 0; i < codes.length; i++) images[i] = java.util.Arrays.copyOfRange(out, i * size, (i + 1) * size);
            return images;
        }
    }

    /** The split as one float NDArray in [0, 1], converted once and kept for the session. */
    NDArray tensor(NDManager root, ImageSet images) {
        NDArray cached = tensors.get(images);
        if (cached != null) return cached;
        if (tensors.size() >= MAX_CACHED_SPLITS) {
            tensors.values().forEach(NDArray::close);
            tensors.clear();
        }
        try (NDArray bytes = root.create(ByteBuffer.wrap(images.pixels()), new Shape(images.count(), images.imageSize()), DataType.UINT8);
             NDArray floats = bytes.toType(DataType.FLOAT32, false)) {
            NDArray scaled = floats.div(255f);
            tensors.put(images, scaled);
            return scaled;
        }
    }
}
