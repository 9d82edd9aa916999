package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Projections;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Java2dSurface;
import org.latentexplorer.wall.Viewport;
import org.latentexplorer.wall.WallPainter;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallScenes;
import org.latentexplorer.wall.WallTheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render the gallery wall of a model's test codes to a PNG, as the app draws it.")
final class RenderCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "model bundle (.zip)")
    Path model;
    @Option(names = "--dataset", description = "default: the dataset the model was trained on")
    String dataset;
    @Option(names = "--width", defaultValue = "1600", description = "(default: ${DEFAULT-VALUE})")
    int width;
    @Option(names = "--height", defaultValue = "1000", description = "(default: ${DEFAULT-VALUE})")
    int height;
    @Option(names = "--out", required = true, description = "PNG file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (out != null) Inputs.checkWritable(out, "--out");
        // 50 megapixels of ARGB is 200 MB, within a default heap.
        if (width < 64 || height < 64 || width > 16_384 || height > 16_384 || (long) width * height > 50_000_000L) {
            throw new IllegalArgumentException("--width and --height must be 64..16384 and at most 50 megapixels in all, were "
                    + width + "×" + height);
        }
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            ImageDataset data = Inputs.datasetFor(loaded, dataset, model);
            LatentCodes codes = service.encode(loaded.handle(), data.test()).join();
            Projection projection = Projections.defaultFor(codes.codes(), codes.dimension());
            WallScene scene = WallScenes.of(codes, projection, data.classNames(),
                    model.getFileName() + " — " + loaded.handle().spec().describe(),
                    projection.label() + "  ·  " + codes.count() + " test images");
            double[] b = scene.robustBounds();
            Viewport vp = Viewport.fit(b[0], b[1], b[2], b[3], width, height, 40);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            Java2dSurface surface = new Java2dSurface(image);
            new WallPainter().paint(surface, scene, vp, WallTheme.DEFAULT, null);
            surface.dispose();
            Images.writePng(out, image);
        }
        return 0;
    }
}
