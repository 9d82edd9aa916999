package org.latentexplorer.bench;

import org.latentexplorer.latent.PointIndex;
import org.latentexplorer.wall.Java2dSurface;
import org.latentexplorer.wall.Viewport;
import org.latentexplorer.wall.WallPainter;
import org.latentexplorer.wall.WallScene;
import org.latentexplorer.wall.WallTheme;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Wall frames painted off-screen by the app's {@link WallPainter} on a {@link Java2dSurface}, and hover
 * hit-tests through the app's {@link PointIndex}: at the encoded codes, and against point count.
 */
final class WallFrames {
    private static final int WARMUP_FRAMES = 20;
    /** The app's hover radius in pixels (GalleryWall.HIT_RADIUS). */
    static final double HIT_RADIUS_PX = 6;

    private WallFrames() {}

    /**
     * @param medianMs a frame while the view moves (panned a few pixels each frame, as while dragging)
     * @param cachedMs a frame while it stands and only the marks change (a click selecting another point)
     * @param cpuMs    the moving frame's median in CPU time of the painting thread: on a shared machine, the
     *                 work without the waits for a core
     * @param pointsDrawn points inside the last frame's view
     */
    record Timing(double medianMs, double p90Ms, double cachedMs, double cpuMs, int pointsDrawn, Viewport viewport) {}

    static Timing paint(WallScene scene, int frames, int width, int height) {
        double[] b = scene.robustBounds();
        Viewport vp = Viewport.fit(b[0], b[1], b[2], b[3], width, height, 40);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Java2dSurface surface = new Java2dSurface(image);
        WallPainter painter = new WallPainter();
        try {
            for (int i = 0; i < WARMUP_FRAMES; i++) painter.paint(surface, scene, vp.panByPixels(i % 3, 0), WallTheme.DEFAULT, null);
            double[] ms = new double[frames], cpu = new double[frames];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            Viewport frame = vp;
            for (int i = 0; i < frames; i++) {
                frame = vp.panByPixels(i % 7 - 3, i % 5 - 2);
                long c = threads.getCurrentThreadCpuTime(), t = System.nanoTime();
                painter.paint(surface, scene, frame, WallTheme.DEFAULT, null);
                ms[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
            double[] cached = new double[Math.max(1, frames / 2)];
            for (int i = 0; i < cached.length; i++) {
                WallScene selected = scene.withSelected(scene.count() == 0 ? -1 : i % scene.count());
                long t = System.nanoTime();
                painter.paint(surface, selected, frame, WallTheme.DEFAULT, null);
                cached[i] = (System.nanoTime() - t) / 1e6;
            }
            return new Timing(Stats.median(ms), Stats.percentile(ms, 90), Stats.median(cached), Stats.median(cpu),
                    inView(scene, frame), vp);
        } finally {
            surface.dispose();
        }
    }

    private static int inView(WallScene scene, Viewport vp) {
        int n = 0;
        for (int i = 0; i < scene.count(); i++) {
            double x = scene.xs()[i], y = scene.ys()[i];
            if (x >= vp.minX() && x <= vp.maxX() && y >= vp.minY() && y <= vp.maxY()) n++;
        }
        return n;
    }

    /** The nearest point within the hover radius at {@code queries} random positions of the visible wall. */
    static BenchReport.HitTest hitTest(WallScene scene, Viewport vp, int queries, SplittableRandom random) {
        long b0 = System.nanoTime();
        PointIndex index = new PointIndex(scene.xs(), scene.ys());
        double buildMs = (System.nanoTime() - b0) / 1e6;
        double radius = HIT_RADIUS_PX / vp.pixelsPerUnit();
        double[] qx = new double[queries], qy = new double[queries];
        for (int i = 0; i < queries; i++) {
            qx[i] = vp.minX() + random.nextDouble() * (vp.maxX() - vp.minX());
            qy[i] = vp.minY() + random.nextDouble() * (vp.maxY() - vp.minY());
        }
        long sink = 0;
        for (int i = 0; i < Math.min(queries, 20_000); i++) sink += index.nearest(qx[i], qy[i], radius);
        long h0 = System.nanoTime();
        for (int i = 0; i < queries; i++) sink += index.nearest(qx[i], qy[i], radius);
        double meanMicros = (System.nanoTime() - h0) / 1e3 / queries;
        // Reading the sum keeps the JIT from discarding the measured work.
        return new BenchReport.HitTest(scene.count(), queries + (sink == Long.MIN_VALUE ? 1 : 0), HIT_RADIUS_PX, meanMicros, buildMs);
    }

    /** A frame and a hover over {@code points} synthetic points in ten Gaussian clusters. */
    static BenchReport.WallGrowth growth(int points, BenchOptions options, Consumer<String> log) {
        SplittableRandom random = new SplittableRandom(Benchmark.SEED + points);
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
        Timing t = paint(scene, frames, options.wallWidth(), options.wallHeight());
        BenchReport.HitTest hover = hitTest(scene, t.viewport(), options.hitQueries(), random);
        return new BenchReport.WallGrowth(points, frames, t.medianMs(), t.medianMs() * 1e3 / points, t.p90Ms(),
                t.cachedMs(), t.cpuMs(), t.pointsDrawn(), hover.meanMicros());
    }
}
