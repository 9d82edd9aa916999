package org.latentexplorer.cli;

import org.latentexplorer.bench.BenchOptions;
import org.latentexplorer.bench.BenchReport;
import org.latentexplorer.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure training throughput and the app's interactive paths (decode latency, terrain grid, "
                + "encoding, wall frames, hover), and how training and drawing cost grow. A table on stdout, or one "
                + "JSON object with --json; progress on stderr. See docs/performance.md.",
                "Thread settings come from the environment (OMP_NUM_THREADS, MXNET_CPU_WORKER_NTHREADS) and are reported."})
final class BenchCommand implements Callable<Integer> {
    @Spec picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--preset", description = "a recipe to measure; repeat for several (default: course-mlp-3d, "
            + "vae-mlp-2d, conv-ae-2d; names this build lacks are reported as skipped)")
    List<String> presets;
    @Option(names = "--epochs", description = "training epochs per preset (default: each recipe's own)")
    Integer epochs;
    @Option(names = "--dataset", defaultValue = "mnist", description = "dataset for training and probes (default: ${DEFAULT-VALUE})")
    String dataset;
    @Option(names = "--limit-train", description = "use only the first N training images")
    Integer limitTrain;
    @Option(names = "--limit-test", description = "use only the first N test images")
    Integer limitTest;
    @Option(names = "--json", description = "print one JSON object instead of the table")
    boolean json;
    @Option(names = "--train-only", description = "measure training only (for thread-setting probes)")
    boolean trainOnly;
    @Option(names = "--decodes", defaultValue = "2000", description = "timed single-point decodes (default: ${DEFAULT-VALUE})")
    int decodes;
    @Option(names = "--frames", defaultValue = "120", description = "timed wall frames (default: ${DEFAULT-VALUE})")
    int frames;
    @Option(names = "--no-growth", description = "skip the training-growth and wall-growth tables")
    boolean noGrowth;
    @Option(names = "--growth-sizes", split = ",", defaultValue = "2000,8000,60000",
            description = "training-set sizes for the growth table (default: ${DEFAULT-VALUE})")
    List<Integer> growthSizes;
    @Option(names = "--growth-dataset", defaultValue = "fashion-mnist", description = "(default: ${DEFAULT-VALUE})")
    String growthDataset;
    @Option(names = "--growth-preset", defaultValue = "course-mlp-3d", description = "(default: ${DEFAULT-VALUE})")
    String growthPreset;
    @Option(names = "--growth-epochs", defaultValue = "2", description = "epochs per growth size (default: ${DEFAULT-VALUE})")
    int growthEpochs;
    @Option(names = "--wall-points", split = ",", defaultValue = "1000,10000,70000",
            description = "point counts for the wall-growth table (default: ${DEFAULT-VALUE})")
    List<Integer> wallPoints;
    @Option(names = "--memory", description = "also measure resident memory over 100,000 decodes and 3 train/cancel cycles")
    boolean memory;
    @Option(names = "--memory-decodes", defaultValue = "100000", description = "(default: ${DEFAULT-VALUE})")
    int memoryDecodes;
    @Option(names = "--seed", description = "training seed for every preset (default: each recipe's own)")
    Long seed;

    @Override
    public Integer call() throws Exception {
        BenchOptions d = BenchOptions.defaults();
        BenchOptions options = new BenchOptions(presets == null || presets.isEmpty() ? d.presets() : presets, epochs,
                dataset, limitTrain, limitTest, trainOnly, decodes, d.gridSide(), d.gridRepeats(), d.encodeImages(),
                d.encodeRepeats(), frames, d.wallWidth(), d.wallHeight(), d.hitQueries(),
                noGrowth ? null : growthPreset, growthDataset, noGrowth ? List.of() : growthSizes, growthEpochs,
                noGrowth ? List.of() : wallPoints, memory, memoryDecodes, seed);
        var err = command.commandLine().getErr();
        BenchReport report = Benchmark.run(options, line -> {
            err.println(line);
            err.flush();
        });
        var out = command.commandLine().getOut();
        out.print(json ? report.toJson() + System.lineSeparator() : report.toTable());
        out.flush();
        return 0;
    }
}
