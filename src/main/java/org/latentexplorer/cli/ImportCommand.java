package org.latentexplorer.cli;

import org.latentexplorer.engine.ModelService;
import org.latentexplorer.engine.onnx.OnnxImport;
import org.latentexplorer.engine.onnx.OnnxLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an encoder and a decoder trained elsewhere (ONNX files, e.g. from torch.onnx.export) as a model bundle "
                + "that every other command and the app open; prints one JSON line. See docs/import.md.")
final class ImportCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec command;
    @Option(names = "--encoder", required = true, description = "encoder .onnx: images N×784 or N×1×28×28 in [0, 1] → code N×d (a VAE: μ and log σ²)")
    Path encoder;
    @Option(names = "--decoder", required = true, description = "decoder .onnx: code N×d → images N×784 or N×1×28×28")
    Path decoder;
    @Option(names = "--dataset", required = true, description = "the dataset it was trained on: a bundled name (mnist) or a path")
    String dataset;
    @Option(names = "--out", required = true, description = "model bundle (.zip) to write")
    Path out;
    @Option(names = "--mu", description = "the encoder output that is μ (a VAE whose output names do not say)")
    String mu;
    @Option(names = "--logvar", description = "the encoder output that is log σ²")
    String logVar;

    @Override
    public Integer call() throws Exception {
        if ((mu == null) != (logVar == null)) throw new IllegalArgumentException("--mu and --logvar go together: name both outputs");
        Inputs.checkWritable(out, "--out");
        try (ModelService service = new ModelService()) {
            OnnxImport.Result result = service.importOnnx(new OnnxImport.Request(encoder, decoder, dataset,
                    new OnnxLayout.Mapping(mu, logVar), out)).join();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("model", out.toString());
            line.put("kind", result.spec().kind().id());
            line.put("latent", result.spec().latentDim());
            line.put("dataset", result.spec().dataset());
            line.put("encoder_input", OnnxLayout.shape(result.layout().encoderInput()));
            line.put("code_output", result.layout().codeOutput());
            if (result.layout().logVarOutput() != null) line.put("logvar_output", result.layout().logVarOutput());
            command.commandLine().getOut().println(Json.line(line));
        }
        return 0;
    }
}
