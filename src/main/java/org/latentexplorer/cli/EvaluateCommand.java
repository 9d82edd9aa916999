package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Test loss and per-pixel MSE of a model on the test split, as one JSON line.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec command;
    @Option(names = "--model", required = true, description = "model bundle (.zip)")
    Path model;
    @Option(names = "--dataset", description = "default: the dataset the model was trained on")
    String dataset;

    @Override
    public Integer call() throws Exception {
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            ImageDataset data = Inputs.datasetFor(loaded.handle().spec(), dataset, model);
            ModelService.Evaluation eval = service.evaluate(loaded.handle(), data.test()).join();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("model", model.toString());
            result.put("dataset", data.name());
            result.put("test_images", data.test().count());
            result.put("test_loss", Json.round(eval.loss(), 5));
            result.put("test_mse", Json.round(eval.mse(), 6));
            command.commandLine().getOut().println(Json.line(result));
        }
        return 0;
    }
}
