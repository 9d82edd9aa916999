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
    @Option(names = "--z", required = true, split = ",", description = "the code, comma-separated, e.g. 0.5,-1.2")
    float[] z;
    @Option(names = "--scale", defaultValue = "8", description = "pixel size of the PNG (nearest neighbour; default: ${DEFAULT-VALUE})")
    int scale;
    @Option(names = "--out", required = true, description = "PNG file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            int d = loaded.handle().spec().latentDim();
            if (z.length != d) throw new IllegalArgumentException("--z has " + z.length + " values, but " + model + " has a " + d + "-d latent space");
            float[] pixels = service.decode(loaded.handle(), z).join();
            Images.writePng(out, Images.grayscale(pixels, loaded.handle().spec().height(), loaded.handle().spec().width(), scale));
        }
        return 0;
    }
}
