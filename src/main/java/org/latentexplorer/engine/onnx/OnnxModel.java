package org.latentexplorer.engine.onnx;

import org.latentexplorer.data.BadFileException;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.engine.Reconstruction;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;

import java.util.Map;

/**
 * An imported encoder and decoder, run by ONNX Runtime: what the app asks of any model (encode, decode,
 * reconstruct, a VAE's posterior), in plain arrays. Inference only. Runs on the caller's thread, which is the
 * engine thread ({@link OnnxGraph}).
 */
public final class OnnxModel implements AutoCloseable {
    /** Images per run when the graph takes any batch: 2,000 flattened MNIST images are 6 MB of floats. */
    private static final int CHUNK = 2000;

    private final ModelSpec spec;
    private final OnnxLayout layout;
    private final OnnxGraph encoder, decoder;
    private final int encoderBatch, decoderBatch, channels;
    /** The graphs as imported, kept so that saving writes them back unchanged. */
    private final byte[] encoderBytes, decoderBytes;

    private OnnxModel(ModelSpec spec, OnnxLayout layout, int channels, OnnxGraph encoder, OnnxGraph decoder, byte[] encoderBytes,
                      byte[] decoderBytes) {
        this.spec = spec;
        this.channels = channels;
        this.encoderBytes = encoderBytes;
        this.decoderBytes = decoderBytes;
        this.layout = layout;
        this.encoder = encoder;
        this.decoder = decoder;
        this.encoderBatch = OnnxLayout.batchLimit(layout.encoderInput(), CHUNK);
        this.decoderBatch = OnnxLayout.batchLimit(layout.decoderInput(), CHUNK);
    }

    /** Opens a bundle's graphs; the bundle's layout is checked again against the graphs themselves. */
    public static OnnxModel open(OnnxBundle.Contents contents) throws BadFileException {
        OnnxGraph encoder = OnnxGraph.load(contents.encoderName(), contents.encoder());
        try {
            OnnxGraph decoder = OnnxGraph.load(contents.decoderName(), contents.decoder());
            try {
                ModelSpec spec = contents.spec();
                OnnxLayout layout = OnnxLayout.of(contents.encoderName(), encoder.inputs(), encoder.outputs(),
                        contents.decoderName(), decoder.inputs(), decoder.outputs(), contents.mapping(), OnnxImport.images(spec, contents.channels()));
                return new OnnxModel(spec, layout, contents.channels(), encoder, decoder, contents.encoder(), contents.decoder());
            } catch (BadFileException | RuntimeException e) {
                decoder.close();
                throw e;
            }
        } catch (BadFileException | RuntimeException e) {
            encoder.close();
            throw e;
        }
    }

    public ModelSpec spec() {
        return spec;
    }

    public OnnxLayout layout() {
        return layout;
    }

    /** The codes (a VAE's μ) of every image with each image's reconstruction error (mean squared per pixel). */
    public LatentCodes encode(ImageSet images) {
        int n = images.count(), size = images.imageSize();
        float[][] codes = new float[n][];
        float[] errors = new float[n];
        forChunks(images, (from, x, count) -> {
            float[][] chunk = split(encoder.run(x, shape(layout.encoderInput(), count)).get(layout.codeOutput()), count, layout.latentDim());
            float[][] decoded = decode(chunk);
            for (int i = 0; i < count; i++) {
                codes[from + i] = chunk[i];
                errors[from + i] = meanSquared(decoded[i], x, i * size);
            }
        });
        return new LatentCodes(codes, images.labels().clone(), errors);
    }

