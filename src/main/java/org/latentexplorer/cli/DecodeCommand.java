package org.latentexplorer.cli;

import org.latentexplorer.engine.ModelService;
import org.latentexplorer.wall.Images;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "decode", mixinStandardHelpOptions = true, description = "Decode one latent point to a PNG image.")
final class DecodeCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "model bundle (.zip)")
    Path model;
    @Option(names = "--z", required = true, description = "the code, comma-separated, e.g. 0.5,-1.2")
    String z;
    @Option(names = "--scale", defaultValue = "8", description = "pixel size of the PNG, 1..64 (nearest neighbour; default: ${DEFAULT-VALUE})")
    int scale;
    @Option(names = "--out", required = true, description = "PNG file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        ToolInputs.checkRange("--scale", scale, 1, 64);
        ToolInputs.numbers(z, "--z");
        Inputs.checkWritable(out, "--out");
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            float[] code = ToolInputs.code(z, loaded.handle().spec().latentDim(), "--z");
            float[] pixels = service.decode(loaded.handle(), code).join();
            Images.writePng(out, Images.enlarged(pixels, loaded.handle().spec().height(), loaded.handle().spec().width(), scale));
        }
        return 0;
    }
}
