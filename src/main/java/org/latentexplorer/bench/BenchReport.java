package org.latentexplorer.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one benchmark run measured. Times are wall-clock; throughputs count training images per second
 * of the median epoch. {@link #toJson()} is one JSON object, {@link #toTable()} the human-readable form.
 */
public record BenchReport(Machine machine, List<PresetResult> presets, List<TrainGrowth> trainGrowth,
                          List<WallGrowth> wallGrowth, Memory memory, double seconds) {
    public BenchReport {
        presets = List.copyOf(presets);
        trainGrowth = List.copyOf(trainGrowth);
        wallGrowth = List.copyOf(wallGrowth);
    }

    /**
     * Where it ran. {@code loadBefore}/{@code loadAfter} are the 1-minute load averages: on a shared machine,
     * numbers taken under load are slower than the machine is.
     */
    public record Machine(int processors, String cpu, String date, String java, Map<String, String> threadSettings,
                          double loadBefore, double loadAfter) {}

    /** One preset: skipped (with the reason in {@code note}) or measured. */
    public record PresetResult(String preset, String note, Training training, Probes probes) {
        public boolean skipped() {
            return training == null;
        }
    }

    /**
     * @param path how the trainer ran the steps (compiled or imperative loss, optimizer path)
     */
    public record Training(String dataset, int trainImages, int testImages, int batchSize, int epochs,
                           double[] epochSeconds, double medianEpochSeconds, double imagesPerSecond, double testLoss,
                           double testMse, String path) {}

    public record Probes(int latentDim, Latency decode, Grid grid, Encode encode, Wall wall, HitTest hitTest) {}

    /** Decoding one latent point, from the request to ARGB pixels. */
    public record Latency(int count, double p50Ms, double p99Ms, double meanMs, double maxMs) {}

    /** An n×n terrain grid: one batched decode, then the tiles drawn as one ARGB picture (medians). */
    public record Grid(int side, double decodeMs, double drawMs, double totalMs) {}

    /** Encoding {@code images} images (codes and reconstruction errors), median of repeats. */
    public record Encode(int images, double seconds, double imagesPerSecond) {}

    /** Off-screen wall frames of {@code points} points (no terrain). */
    public record Wall(int points, int width, int height, int frames, double medianMs, double p90Ms) {}

    /** {@code PointIndex.nearest} within the app's hover radius, at random positions on the wall. */
    public record HitTest(int points, int queries, double radiusPixels, double meanMicros, double buildMs) {}

    public record TrainGrowth(String preset, String dataset, int trainImages, int batchSize, int epochs,
                              double medianEpochSeconds, double microsPerImage) {}

    /**
     * @param cachedMs    a frame where only the marks changed (the point layer is reused)
     * @param cpuMs       the median frame in CPU time of the painting thread (the work, without waiting for a core)
     * @param pointsDrawn points inside the view of the timed frames
     * @param hoverMicros mean hover hit-test over the visible wall, in µs
     */
    public record WallGrowth(int points, int frames, double medianMs, double microsPerPoint, double p90Ms, double cachedMs,
                             double cpuMs, int pointsDrawn, double hoverMicros) {}

    /**
     * Resident memory (VmRSS) after the first decodes, after all decodes, after train/cancel cycles, each read
     * after a full garbage collection; the JVM's committed heap at the same points tells Java heap growth from
     * native (MXNet) growth.
     */
    public record Memory(int firstDecodes, double rssAfterFirstMb, int decodes, double rssAfterDecodesMb, int cycles,
                         double rssAfterCyclesMb, double growthMb, double heapAfterFirstMb, double heapAfterCyclesMb) {}

    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().serializeNulls().create();

    public String toJson() {
        return GSON.toJson(this);
    }

    public String toTable() {
        StringBuilder sb = new StringBuilder();
        Machine m = machine;
        sb.append(String.format(Locale.ROOT, "Latent Explorer benchmark  %s  %d cores (%s)  %s%n", m.date(), m.processors(),
                m.cpu(), m.java()));
        sb.append(String.format(Locale.ROOT, "threads: %s  load (1 min) %.2f before, %.2f after  total %.1f s%n%n",
                m.threadSettings(), m.loadBefore(), m.loadAfter(), seconds));
        sb.append(String.format(Locale.ROOT, "%-14s %7s %5s %6s %9s %11s %10s %8s %8s%n", "training", "images", "batch",
                "epochs", "median s", "images/s", "test loss", "test MSE", ""));
        for (PresetResult p : presets) {
            if (p.skipped()) {
                sb.append(String.format(Locale.ROOT, "%-14s %s%n", p.preset(), p.note()));
                continue;
            }
            Training t = p.training();
            sb.append(String.format(Locale.ROOT, "%-14s %7d %5d %6d %9.3f %11.0f %10.5g %8.5f%n", p.preset(),
                    t.trainImages(), t.batchSize(), t.epochs(), t.medianEpochSeconds(), t.imagesPerSecond(), t.testLoss(),
                    t.testMse()));
        }
        for (PresetResult p : presets) {
            if (!p.skipped()) sb.append(String.format(Locale.ROOT, "  %s: %s%n", p.preset(), p.training().path()));
        }
        boolean anyProbes = presets.stream().anyMatch(p -> p.probes() != null);
        if (anyProbes) {
            sb.append(String.format(Locale.ROOT, "%n%-14s %9s %9s %12s %11s %12s %11s %11s%n", "model probes", "decode p50",
                    "p99 ms", "grid ms", "encode s", "(images)", "wall ms", "hit µs"));
            for (PresetResult p : presets) {
                Probes q = p.probes();
                if (q == null) continue;
                sb.append(String.format(Locale.ROOT, "%-14s %9.3f %9.3f %5.1f+%-6.1f %11.3f %12d %11.2f %11.3f%n",
                        p.preset(), q.decode().p50Ms(), q.decode().p99Ms(), q.grid().decodeMs(), q.grid().drawMs(),
                        q.encode().seconds(), q.encode().images(), q.wall().medianMs(), q.hitTest().meanMicros()));
            }
            PresetResult first = presets.stream().filter(p -> p.probes() != null).findFirst().orElseThrow();
            Probes q = first.probes();
            sb.append(String.format(Locale.ROOT, "  decode: %d single-point decodes, request to ARGB; grid: %d×%d decode + "
                            + "tiles; wall: %d points, %d×%d, median of %d frames; hit test: %d queries, %.0f px radius%n",
                    q.decode().count(), q.grid().side(), q.grid().side(), q.wall().points(), q.wall().width(),
                    q.wall().height(), q.wall().frames(), q.hitTest().queries(), q.hitTest().radiusPixels()));
        }
        if (!trainGrowth.isEmpty()) {
            TrainGrowth g0 = trainGrowth.get(0);
            sb.append(String.format(Locale.ROOT, "%ntraining cost vs training-set size (%s on %s, batch %d, median of %d epochs)%n",
                    g0.preset(), g0.dataset(), g0.batchSize(), g0.epochs()));
            sb.append(String.format(Locale.ROOT, "%10s %12s %14s%n", "images", "s / epoch", "µs / image"));
            for (TrainGrowth g : trainGrowth) {
                sb.append(String.format(Locale.ROOT, "%10d %12.3f %14.2f%n", g.trainImages(), g.medianEpochSeconds(),
                        g.microsPerImage()));
            }
        }
        if (!wallGrowth.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "%nwall frame vs point count (%d×%d, synthetic 10-class clusters)%n",
                    presets.stream().filter(p -> p.probes() != null).map(p -> p.probes().wall().width()).findFirst().orElse(0),
                    presets.stream().filter(p -> p.probes() != null).map(p -> p.probes().wall().height()).findFirst().orElse(0)));
            sb.append(String.format(Locale.ROOT, "%10s %10s %12s %8s %8s %14s %14s %10s%n", "points", "drawn", "median ms",
                    "p90 ms", "cpu ms", "µs / point", "marks-only ms", "hover µs"));
            for (WallGrowth g : wallGrowth) {
                sb.append(String.format(Locale.ROOT, "%10d %10d %12.2f %8.2f %8.2f %14.3f %14.2f %10.3f%n", g.points(),
                        g.pointsDrawn(), g.medianMs(), g.p90Ms(), g.cpuMs(), g.microsPerPoint(), g.cachedMs(), g.hoverMicros()));
            }
        }
        if (memory != null) {
            sb.append(String.format(Locale.ROOT, "%nmemory (VmRSS): %.0f MB after %d decodes, %.0f MB after %d, %.0f MB after %d "
                            + "train/cancel cycles: %+.0f MB (JVM heap committed %.0f → %.0f MB)%n", memory.rssAfterFirstMb(),
                    memory.firstDecodes(), memory.rssAfterDecodesMb(), memory.decodes(), memory.rssAfterCyclesMb(),
                    memory.cycles(), memory.growthMb(), memory.heapAfterFirstMb(), memory.heapAfterCyclesMb()));
        }
        return sb.toString();
    }
}