    /** μ and log σ² of every image (VAE only). */
    public ModelService.Posterior posterior(ImageSet images) {
        if (spec.kind() != ModelKind.VAE) throw new IllegalArgumentException("only a VAE has a posterior; this model is a " + spec.kind());
        int n = images.count(), d = layout.latentDim();
        float[][] mu = new float[n][], logVar = new float[n][];
        forChunks(images, (from, x, count) -> {
            Map<String, float[]> out = encoder.run(x, shape(layout.encoderInput(), count));
            float[][] m = split(out.get(layout.codeOutput()), count, d), v = split(out.get(layout.logVarOutput()), count, d);
            System.arraycopy(m, 0, mu, from, count);
            System.arraycopy(v, 0, logVar, from, count);
        });
        return new ModelService.Posterior(mu, logVar);
    }

    public float[][] decode(float[][] codes) {
        int d = layout.latentDim(), size = spec.inputSize() * channels();
        float[][] images = new float[codes.length][];
        for (int from = 0; from < codes.length; from += decoderBatch) {
            int count = Math.min(decoderBatch, codes.length - from);
            float[] flat = new float[count * d];
            for (int i = 0; i < count; i++) {
                float[] c = codes[from + i];
                if (c.length != d) throw new IllegalArgumentException("code has " + c.length + " values, model expects " + d);
                System.arraycopy(c, 0, flat, i * d, d);
            }
            float[][] out = split(decoder.run(flat, shape(layout.decoderInput(), count)).get(layout.decoderOutput()), count, size);
            System.arraycopy(out, 0, images, from, count);
        }
        return images;
    }

    public Reconstruction reconstruct(float[] image) {
        float[] code = split(encoder.run(image, shape(layout.encoderInput(), 1)).get(layout.codeOutput()), 1, layout.latentDim())[0];
        float[] pixels = decode(new float[][] {code})[0];
        return new Reconstruction(code, pixels, meanSquared(pixels, image, 0));
    }

    /**
     * The test loss and per-pixel error: both the mean squared error of the reconstruction (a VAE's from μ),
     * since the loss the model was trained with is not known here.
     */
    public ModelService.Evaluation evaluate(ImageSet images) {
        float[] errors = encode(images).errors();
        double sum = 0;
        for (float e : errors) sum += e;
        double mse = errors.length == 0 ? Double.NaN : sum / errors.length;
        return new ModelService.Evaluation(mse, mse);
    }

    public byte[] encoderBytes() {
        return encoderBytes.clone();
    }

    public byte[] decoderBytes() {
        return decoderBytes.clone();
    }

    /** The weights in both graphs (their initializers' values). */
    public long parameterCount() {
        return OnnxWeights.count(encoderBytes) + OnnxWeights.count(decoderBytes);
    }

    public int channels() {
        return channels;
    }

    private interface Chunk {
        void accept(int from, float[] pixels, int count);
    }

    /** The images in runs the encoder takes, as floats in [0, 1]. */
    private void forChunks(ImageSet images, Chunk chunk) {
        int n = images.count(), size = images.imageSize();
        byte[] bytes = images.pixels();
        for (int from = 0; from < n; from += encoderBatch) {
            int count = Math.min(encoderBatch, n - from);
            float[] x = new float[count * size];
            for (int i = 0; i < x.length; i++) x[i] = (bytes[from * size + i] & 0xff) / 255f;
            chunk.accept(from, x, count);
        }
    }

    private static long[] shape(long[] declared, int batch) {
        long[] s = declared.clone();
        s[0] = batch;
        return s;
    }

    private static float[][] split(float[] flat, int rows, int width) {
        if (flat == null || flat.length != (long) rows * width) {
            throw new IllegalStateException("the ONNX graph returned " + (flat == null ? "nothing" : flat.length + " values")
                    + " where " + rows + "×" + width + " were declared");
        }
        float[][] out = new float[rows][];
        for (int i = 0; i < rows; i++) out[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        return out;
    }

    private static float meanSquared(float[] decoded, float[] x, int offset) {
        double sum = 0;
        for (int j = 0; j < decoded.length; j++) {
            double diff = decoded[j] - x[offset + j];
            sum += diff * diff;
        }
        return (float) (sum / decoded.length);
    }

    @Override
    public void close() {
        encoder.close();
        decoder.close();
    }
}
