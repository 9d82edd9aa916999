package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.engine.Reconstruction;
import org.latentexplorer.latent.DefectsScorecard;
import org.latentexplorer.latent.Interpolation;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Mosaic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

@Command(name = "interpolate", mixinStandardHelpOptions = true,
        description = {"Decode a path between two latent points into a PNG filmstrip. An end is a test image number "
                + "(its code is used) or a code x,y (for a larger code: all its values, or z0,z1 with the rest 0). "
                + "When both ends are test images, a second row shows the pixel cross-fade of the two originals. "
                + "Prints one JSON line with the path's codes."})
final class InterpolateCommand implements Callable<Integer> {
    private static final Pattern INDEX = Pattern.compile("\\d+");

    @Spec picocli.CommandLine.Model.CommandSpec command;
    @Option(names = "--model", required = true, description = "model bundle (.zip)")
    Path model;
    @Option(names = "--from", required = true, description = "INDEX (a test image) or x,y (a code)")
    String from;
    @Option(names = "--to", required = true, description = "INDEX (a test image) or x,y (a code)")
    String to;
    @Option(names = "--steps", defaultValue = "10", description = "images along the path, both ends included, 2..100 (default: ${DEFAULT-VALUE})")
    int steps;
    @Option(names = "--slerp", description = "spherical interpolation (keeps a VAE's path at typical norms) instead of a straight line")
    boolean slerp;
    @Option(names = "--dataset", description = "where INDEX points: default: the dataset the model was trained on")
    String dataset;
    @Option(names = "--scale", defaultValue = "2", description = "pixel size in the PNG, 1..16 (default: ${DEFAULT-VALUE})")
    int scale;
    @Option(names = "--gap", defaultValue = "2", description = "pixels between frames, 0..16 (default: ${DEFAULT-VALUE})")
    int gap;
    @Option(names = "--out", required = true, description = "PNG file to write")
    Path out;

    private record End(Integer index, int label, float[] code, float[] image) {}

    @Override
    public Integer call() throws Exception {
        if (out != null) Inputs.checkWritable(out, "--out");
        ToolInputs.checkRange("--steps", steps, 2, 100);
        ToolInputs.checkRange("--scale", scale, 1, 16);
        ToolInputs.checkRange("--gap", gap, 0, 16);
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            ModelHandle handle = loaded.handle();
            ModelSpec spec = handle.spec();
            ImageDataset data = INDEX.matcher(from.strip()).matches() || INDEX.matcher(to.strip()).matches()
                    ? Inputs.datasetFor(loaded, dataset, model) : null;
            End a = end(service, handle, data, from, "--from");
            End b = end(service, handle, data, to, "--to");
            if (slerp && !spec.kind().hasPrior()) {
                command.commandLine().getErr().println("note: " + model + " is a plain AE; slerp assumes a Gaussian prior");
            }
            float[][] path = slerp ? Interpolation.slerp(a.code(), b.code(), steps) : Interpolation.linear(a.code(), b.code(), steps);
            float[][] decodes = service.decodeMany(handle, path).join();
            boolean fade = a.image() != null && b.image() != null;
            float[][] crossFade = fade ? Interpolation.crossFade(a.image(), b.image(), steps) : null;
            Mosaic.Picture strip = Mosaic.filmstrip(decodes, crossFade, spec.height(), spec.width(), scale, gap);
            Images.writePng(out, strip.toBufferedImage());

            double change = 0;
            for (int i = 1; i < steps; i++) change += DefectsScorecard.meanAbsDifference(decodes[i - 1], decodes[i]);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("out", out.toString());
            json.put("model", model.toString());
            json.put("mode", slerp ? "slerp" : "linear");
            json.put("steps", steps);
            json.put("from", describe(a));
            json.put("to", describe(b));
            json.put("crossfade", fade);
            json.put("width", strip.width());
            json.put("height", strip.height());
            json.put("mean_step_change", Json.round(change / (steps - 1), 5));
            List<double[]> codes = new ArrayList<>();
            for (float[] c : path) codes.add(ToolInputs.rounded(c, 4));
            json.put("codes", codes);
            command.commandLine().getOut().println(Json.line(json));
        }
        return 0;
    }

    private static End end(ModelService service, ModelHandle handle, ImageDataset data, String text, String option) {
        String t = text.strip();
        if (INDEX.matcher(t).matches()) {
            int index;
            try {
                index = Integer.parseInt(t);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " " + t + " is not a test image number");
            }
            ToolInputs.checkIndex(index, data.test(), option, data.name());
            float[] image = data.test().image(index);
            Reconstruction r = service.reconstruct(handle, image).join();
            return new End(index, data.test().labels()[index], r.code(), image);
        }
        return new End(null, -1, ToolInputs.code(t, handle.spec().latentDim(), option), null);
    }

    private static Map<String, Object> describe(End e) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (e.index() != null) {
            m.put("index", e.index());
            m.put("label", e.label());
        }
        m.put("code", ToolInputs.rounded(e.code(), 4));
        return m;
    }
}
