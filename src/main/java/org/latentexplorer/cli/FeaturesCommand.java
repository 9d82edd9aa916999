package org.latentexplorer.cli;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.features.FeatureComparison;
import org.latentexplorer.latent.features.LabelBudget;
import org.latentexplorer.latent.features.SoftmaxClassifier;
import org.latentexplorer.training.PretrainedClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "features", mixinStandardHelpOptions = true,
        description = {"The codes as features for a classifier: softmax regression (or one hidden layer) trained on the "
                + "model's codes, on the raw pixels and on as many principal components of the pixels as the code has "
                + "dimensions, with k labels per class drawn from the train split (seeded, stratified), scored on the "
                + "test split. One JSON line with the three accuracy curves."})
final class FeaturesCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec command;
    @Option(names = "--model", required = true, description = "model bundle (.zip)")
    Path model;
    @Option(names = "--dataset", description = "default: the dataset the model was trained on")
    String dataset;
    @Option(names = "--labels", defaultValue = "1,5,10,50,100,all",
            description = "labels per class, comma-separated, 'all' for every label (default: ${DEFAULT-VALUE})")
    String labels;
    @Option(names = "--hidden", defaultValue = "0", description = "hidden ReLU units, 0 for plain softmax regression, 0..1024 (default: ${DEFAULT-VALUE})")
    int hidden;
    @Option(names = "--pretrain-labels", paramLabel = "K",
            description = "also train the pretraining comparison on K labels per class: the model's encoder frozen and "
                    + "fine-tuned under a softmax head, against the same network from scratch")
    Integer pretrainLabels;
    @Option(names = "--pretrain-epochs", defaultValue = "30", description = "epochs of the pretraining comparison, 1..1000 (default: ${DEFAULT-VALUE})")
    int pretrainEpochs;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the label draw and the classifiers (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        int[] budgets = LabelBudget.parse(labels);
        ToolInputs.checkRange("--hidden", hidden, 0, 1024);
        ToolInputs.checkRange("--pretrain-epochs", pretrainEpochs, 1, 1000);
        if (pretrainLabels != null) ToolInputs.checkRange("--pretrain-labels", pretrainLabels, 1, 100_000);
        try (ModelService service = new ModelService()) {
            ModelService.Loaded loaded = Inputs.model(service, model);
            ImageDataset data = Inputs.datasetFor(loaded, dataset, model);
            if (data.train().count() == 0 || data.test().count() == 0) {
                throw new IllegalArgumentException(data.name() + " needs images in both splits (train to fit, test to score)");
            }
            float[][] trainCodes = service.encode(loaded.handle(), data.train()).join().codes();
            float[][] testCodes = service.encode(loaded.handle(), data.test()).join().codes();
            long start = System.nanoTime();
            FeatureComparison.Result r = FeatureComparison.run(
                    FeatureComparison.Inputs.of(trainCodes, testCodes, data.train(), data.test(), data.classNames().size()),
                    budgets, SoftmaxClassifier.Options.defaults(hidden, seed), seed, FeatureComparison.Progress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("model", model.toString());
            json.put("dataset", data.name());
            json.put("code_dimension", trainCodes[0].length);
            json.put("train_images", data.train().count());
            json.put("test_images", data.test().count());
            json.put("classifier", hidden == 0 ? "softmax regression" : "one hidden layer of " + hidden + " ReLU units");
            json.put("seed", seed);
            json.put("labels_per_class", Arrays.stream(budgets).mapToObj(LabelBudget::name).toList());
            json.put("labelled_examples", r.labelled());
            Map<String, Object> curves = new LinkedHashMap<>();
            for (FeatureComparison.Curve c : r.curves()) {
                Map<String, Object> curve = new LinkedHashMap<>();
                curve.put("dimension", c.dimension());
                curve.put("accuracy", ToolInputs.rounded(c.accuracy(), 4));
                curves.put(c.source().name().toLowerCase(Locale.ROOT), curve);
            }
            json.put("curves", curves);
            json.put("chance", Json.round(r.chance(), 4));
            json.put("seconds", Json.round(seconds, 2));
            if (pretrainLabels != null) json.put("pretraining", pretraining(service, loaded, data));
            command.commandLine().getOut().println(Json.line(json));
        }
        return 0;
    }

    private Map<String, Object> pretraining(ModelService service, ModelService.Loaded loaded, ImageDataset data) {
        int classes = data.classNames().size();
        int[] labelled = LabelBudget.draw(data.train().labels(), classes, pretrainLabels, seed);
        PretrainedClassifier.Config defaults = PretrainedClassifier.Config.defaults(seed);
        PretrainedClassifier.Config config = new PretrainedClassifier.Config(pretrainEpochs, defaults.batch(), defaults.learningRate(), true, seed);
        long start = System.nanoTime();
        PretrainedClassifier.Result r = service.pretrain(loaded.handle(), data.train(), labelled, data.test(), classes, config,
                PretrainedClassifier.Listener.NONE).join();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("labels_per_class", pretrainLabels);
        json.put("labelled_examples", r.labelled());
        json.put("epochs", pretrainEpochs);
        for (PretrainedClassifier.Run run : r.runs()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("accuracy", Json.round(run.accuracy(), 4));
            one.put("losses", ToolInputs.rounded(run.losses(), 4));
            one.put("encoder_shift", Json.round(run.encoderShift(), 6));
            json.put(run.variant().name().toLowerCase(Locale.ROOT), one);
        }
        json.put("seconds", Json.round((System.nanoTime() - start) / 1e9, 2));
        return json;
    }
}
