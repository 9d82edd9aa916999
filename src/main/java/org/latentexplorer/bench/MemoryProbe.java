package org.latentexplorer.bench;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.Preset;
import org.latentexplorer.training.TrainingCancelledException;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.training.TrainingProgress;
import org.latentexplorer.wall.Images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/** Resident memory over many decodes and train/cancel cycles: a leak shows as a slope, warm-up as a plateau. */
final class MemoryProbe {
    private static final long SEED = Benchmark.SEED;

    private MemoryProbe() {}

    static BenchReport.Memory measure(ModelService service, Preset preset, ImageDataset data, BenchOptions options,
                                      Consumer<String> log) throws IOException {
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
}
