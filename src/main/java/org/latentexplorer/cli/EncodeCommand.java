package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.SafeFiles;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.CodesCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "encode", mixinStandardHelpOptions = true,
        description = "Write the latent code of every image of a split as CSV: index,label,z0..z(n-1),error.")
final class EncodeCommand implements Callable<Integer> {
    @Option(names = "--model", required = true, description = "model bundle (.zip)")
    Path model;
    @Option(names = "--dataset", description = "default: the dataset the model was trained on")
    String dataset;
    @Option(names = "--split", defaultValue = "test", description = "train or test (default: ${DEFAULT-VALUE})")
    String split;
    @Option(names = "--out", required = true, description = "CSV file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (out != null) Inputs.checkWritable(out, "--out");
        if (!split.equals("test") && !split.equals("train")) throw new IllegalArgumentException("--split must be train or test, was " + split);
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            ImageDataset data = Inputs.datasetFor(loaded, dataset, model);
            ImageSet images = split.equals("test") ? data.test() : data.train();
            LatentCodes codes = service.encode(loaded.handle(), images).join();
            // The same format as the app's export (latent.CodesCsv).
            SafeFiles.write(out, stream -> CodesCsv.write(codes, stream));
        }
        return 0;
    }
}
