package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.SubspaceComparison;
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
            ImageDataset data = Inputs.datasetFor(loaded, dataset, model);
            ModelService.Evaluation eval = service.evaluate(loaded.handle(), data.test()).join();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("model", model.toString());
            result.put("dataset", data.name());
            result.put("test_images", data.test().count());
            result.put("test_loss", Json.round(eval.loss(), 5));
            result.put("test_mse", Json.round(eval.mse(), 6));
            result.put("parameters", service.parameterCount(loaded.handle()).join());
            if (isLinear(loaded.handle().spec())) comparePca(service, loaded, data, result);
            command.commandLine().getOut().println(Json.line(result));
        }
        return 0;
    }

    private static boolean isLinear(org.latentexplorer.model.ModelSpec spec) {
        return spec.hidden().isEmpty() && spec.activation() == org.latentexplorer.model.Activation.LINEAR
                && spec.output() == org.latentexplorer.model.Activation.LINEAR;
    }

    /** A linear AE should find PCA's subspace: the principal angles between the two, and PCA's own error. */
    private static void comparePca(ModelService service, ModelService.Loaded loaded, ImageDataset data, Map<String, Object> result) {
        double[][] decoder = service.linearDecoderBasis(loaded.handle()).join();
        float[][] train = new float[data.train().count()][];
        for (int i = 0; i < train.length; i++) train[i] = data.train().image(i);
        float[][] test = new float[data.test().count()][];
        for (int i = 0; i < test.length; i++) test[i] = data.test().image(i);
        double[][] pca = SubspaceComparison.principalSubspace(train, decoder[0].length, 60, 1);
        double[] angles = SubspaceComparison.principalAnglesDegrees(decoder, pca);
        double[] rounded = new double[angles.length];
        for (int i = 0; i < angles.length; i++) rounded[i] = Json.round(angles[i], 2);
        result.put("pca_principal_angles_deg", rounded);
        result.put("pca_test_mse", Json.round(SubspaceComparison.projectionError(test, pca), 6));
    }
}
