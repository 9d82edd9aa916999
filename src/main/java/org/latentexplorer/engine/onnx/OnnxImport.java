package org.latentexplorer.engine.onnx;

import org.latentexplorer.data.BadFileException;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.model.Activation;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.BundleLimits;
import org.latentexplorer.model.InputNoise;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.model.Sparsity;
import org.latentexplorer.model.TrainingHistory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Importing an encoder and a decoder trained elsewhere: read both files, check they fit each other and the
 * dataset ({@link OnnxLayout}), and write them as a bundle that opens like any model. The steps that touch ONNX
 * Runtime run on the engine thread ({@code ModelService.importOnnx}).
 */
public final class OnnxImport {
    /**
     * What to import.
     *
     * @param dataset the dataset the model was trained on: a bundled name or a path, as everywhere
     * @param mapping which encoder outputs are μ and log σ² (automatic when both are null)
     * @param out     the bundle to write
     */
    public record Request(Path encoder, Path decoder, String dataset, OnnxLayout.Mapping mapping, Path out) {
        public Request {
            if (mapping == null) mapping = OnnxLayout.Mapping.AUTOMATIC;
        }
    }

    /** What was written: the bundle and the model it holds. */
    public record Result(Path bundle, ModelSpec spec, OnnxLayout layout) {}

    private OnnxImport() {}

    /** A graph file's bytes, refused with the file named when missing, a folder or too large for a bundle. */
    public static byte[] readGraph(Path file) throws IOException {
        if (Files.isDirectory(file)) throw new BadFileException(file, "model.isDirectory");
        if (!Files.isRegularFile(file)) throw new BadFileException(file, "model.notFound");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) BundleLimits.MAX_PARAMETERS_BYTES);
            if (in.read() != -1) throw new BadFileException(file, "model.zip.entryTooLarge", file.getFileName(), BundleLimits.MAX_PARAMETERS_BYTES);
            return bytes;
        }
    }

    /** The images a dataset's model takes. */
    static OnnxLayout.Images images(ImageDataset data) {
        return new OnnxLayout.Images(data.name(), data.channels(), data.height(), data.width());
    }

    static OnnxLayout.Images images(ModelSpec spec, int channels) {
        return new OnnxLayout.Images(spec.dataset(), channels, spec.height(), spec.width());
    }

    /** Loads both graphs (on the engine thread), checks them, and writes the bundle. */
    public static Result run(Request request, ImageDataset data, byte[] encoderBytes, byte[] decoderBytes) throws IOException {
        OnnxLayout.Images images = images(data);
        OnnxLayout layout;
        try (OnnxGraph encoder = OnnxGraph.load(request.encoder(), encoderBytes);
             OnnxGraph decoder = OnnxGraph.load(request.decoder(), decoderBytes)) {
            layout = OnnxLayout.of(request.encoder(), encoder.inputs(), encoder.outputs(), request.decoder(), decoder.inputs(),
                    decoder.outputs(), request.mapping(), images);
        }
        ModelSpec spec = spec(layout, data);
        TrainingHistory history = new TrainingHistory();
        history.setSettings("imported from ONNX: encoder " + request.encoder().getFileName() + ", decoder " + request.decoder().getFileName());
        history.setDatasetSource(data.source());
        OnnxBundle.write(request.out(), spec, history, layout, images.channels(), encoderBytes, decoderBytes);
        return new Result(request.out(), spec, layout);
    }

    /** The encoder's output names (for the import dialog's mapping step); loads the graph on the engine thread. */
    public static List<OnnxLayout.Port> outputs(Path encoder, byte[] bytes) throws BadFileException {
        try (OnnxGraph graph = OnnxGraph.load(encoder, bytes)) {
            return graph.outputs();
        }
    }

    /**
     * The spec of an imported model: its kind, code size and images; the layers in between are the graphs'
     * own, so the rest holds the plain defaults (MSE per pixel is what evaluation reports for it).
     */
    static ModelSpec spec(OnnxLayout layout, ImageDataset data) {
        return new ModelSpec(layout.kind(), Architecture.ONNX, List.of(), layout.latentDim(), List.of(), Activation.LINEAR,
                Activation.LINEAR, Activation.SIGMOID, ReconstructionLoss.MSE, ReconstructionLoss.Reduction.MEAN, 1.0, 1.0, false,
                InputNoise.NONE, Sparsity.NONE, data.name(), data.height(), data.width(), data.classNames(), data.channels());
    }
}
