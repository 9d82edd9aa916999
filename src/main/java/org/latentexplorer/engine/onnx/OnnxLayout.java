package org.latentexplorer.engine.onnx;

import org.latentexplorer.data.BadFileException;
import org.latentexplorer.model.ModelKind;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How an imported encoder and decoder fit together and fit the dataset, worked out from the graphs' declared
 * inputs and outputs alone (nothing is run): the code size, which encoder outputs are the code (or μ and
 * log σ²), and the tensor shapes to feed. Every mismatch is refused with a keyed message naming the file and
 * both shapes.
 *
 * @param kind          AE (one code output) or VAE (μ and log σ²)
 * @param latentDim     the code size d
 * @param encoderInput  the shape the encoder takes, batch first (-1: any batch)
 * @param codeOutput    the code's output (AE), or μ's (VAE)
 * @param logVarOutput  log σ²'s output (VAE), else null
 * @param decoderInput  the shape the decoder takes, batch first
 */
public record OnnxLayout(ModelKind kind, int latentDim, String encoderInputName, long[] encoderInput, String codeOutput,
                         String logVarOutput, String decoderInputName, long[] decoderInput, String decoderOutput) {

    /** One declared input or output: its name, its shape as ONNX states it (-1: a free dimension), its type. */
    public record Port(String name, long[] shape, String type) {
        public boolean isFloat() {
            return type.equals("FLOAT");
        }
    }

    /** Which encoder outputs are μ and log σ², when the user says so; both null: work it out from the names. */
    public record Mapping(String mu, String logVar) {
        public static final Mapping AUTOMATIC = new Mapping(null, null);

        public Mapping {
            mu = mu == null || mu.isBlank() ? null : mu.strip();
            logVar = logVar == null || logVar.isBlank() ? null : logVar.strip();
        }
    }

    /** The images the model must take: a dataset's name and its channels × height × width. */
    public record Images(String dataset, int channels, int height, int width) {
        int size() {
            return channels * height * width;
        }
    }

    /** The largest batch a graph runs at once: its fixed batch size, or {@code fallback} when the batch is free. */
    public static int batchLimit(long[] shape, int fallback) {
        return shape[0] > 0 ? (int) shape[0] : fallback;
    }

    public static OnnxLayout of(Path encoderFile, List<Port> encoderInputs, List<Port> encoderOutputs,
                                Path decoderFile, List<Port> decoderInputs, List<Port> decoderOutputs,
                                Mapping mapping, Images images) throws BadFileException {
        if (mapping == null) mapping = Mapping.AUTOMATIC;
        Port in = single(encoderFile, encoderInputs, "input");
        long[] encoderShape = imageShape(encoderFile, in, images, "onnx.encoder.input");
        Port code, logVar = null;
        if (mapping.mu() != null || mapping.logVar() != null) {
            code = named(encoderFile, encoderOutputs, mapping.mu());
            logVar = named(encoderFile, encoderOutputs, mapping.logVar());
        } else if (encoderOutputs.size() == 1) {
            code = encoderOutputs.get(0);
        } else if (guessed(encoderOutputs).mu() != null && guessed(encoderOutputs).logVar() != null) {
            code = named(encoderFile, encoderOutputs, guessed(encoderOutputs).mu());
            logVar = named(encoderFile, encoderOutputs, guessed(encoderOutputs).logVar());
        } else {
            throw new BadFileException(encoderFile, "onnx.encoder.outputs", encoderOutputs.size(), names(encoderOutputs));
        }
        int d = codeSize(encoderFile, code);
        if (logVar != null && codeSize(encoderFile, logVar) != d) {
            throw new BadFileException(encoderFile, "onnx.encoder.vaeSizes", code.name(), shape(code.shape()), logVar.name(), shape(logVar.shape()));
        }
        Port decoderIn = single(decoderFile, decoderInputs, "input");
        long[] codeShape = decoderIn.shape();
        if (codeShape.length != 2 || (codeShape[1] > 0 && codeShape[1] != d)) {
            throw new BadFileException(decoderFile, "onnx.decoder.codeSize", shape(codeShape), encoderFile.getFileName(), "N×" + d);
        }
        if (decoderOutputs.size() != 1) throw new BadFileException(decoderFile, "onnx.decoder.outputs", decoderOutputs.size(), names(decoderOutputs));
        Port out = decoderOutputs.get(0);
        checkFloat(decoderFile, out, "output");
        imageShape(decoderFile, out, images, "onnx.decoder.output");
        return new OnnxLayout(logVar == null ? ModelKind.AE : ModelKind.VAE, d, in.name(), encoderShape, code.name(),
                logVar == null ? null : logVar.name(), decoderIn.name(), new long[] {codeShape[0], d}, out.name());
    }

    /**
     * μ and log σ² as the output names say, each null where they do not: of two outputs, the one named like a
     * variance ("logvar", "z_log_var", "log_sigma", "std") is log σ² and the other μ; of more (Keras' VAE
     * encoder gives z_mean, z_log_var and a sample z), μ is the one named "mu" or "mean".
     */
    public static Mapping guessed(List<Port> outputs) {
        String mu = null, logVar = null;
        for (Port p : outputs) {
            if (looksLikeLogVar(p.name())) logVar = logVar == null ? p.name() : logVar;
            else if (outputs.size() == 2 || letters(p.name()).contains("mu") || letters(p.name()).contains("mean")) mu = mu == null ? p.name() : mu;
        }
        return new Mapping(mu, logVar);
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static boolean looksLikeLogVar(String name) {
        String n = letters(name);
        return n.contains("var") || n.contains("sigma") || n.contains("std");
    }

    private static Port single(Path file, List<Port> ports, String what) throws BadFileException {
        if (ports.size() != 1) throw new BadFileException(file, "onnx.inputs", ports.size());
        Port p = ports.get(0);
        checkFloat(file, p, what);
        return p;
    }

    private static void checkFloat(Path file, Port p, String what) throws BadFileException {
        if (!p.isFloat()) throw new BadFileException(file, "onnx.notFloat", what, p.name(), p.type().toLowerCase(Locale.ROOT));
    }

    private static Port named(Path file, List<Port> outputs, String name) throws BadFileException {
        for (Port p : outputs) if (p.name().equals(name)) return p;
        throw new BadFileException(file, "onnx.encoder.noOutput", name == null ? "" : name, names(outputs));
    }

    private static int codeSize(Path file, Port p) throws BadFileException {
        checkFloat(file, p, "output");
        long[] s = p.shape();
        if (s.length != 2 || s[1] < 1) throw new BadFileException(file, "onnx.encoder.code", p.name(), shape(s));
        return Math.toIntExact(s[1]);
    }

    /**
     * The shape to feed (or expect) for images: N × C·H·W or N × C × H × W, free dimensions taken from the
     * dataset. A one-channel image is laid out alike in memory as N × H × W and N × H × W × 1 (Keras' layouts),
     * so those are taken too. Anything else, or fixed dimensions the dataset's images do not have, is refused.
     */
    private static long[] imageShape(Path file, Port p, Images images, String key) throws BadFileException {
        long[] s = p.shape();
        long c = images.channels(), h = images.height(), w = images.width();
        long[][] layouts = c == 1 ? new long[][] {{c * h * w}, {c, h, w}, {h, w}, {h, w, c}} : new long[][] {{c * h * w}, {c, h, w}};
        for (long[] layout : layouts) {
            if (s.length != layout.length + 1) continue;
            boolean fits = true;
            for (int i = 0; i < layout.length; i++) fits &= free(s[i + 1], layout[i]);
            if (!fits) continue;
            long[] feed = new long[s.length];
            feed[0] = s[0];
            System.arraycopy(layout, 0, feed, 1, layout.length);
            return feed;
        }
        throw new BadFileException(file, key, shape(s), images.dataset(), images.size(), "N×" + c + "×" + h + "×" + w);
    }

    private static boolean free(long dim, long wanted) {
        return dim <= 0 || dim == wanted;
    }

    /** A shape as messages show it: "N×1×28×28"; a free batch is N, any other free dimension "?". */
    public static String shape(long[] s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            if (i > 0) sb.append('×');
            sb.append(s[i] > 0 ? Long.toString(s[i]) : i == 0 ? "N" : "?");
        }
        return sb.length() == 0 ? "a scalar" : sb.toString();
    }

    private static String names(List<Port> ports) {
        return ports.stream().map(p -> p.name() + " " + shape(p.shape())).collect(Collectors.joining(", "));
    }
}
