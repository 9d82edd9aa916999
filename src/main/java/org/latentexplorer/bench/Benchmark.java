package org.latentexplorer.bench;

import org.latentexplorer.data.Assets;
import org.latentexplorer.data.DatasetLoader;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.engine.ThreadSettings;
import org.latentexplorer.latent.LatentGrid;
import org.latentexplorer.latent.PointIndex;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Projections;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.Preset;
import org.latentexplorer.training.Presets;
import org.latentexplorer.training.TrainingCancelledException;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.training.TrainingProgress;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Java2dSurface;
import org.latentexplorer.wall.Mosaic;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.Viewport;
import org.latentexplorer.wall.WallPainter;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallScenes;
import org.latentexplorer.wall.WallTheme;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The benchmark of issue 5: per preset, training throughput and final test loss, then the interactive paths
 * of the app measured as the app runs them (through {@link ModelService} on its engine thread, the wall painted
 * off-screen by the same {@link WallPainter}), and how training and drawing cost grow.
 */
public final class Benchmark {
    private static final int WARMUP_DECODES = 200;
    private static final int WARMUP_FRAMES = 20;
    /** The app's hover radius in pixels (GalleryWall.HIT_RADIUS). */
    private static final double HIT_RADIUS_PX = 6;
    private static final long SEED = 20_261_123L;

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
        double loadBefore = loadAverage();
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
                if (preset.isPresent()) memory = memoryProbe(service, preset.get());
            }
        }
        List<BenchReport.WallGrowth> wallGrowth = new ArrayList<>();
        if (!options.trainOnly()) {
            for (int points : options.growthWallPoints()) wallGrowth.add(wallGrowth(points));
        }
        BenchReport.Machine machine = new BenchReport.Machine(Runtime.getRuntime().availableProcessors(), cpuModel(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version"), threadSettings(), loadBefore, loadAverage());
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
            BenchReport.Probes probes = options.trainOnly() ? null : probes(service, handle, data);
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

    // ------------------------------------------------------------------------------------------------ probes

    private BenchReport.Probes probes(ModelService service, ModelHandle handle, ImageDataset data) {
        SplittableRandom random = new SplittableRandom(SEED);
        int dim = handle.spec().latentDim();

        // Encode: the test split, then training images, up to the requested count (distinct images).
        ImageSet images = firstImages(data, options.encodeImages());
        log.accept("  encode " + images.count() + " images");
        LatentCodes codes = service.encode(handle, images).join(); // also converts the images once, as the app does
        double[] encodeSeconds = new double[options.encodeRepeats()];
        for (int i = 0; i < encodeSeconds.length; i++) {
            long t = System.nanoTime();
            codes = service.encode(handle, images).join();
            encodeSeconds[i] = (System.nanoTime() - t) / 1e9;
        }
        double encodeMedian = Stats.median(encodeSeconds);
        BenchReport.Encode encode = new BenchReport.Encode(images.count(), encodeMedian, images.count() / encodeMedian);

        // Decode one point: request to pixels to ARGB, at codes the model actually produces.
        log.accept("  decode " + options.decodes() + " single points");
        for (int i = 0; i < WARMUP_DECODES; i++) {
            Images.greyArgb(service.decode(handle, codes.codes()[random.nextInt(codes.count())]).join());
        }
        double[] decodeMs = new double[options.decodes()];
        long sink = 0;
        for (int i = 0; i < decodeMs.length; i++) {
            float[] code = codes.codes()[random.nextInt(codes.count())].clone();
            for (int j = 0; j < code.length; j++) code[j] += (float) (random.nextGaussian() * 0.05);
            long t = System.nanoTime();
            int[] argb = Images.greyArgb(service.decode(handle, code).join());
            decodeMs[i] = (System.nanoTime() - t) / 1e6;
            sink += argb[argb.length / 2];
        }
        BenchReport.Latency decode = new BenchReport.Latency(decodeMs.length, Stats.percentile(decodeMs, 50),
                Stats.percentile(decodeMs, 99), Stats.mean(decodeMs), Stats.max(decodeMs));

        // Terrain grid over the central 98% of the codes' first two axes (others 0), as the app's terrain tool.
        double[] box = centralBox(codes, dim);
        int n = options.gridSide();
        LatentGrid grid = LatentGrid.box(n, box[0], box[1], box[2], box[3], dim);
        double[] gridDecode = new double[options.gridRepeats()], gridDraw = new double[options.gridRepeats()];
        Terrain terrain = null;
        for (int r = -2; r < gridDecode.length; r++) {
            long t = System.nanoTime();
            float[][] tiles = service.decodeMany(handle, grid.codes()).join();
            long t1 = System.nanoTime();
            terrain = Mosaic.terrain(tiles, n, data.height(), data.width(), grid.x0(), grid.x1(), grid.y0(), grid.y1());
            long t2 = System.nanoTime();
            if (r >= 0) {
                gridDecode[r] = (t1 - t) / 1e6;
                gridDraw[r] = (t2 - t1) / 1e6;
            }
        }
        sink += terrain.argb()[0];
        double[] gridTotal = new double[gridDecode.length];
        for (int i = 0; i < gridTotal.length; i++) gridTotal[i] = gridDecode[i] + gridDraw[i];
        BenchReport.Grid gridResult = new BenchReport.Grid(n, Stats.median(gridDecode), Stats.median(gridDraw),
                Stats.median(gridTotal));

        // The wall of those codes, as the render command and the app draw it.
        Projection projection = Projections.defaultFor(codes.codes(), codes.dimension());
        WallScene scene = WallScenes.of(codes, projection, data.classNames(), "benchmark",
                projection.label() + "  ·  " + codes.count() + " images");
        log.accept("  wall: " + options.frames() + " frames of " + scene.count() + " points");
        WallTiming wall = paintFrames(scene, options.frames());
        BenchReport.Wall wallResult = new BenchReport.Wall(scene.count(), options.wallWidth(), options.wallHeight(),
                options.frames(), wall.medianMs, wall.p90Ms);

        // Hover: the nearest point within the hover radius at random positions of the visible wall.
        long b0 = System.nanoTime();
        PointIndex index = new PointIndex(scene.xs(), scene.ys());
        double buildMs = (System.nanoTime() - b0) / 1e6;
        Viewport vp = wall.viewport;
        double radius = HIT_RADIUS_PX / vp.pixelsPerUnit();
        int queries = options.hitQueries();
        double[] qx = new double[queries], qy = new double[queries];
        for (int i = 0; i < queries; i++) {
            qx[i] = vp.minX() + random.nextDouble() * (vp.maxX() - vp.minX());
            qy[i] = vp.minY() + random.nextDouble() * (vp.maxY() - vp.minY());
        }
        for (int i = 0; i < Math.min(queries, 20_000); i++) sink += index.nearest(qx[i], qy[i], radius);
        long h0 = System.nanoTime();
        for (int i = 0; i < queries; i++) sink += index.nearest(qx[i], qy[i], radius);
        double meanMicros = (System.nanoTime() - h0) / 1e3 / queries;
        BenchReport.HitTest hit = new BenchReport.HitTest(scene.count(), queries, HIT_RADIUS_PX, meanMicros, buildMs);
        if (sink == 42) log.accept(""); // keeps the JIT from discarding the measured work
        return new BenchReport.Probes(dim, decode, gridResult, encode, wallResult, hit);
    }

    private record WallTiming(double medianMs, double p90Ms, Viewport viewport) {}

    private WallTiming paintFrames(WallScene scene, int frames) {
        double[] b = scene.robustBounds();
        Viewport vp = Viewport.fit(b[0], b[1], b[2], b[3], options.wallWidth(), options.wallHeight(), 40);
        BufferedImage image = new BufferedImage(options.wallWidth(), options.wallHeight(), BufferedImage.TYPE_INT_ARGB);
        Java2dSurface surface = new Java2dSurface(image);
        WallPainter painter = new WallPainter();
        try {
            for (int i = 0; i < WARMUP_FRAMES; i++) painter.paint(surface, scene, vp, WallTheme.DEFAULT, null);
            double[] ms = new double[frames];
            for (int i = 0; i < frames; i++) {
                // A slightly different view each frame, as while dragging.
                Viewport frame = vp.panByPixels(i % 7 - 3, i % 5 - 2);
                long t = System.nanoTime();
                painter.paint(surface, scene, frame, WallTheme.DEFAULT, null);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            return new WallTiming(Stats.median(ms), Stats.percentile(ms, 90), vp);
        } finally {
            surface.dispose();
        }
    }

    private BenchReport.WallGrowth wallGrowth(int points) {
        SplittableRandom random = new SplittableRandom(SEED + points);
        double[] xs = new double[points], ys = new double[points];
        int[] labels = new int[points];
        for (int i = 0; i < points; i++) {
            int c = i % 10;
            double angle = 2 * Math.PI * c / 10;
            xs[i] = 3 * Math.cos(angle) + random.nextGaussian() * 0.7;
            ys[i] = 3 * Math.sin(angle) + random.nextGaussian() * 0.7;
            labels[i] = c;
        }
        List<String> classes = new ArrayList<>();
        for (int c = 0; c < 10; c++) classes.add(Integer.toString(c));
        WallScene scene = new WallScene(xs, ys, labels, classes, points + " synthetic points", "x", "y", -1, null, "growth");
        int frames = Math.max(10, points > 20_000 ? options.frames() / 2 : options.frames());
        log.accept("wall growth: " + frames + " frames of " + points + " points");
        WallTiming t = paintFrames(scene, frames);
        return new BenchReport.WallGrowth(points, frames, t.medianMs, t.medianMs * 1e3 / points);
    }

    // ------------------------------------------------------------------------------------------------ memory

    private BenchReport.Memory memoryProbe(ModelService service, Preset preset) throws IOException {
        ImageDataset data = dataset(options.dataset(), options.limitTrain(), options.limitTest());
        TrainingConfig config = preset.config().withEpochs(1);
        ModelHandle handle = service.create(preset.specFor(data), config.seed()).join();
        try {
            SplittableRandom random = new SplittableRandom(SEED);
            int dim = handle.spec().latentDim();
            int first = Math.min(1000, options.memoryDecodes());
            log.accept("memory: " + options.memoryDecodes() + " decodes, then 3 train/cancel cycles");
            decodeRandom(service, handle, random, dim, first);
            settle();
            double rssFirst = residentMb();
            double heapFirst = heapCommittedMb();
            // Readings on the way show whether growth is a one-time warm-up (a plateau) or a leak (a slope).
            int done = first;
            for (int checkpoint : new int[] {5_000, 20_000, 50_000}) {
                if (checkpoint >= options.memoryDecodes()) break;
                decodeRandom(service, handle, random, dim, checkpoint - done);
                done = checkpoint;
                settle();
                log.accept(String.format(Locale.ROOT, "  after %,d decodes: %.0f MB resident", done, residentMb()));
            }
            decodeRandom(service, handle, random, dim, options.memoryDecodes() - done);
            settle();
            double rssDecodes = residentMb();
            int cycles = 3;
            for (int c = 0; c < cycles; c++) {
                int stopAfter = 20;
                try {
                    service.train(handle, data.train(), data.test(), config, new TrainingProgress() {
                        int batches;

                        @Override public void batchFinished(int epoch, int batch, int perEpoch, double loss) {
                            batches++;
                        }

                        @Override public boolean cancelRequested() {
                            return batches >= stopAfter;
                        }
                    }, new TrainingHistory()).join();
                } catch (CompletionException e) {
                    if (!(e.getCause() instanceof TrainingCancelledException)) throw e;
                }
                settle();
                log.accept(String.format(Locale.ROOT, "  after train/cancel cycle %d: %.0f MB resident", c + 1, residentMb()));
            }
            settle();
            double rssCycles = residentMb();
            return new BenchReport.Memory(first, rssFirst, options.memoryDecodes(), rssDecodes, cycles, rssCycles,
                    Math.max(rssDecodes, rssCycles) - rssFirst, heapFirst, heapCommittedMb());
        } finally {
            service.release(handle).join();
        }
    }

    private static void decodeRandom(ModelService service, ModelHandle handle, SplittableRandom random, int dim, int count) {
        for (int i = 0; i < count; i++) {
            float[] code = new float[dim];
            for (int j = 0; j < dim; j++) code[j] = (float) random.nextGaussian();
            Images.greyArgb(service.decode(handle, code).join());
        }
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

    /** The test split, then training images, up to {@code count} images. */
    static ImageSet firstImages(ImageDataset data, int count) {
        ImageSet test = data.test(), train = data.train();
        int fromTest = Math.min(count, test.count()), fromTrain = Math.min(count - fromTest, train.count());
        if (fromTrain == 0) return test.head(fromTest);
        int size = test.imageSize();
        byte[] pixels = Arrays.copyOf(test.pixels(), (fromTest + fromTrain) * size);
        System.arraycopy(train.pixels(), 0, pixels, fromTest * size, fromTrain * size);
        int[] labels = Arrays.copyOf(test.labels(), fromTest + fromTrain);
        System.arraycopy(train.labels(), 0, labels, fromTest, fromTrain);
        return new ImageSet(pixels, labels, test.channels(), test.height(), test.width());
    }

    /** [x0, x1, y0, y1]: the 1st to 99th percentile of the codes on the first two axes (y = x for one axis). */
    private static double[] centralBox(LatentCodes codes, int dim) {
        double[] x = new double[codes.count()], y = new double[codes.count()];
        for (int i = 0; i < x.length; i++) {
            x[i] = codes.codes()[i][0];
            y[i] = dim > 1 ? codes.codes()[i][1] : x[i];
        }
        double x0 = Stats.percentile(x, 1), x1 = Stats.percentile(x, 99), y0 = Stats.percentile(y, 1), y1 = Stats.percentile(y, 99);
        if (!(x1 > x0)) x1 = x0 + 1;
        if (!(y1 > y0)) y1 = y0 + 1;
        return new double[] {x0, x1, y0, y1};
    }

    static double residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / (1024.0 * 1024.0);
    }

    /**
     * A full collection before reading memory, so a reading shows what is retained (a leak) rather than how far
     * the collector happened to let the heap grow since its last cycle.
     */
    private static void settle() {
        System.gc();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static double heapCommittedMb() {
        return Runtime.getRuntime().totalMemory() / (1024.0 * 1024.0);
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).trim();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    /** The settings that decide how many threads MXNet and the trainer use, as this process sees them. */
    static Map<String, String> threadSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : List.of("OMP_NUM_THREADS", "MXNET_CPU_WORKER_NTHREADS", "MXNET_ENGINE_TYPE", "OPENBLAS_NUM_THREADS")) {
            String value = ThreadSettings.current(name);
            settings.put(name, value == null ? "unset" : value);
        }
        for (String name : List.of("latent.train.compiled", "latent.train.fused", "latent.train.lazyLoss")) {
            String value = System.getProperty(name);
            if (value != null) settings.put(name, value);
        }
        return settings;
    }
}
