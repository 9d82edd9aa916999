package org.latentexplorer.cli;

import org.latentexplorer.data.Assets;
import org.latentexplorer.data.DatasetLoader;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.model.ModelSpec;

import java.io.IOException;
import java.nio.file.Path;

/** Loading what commands share: datasets and models, with checks that they fit each other. */
final class Inputs {
    private Inputs() {}

    static ImageDataset dataset(String nameOrPath) throws IOException {
        return DatasetLoader.load(Assets.resolveDataset(nameOrPath));
    }

    /** The dataset named on the command line, or the one the model was trained on. */
    static ImageDataset datasetFor(ModelSpec spec, String nameOrPath, Path modelFile) throws IOException {
        ImageDataset data = dataset(nameOrPath != null ? nameOrPath : spec.dataset());
        checkFits(spec, data, modelFile);
        return data;
    }

    static void checkFits(ModelSpec spec, ImageDataset data, Path modelFile) throws IOException {
        if (spec.height() != data.height() || spec.width() != data.width()) {
            throw new IOException(modelFile + ": model was trained for " + spec.height() + "×" + spec.width()
                    + " images (" + spec.dataset() + "), but dataset " + data.name() + " has "
                    + data.height() + "×" + data.width() + " images");
        }
    }

    static ModelService.Loaded model(ModelService service, Path file) {
        return service.load(Assets.resolveModel(file)).join();
    }
}
