package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.LatentGrid;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Mosaic;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "grid", mixinStandardHelpOptions = true,
        description = {"Decode an n×n grid of latent points over z0 (left to right) and z1 (bottom to top) into one "
                + "PNG mosaic: the decoder's terrain. Other coordinates of a larger code are held at 0. Without "
                + "--range or --quantiles, the grid covers the box the wall shows (0.5–99.5%% of the test codes, "
                + "padded 5%%). Prints one JSON line describing the grid."})
final class GridCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec command;
    @Option(names = "--model", required = true, description = "model bundle (.zip)")
    Path model;
    @Option(names = "--n", defaultValue = "20", description = "tiles per side, 1..100 (default: ${DEFAULT-VALUE})")
    int n;

    static final class Spacing {
        @Option(names = "--range", description = "x0,x1,y0,y1: the box the tiles cover")
        String range;
        @Option(names = "--quantiles", description = "space the tiles by N(0,1) quantiles Φ⁻¹((i+½)/n), for VAEs: equal prior mass per tile")
        boolean quantiles;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Spacing spacing;
    @Option(names = "--dataset", description = "for the default range: default: the dataset the model was trained on")
    String dataset;
    @Option(names = "--scale", defaultValue = "1", description = "pixel size in the PNG, 1..16 (default: ${DEFAULT-VALUE})")
    int scale;
    @Option(names = "--gap", defaultValue = "0", description = "pixels between tiles, 0..16 (default: ${DEFAULT-VALUE})")
    int gap;
    @Option(names = "--out", required = true, description = "PNG file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (out != null) Inputs.checkWritable(out, "--out");
        ToolInputs.checkRange("--n", n, 1, 100);
        ToolInputs.checkRange("--scale", scale, 1, 16);
        ToolInputs.checkRange("--gap", gap, 0, 16);
        double[] box = null;
        if (spacing != null && spacing.range != null) {
            box = ToolInputs.numbers(spacing.range, "--range");
            if (box.length != 4) throw new IllegalArgumentException("--range needs 4 values x0,x1,y0,y1, got " + box.length);
            if (!(box[0] < box[1]) || !(box[2] < box[3])) {
                throw new IllegalArgumentException("--range needs x0 < x1 and y0 < y1, was " + spacing.range);
            }
        }
        boolean quantiles = spacing != null && spacing.quantiles;
        var err = command.commandLine().getErr();
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            ModelHandle handle = loaded.handle();
            ModelSpec spec = handle.spec();
            int d = spec.latentDim();
            String mode;
            if (quantiles) {
                mode = "quantiles";
                if (!spec.kind().hasPrior()) err.println("note: " + model + " is a plain AE; N(0,1) quantiles mean nothing for its codes");
            } else if (box != null) {
                mode = "range";
            } else {
                ImageDataset data = Inputs.datasetFor(loaded, dataset, model);
                LatentCodes codes = service.encode(handle, data.test()).join();
                if (codes.count() == 0) throw new IllegalArgumentException(data.name() + " has no test images to take the range from; give --range");
                box = ToolInputs.robustBox(codes.codes(), 0, d > 1 ? 1 : -1);
                mode = "codes";
            }
            LatentGrid grid = quantiles ? LatentGrid.quantiles(n, d) : LatentGrid.box(n, box[0], box[1], box[2], box[3], d);
            int rows = d == 1 ? 1 : n;
            // A 1-d code varies along x only: one row says it all.
            float[][] codes = d == 1 ? Arrays.copyOfRange(grid.codes(), 0, n) : grid.codes();
            float[][] tiles = service.decodeMany(handle, codes).join();
            Mosaic.Picture picture = Mosaic.render(tiles, n, spec.height(), spec.width(), scale, gap, Mosaic.BACKGROUND, null);
            Images.writePng(out, picture.toBufferedImage());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("out", out.toString());
            json.put("model", model.toString());
            json.put("spacing", mode);
            json.put("n", n);
            json.put("rows", rows);
            json.put("width", picture.width());
            json.put("height", picture.height());
            json.put("x", ToolInputs.rounded(grid.xs(), 4));
            if (d > 1) json.put("y", ToolInputs.rounded(grid.ys(), 4));
            json.put("box", ToolInputs.rounded(new double[] {grid.x0(), grid.x1(), grid.y0(), grid.y1()}, 4));
            if (d > 2) json.put("held_at_zero", d == 3 ? "z2" : "z2..z" + (d - 1));
            command.commandLine().getOut().println(Json.line(json));
        }
        return 0;
    }
}
