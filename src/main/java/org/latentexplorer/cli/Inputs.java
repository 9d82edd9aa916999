package org.latentexplorer.cli;

import org.latentexplorer.data.Assets;
import org.latentexplorer.data.DatasetLoader;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.model.ModelSpec;

import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * Refuses an output path that cannot be written, before any work: a folder, a missing or read-only parent
     * folder, a read-only file. (A full disk is only found when writing.)
     */
    static void checkWritable(Path out, String option) {
        Path absolute = out.toAbsolutePath();
        Path parent = absolute.getParent();
        if (Files.isDirectory(absolute)) throw new IllegalArgumentException(option + " " + out + " is a folder; give a file name");
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(option + " " + out + ": the folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) throw new IllegalArgumentException(option + " " + out + ": the folder " + parent + " is not writable");
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new IllegalArgumentException(option + " " + out + " exists and is read-only");
        }
    }

    static ModelService.Loaded model(ModelService service, Path file) {
        return service.load(file).join();
    }
}
