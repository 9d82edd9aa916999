package org.latentexplorer.bench;

import org.latentexplorer.data.Assets;
import org.latentexplorer.data.DatasetLoader;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.Preset;
import org.latentexplorer.training.Presets;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.training.TrainingProgress;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The benchmark of issue 5: per preset, training throughput and final test loss, then the interactive paths
 * of the app ({@link InteractiveProbes}), how training and drawing cost grow ({@link WallFrames}), and
 * resident memory ({@link MemoryProbe}).
 */
public final class Benchmark {
    static final long SEED = 20_261_123L;

    private final BenchOptions options;
    private final Consumer<String> log;
    private final Map<String, ImageDataset> datasets = new HashMap<>();

    private Benchmark(BenchOptions options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    /** Runs the benchmark; {@code log} receives one line per stage (progress, for stderr). */
    public static BenchReport run(BenchOptions options, Consumer<String> log) throws IOException {
        return new Benchmark(options, log).run();
    }

    private BenchReport run() throws IOException {
        long start = System.nanoTime();
        double loadBefore = MachineInfo.loadAverage();
        List<BenchReport.PresetResult> results = new ArrayList<>();
        List<BenchReport.TrainGrowth> trainGrowth = new ArrayList<>();
        BenchReport.Memory memory = null;
        try (ModelService service = new ModelService()) {
            for (String name : options.presets()) {
                Optional<Preset> preset = Presets.find(name);
                if (preset.isEmpty()) {
                    log.accept(name + ": no such preset in this build, skipped");
                    results.add(new BenchReport.PresetResult(name, "skipped: no preset named " + name + " in this build",
                            null, null));
                    continue;
                }
                results.add(measurePreset(service, preset.get()));
            }
            if (!options.trainOnly() && options.growthPreset() != null) {
                Optional<Preset> preset = Presets.find(options.growthPreset());
                if (preset.isPresent()) trainGrowth.addAll(trainingGrowth(service, preset.get()));
                else log.accept("growth: no preset named " + options.growthPreset() + ", skipped");
            }
            if (!options.trainOnly() && options.memory()) {
                Optional<Preset> preset = options.presets().stream().map(Presets::find).flatMap(Optional::stream).findFirst();
                if (preset.isPresent()) memory = MemoryProbe.measure(service, preset.get(),
                        dataset(options.dataset(), options.limitTrain(), options.limitTest()), options, log);
            }
        }
        List<BenchReport.WallGrowth> wallGrowth = new ArrayList<>();
        if (!options.trainOnly()) {
            for (int points : options.growthWallPoints()) wallGrowth.add(WallFrames.growth(points, options, log));
        }
        BenchReport.Machine machine = new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), MachineInfo.cpuModel(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version"), MachineInfo.threadSettings(), loadBefore, MachineInfo.loadAverage());
        return new BenchReport(machine, results, trainGrowth, wallGrowth, memory, (System.nanoTime() - start) / 1e9);
    }

    // ------------------------------------------------------------------------------------------------ training

    private BenchReport.PresetResult measurePreset(ModelService service, Preset preset) throws IOException {
        ImageDataset data = dataset(options.dataset(), options.limitTrain(), options.limitTest());
        ModelSpec spec = preset.specFor(data);
        TrainingConfig base = preset.config();
        TrainingConfig config = options.epochs() == null ? base : base.withEpochs(options.epochs());
        if (options.seed() != null) config = config.withSeed(options.seed());
        log.accept(preset.name() + ": training " + config.epochs() + " epochs on " + data.train().count() + " "
                + data.name() + " images, batch " + config.batchSize());
        ModelHandle handle = service.create(spec, config.seed()).join();
        try {
            // How the run computed its steps (the last stage's, for a staged run), for the report.
            String[] method = {"none"};
            TrainingHistory history = service.train(handle, data.train(), data.test(), config, new TrainingProgress() {
                @Override public void methodChosen(String chosen) {
                    method[0] = chosen;
                }

                @Override public void epochFinished(TrainingHistory.Epoch e) {
                    log.accept(String.format(Locale.ROOT, "  epoch %d: %.3f s, train loss %.5g, test loss %.5g", e.epoch(),
                            e.seconds(), e.trainLoss(), e.testLoss()));
                }
            }, new TrainingHistory()).join();
            double[] seconds = history.epochs().stream().mapToDouble(TrainingHistory.Epoch::seconds).toArray();
            double median = Stats.median(seconds);
            ModelService.Evaluation eval = service.evaluate(handle, data.test()).join();
            BenchReport.Training training = new BenchReport.Training(data.name(), data.train().count(),
                    data.test().count(), config.batchSize(), config.epochs(), seconds, median,
                    data.train().count() / median, eval.loss(), eval.mse(), method[0]);
            BenchReport.Probes probes = options.trainOnly() ? null : InteractiveProbes.measure(service, handle, data, options, log);
            return new BenchReport.PresetResult(preset.name(), "", training, probes);
        } finally {
            service.release(handle).join();
        }
    }

    private List<BenchReport.TrainGrowth> trainingGrowth(ModelService service, Preset preset) throws IOException {
        List<BenchReport.TrainGrowth> rows = new ArrayList<>();
        ImageDataset full = dataset(options.growthDataset(), null, null);
        for (int size : options.growthTrainSizes()) {
            ImageDataset data = full.subset(size, 0);
            TrainingConfig config = preset.config().withEpochs(options.growthEpochs());
            log.accept("growth: " + preset.name() + " on " + data.train().count() + " " + data.name() + " images");
            ModelHandle handle = service.create(preset.specFor(data), config.seed()).join();
            try {
                TrainingHistory history = service.train(handle, data.train(), null, config, new TrainingProgress() {},
                        new TrainingHistory()).join();
                double median = Stats.median(history.epochs().stream().mapToDouble(TrainingHistory.Epoch::seconds).toArray());
                rows.add(new BenchReport.TrainGrowth(preset.name(), data.name(), data.train().count(),
                        config.batchSize(), config.epochs(), median, median * 1e6 / data.train().count()));
            } finally {
                service.release(handle).join();
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ImageDataset dataset(String name, Integer limitTrain, Integer limitTest) throws IOException {
        ImageDataset full = datasets.get(name);
        if (full == null) {
            full = DatasetLoader.load(Assets.resolveDataset(name));
            datasets.put(name, full);
        }
        return full.limitedTo(limitTrain, limitTest);
    }

}
