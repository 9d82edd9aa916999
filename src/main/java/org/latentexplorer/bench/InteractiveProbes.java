package org.latentexplorer.bench;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.latent.LatentGrid;
import org.latentexplorer.latent.Projection;
import org.latentexplorer.latent.Projections;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Mosaic;
import org.latentexplorer.wall.Terrain;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallScenes;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The interactive paths of the app on one trained model, measured as the app runs them (through
 * {@link ModelService} on its engine thread): encode, decode one point, the terrain grid, the wall frame, hover.
 */
final class InteractiveProbes {
    private static final int WARMUP_DECODES = 200;

    private InteractiveProbes() {}

    static BenchReport.Probes measure(ModelService service, ModelHandle handle, ImageDataset data, BenchOptions options,
                                      Consumer<String> log) {
        SplittableRandom random = new SplittableRandom(Benchmark.SEED);
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
        WallFrames.Timing wall = WallFrames.paint(scene, options.frames(), options.wallWidth(), options.wallHeight());
        BenchReport.Wall wallResult = new BenchReport.Wall(scene.count(), options.wallWidth(), options.wallHeight(),
                options.frames(), wall.medianMs(), wall.p90Ms());
        BenchReport.HitTest hit = WallFrames.hitTest(scene, wall.viewport(), options.hitQueries(), random);
        if (sink == 42) log.accept(""); // keeps the JIT from discarding the measured work
        return new BenchReport.Probes(dim, decode, gridResult, encode, wallResult, hit);
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
}
