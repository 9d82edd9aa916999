package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.Anomalies;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Mosaic;
import org.latentexplorer.wall.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "anomalies", mixinStandardHelpOptions = true,
        description = {"Reconstruction error (per-pixel MSE) of every test image as an anomaly score: one JSON line "
                + "with the worst --top images and, with --anomaly-class, the ROC AUC of the error for telling that "
                + "class from the rest (train the model with 'train --hold-out-class K' for a fair test). --out writes "
                + "a gallery of the worst images above their reconstructions, framed in their class colour."})
final class AnomaliesCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec command;
    @Option(names = "--model", required = true, description = "model bundle (.zip)")
    Path model;
    @Option(names = "--dataset", description = "default: the dataset the model was trained on")
    String dataset;
    @Option(names = "--top", defaultValue = "20", description = "how many of the worst images to list, 1..1000 (default: ${DEFAULT-VALUE})")
    int top;
    @Option(names = "--anomaly-class", paramLabel = "K", description = "report the ROC AUC of the error as a score for class K")
    Integer anomalyClass;
    @Option(names = "--out", description = "PNG gallery of the worst images (originals above reconstructions)")
    Path out;
    @Option(names = "--columns", defaultValue = "10", description = "images per row of the gallery, 1..100 (default: ${DEFAULT-VALUE})")
    int columns;
    @Option(names = "--scale", defaultValue = "2", description = "pixel size in the gallery, 1..16 (default: ${DEFAULT-VALUE})")
    int scale;

    @Override
    public Integer call() throws Exception {
        if (out != null) Inputs.checkWritable(out, "--out");
        ToolInputs.checkRange("--top", top, 1, 1000);
        ToolInputs.checkRange("--columns", columns, 1, 100);
        ToolInputs.checkRange("--scale", scale, 1, 16);
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            ModelHandle handle = loaded.handle();
            ModelSpec spec = handle.spec();
            ImageDataset data = Inputs.datasetFor(loaded, dataset, model);
            if (anomalyClass != null && (anomalyClass < 0 || anomalyClass >= data.classNames().size())) {
                throw new IllegalArgumentException("--anomaly-class " + anomalyClass + " is not a class of " + data.name()
                        + " (0.." + (data.classNames().size() - 1) + ")");
            }
            ImageSet test = data.test();
            if (test.count() == 0) throw new IllegalArgumentException(data.name() + " has no test images");
            LatentCodes codes = service.encode(handle, test).join();
            float[] errors = codes.errors();
            int[] worst = Anomalies.worst(errors, Math.min(top, errors.length));

            Map<String, Object> json = new LinkedHashMap<>();
            json.put("model", model.toString());
            json.put("dataset", data.name());
            json.put("test_images", test.count());
            float[] sorted = errors.clone();
            Arrays.sort(sorted);
            double sum = 0;
            for (float e : errors) sum += e;
            json.put("mean_error", Json.round(sum / errors.length, 6));
            json.put("median_error", Json.round(sorted[(sorted.length - 1) / 2], 6));
            if (anomalyClass != null) {
                int positives = 0;
                for (int l : codes.labels()) if (l == anomalyClass) positives++;
                if (positives == 0 || positives == codes.count()) {
                    throw new IllegalArgumentException("--anomaly-class " + anomalyClass + ": the test split of " + data.name()
                            + " has " + positives + " images of that class out of " + codes.count() + "; the AUC needs both kinds");
                }
                json.put("anomaly_class", anomalyClass);
                json.put("anomaly_class_name", data.className(anomalyClass));
                json.put("anomaly_images", positives);
                json.put("auc", Json.round(Anomalies.rocAucForClass(errors, codes.labels(), anomalyClass), 5));
            }
            List<Map<String, Object>> list = new ArrayList<>();
            for (int i : worst) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("index", i);
                item.put("label", codes.labels()[i]);
                item.put("error", Json.round(errors[i], 6));
                list.add(item);
            }
            json.put("top", list);
            if (out != null) {
                float[][] originals = new float[worst.length][], chosen = new float[worst.length][];
                int[] frames = new int[worst.length];
                for (int k = 0; k < worst.length; k++) {
                    originals[k] = test.image(worst[k]);
                    chosen[k] = codes.codes()[worst[k]];
                    frames[k] = 0xFF000000 | Palette.rgb(codes.labels()[worst[k]]);
                }
                float[][] reconstructions = service.decodeMany(handle, chosen).join();
                Mosaic.Picture gallery = Mosaic.pairedGallery(originals, reconstructions, frames, columns,
                        spec.height(), spec.width(), scale, 4);
                Images.writePng(out, gallery.toBufferedImage());
                json.put("out", out.toString());
                json.put("width", gallery.width());
                json.put("height", gallery.height());
            }
            command.commandLine().getOut().println(Json.line(json));
        }
        return 0;
    }
}
