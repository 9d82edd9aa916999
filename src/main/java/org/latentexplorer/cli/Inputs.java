package org.latentexplorer.cli;

import org.latentexplorer.data.Assets;
import org.latentexplorer.data.DatasetReaders;
import org.latentexplorer.data.DatasetSource;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LoadProgress;
import org.latentexplorer.data.ReadOptions;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.model.ModelSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loading what commands share: datasets and models, with checks that they fit each other. */
final class Inputs {
    private Inputs() {}

    /** A bundled name or a path in any format {@link DatasetReaders} reads. */
    static ImageDataset dataset(String nameOrPath) throws IOException {
        return dataset(nameOrPath, ReadOptions.defaults());
    }

    static ImageDataset dataset(String nameOrPath, ReadOptions options) throws IOException {
        return DatasetReaders.read(nameOrPath, options, LoadProgress.NONE);
    }

    /**
     * The dataset named on the command line (pictures resized to the model's size), or the one the model was
     * trained on: found where its bundle says, or by fingerprint beside the model and in the working folder.
     */
    static ImageDataset datasetFor(ModelService.Loaded loaded, String nameOrPath, Path modelFile) throws IOException {
        ModelSpec spec = loaded.handle().spec();
        ImageDataset data;
        if (nameOrPath != null) {
            try {
                data = dataset(nameOrPath, ReadOptions.defaults().withSize(spec.height(), spec.width()));
            } catch (IOException e) {
                throw new IOException(modelFile + " takes " + spec.height() + "×" + spec.width() + " images, but " + e.getMessage(), e);
            }
        } else {
            DatasetSource source = loaded.history().datasetSource();
            List<Path> search = new ArrayList<>();
            Path modelFolder = modelFile.toAbsolutePath().getParent();
            if (modelFolder != null) search.add(modelFolder);
            Path cwd = Path.of("").toAbsolutePath();
            if (!search.contains(cwd)) search.add(cwd);
            try {
                data = DatasetReaders.forModel(spec.dataset(), source, search, LoadProgress.NONE);
            } catch (IOException e) {
                throw new IOException(modelFile + ": " + e.getMessage(), e);
            }
        }
        checkFits(spec, data, modelFile);
        return data;
    }

    static void checkFits(ModelSpec spec, ImageDataset data, Path modelFile) throws IOException {
        if (!org.latentexplorer.engine.DatasetMismatchException.fits(spec.channels(), spec.height(), spec.width(), data)) {
            throw new IOException(modelFile + ": model was trained for " + spec.height() + "×" + spec.width()
                    + " images with " + spec.channels() + " channel(s) (" + spec.dataset() + "), but dataset "
                    + (data.source() != null ? data.source().path() : data.name())
                    + " has " + data.height() + "×" + data.width() + " images with " + data.channels() + " channel(s)");
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
        return service.load(Assets.resolveModel(file)).join();
    }
}
