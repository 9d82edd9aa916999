package org.latentexplorer.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark at tiny sizes: it runs end to end and reports sane numbers. Not a performance test. */
class BenchSmokeTest {
    private static BenchReport report;

    @BeforeAll
    static void run() throws Exception {
        BenchOptions options = new BenchOptions(List.of("vae-mlp-2d", "no-such-preset"), 1, "mnist", 600, 200, false,
                50, 4, 2, 300, 2, 5, 320, 240, 2000, "course-mlp-3d", "mnist", List.of(200, 400), 2,
                List.of(100, 70_000), true, 300, null);
        report = Benchmark.run(options, line -> { });
    }

    private static boolean positive(double v) {
        return Double.isFinite(v) && v > 0;
    }

    @Test
    void measuresThePresetAndSkipsAMissingOne() {
        assertEquals(2, report.presets().size());
        BenchReport.PresetResult missing = report.presets().get(1);
        assertTrue(missing.skipped());
        assertTrue(missing.note().contains("no-such-preset"), missing.note());
        assertNull(missing.probes());

        BenchReport.PresetResult vae = report.presets().get(0);
        assertFalse(vae.skipped());
        BenchReport.Training t = vae.training();
        assertEquals(600, t.trainImages());
        assertEquals(128, t.batchSize(), "the recipe's batch size");
        assertEquals(1, t.epochs());
        assertEquals(1, t.epochSeconds().length);
        assertTrue(positive(t.medianEpochSeconds()) && positive(t.imagesPerSecond()), t.toString());
        assertEquals(t.trainImages() / t.medianEpochSeconds(), t.imagesPerSecond(), 1e-6);
        assertTrue(positive(t.testLoss()) && positive(t.testMse()) && t.testMse() < 1, t.toString());
        assertFalse(t.path().isBlank());
    }

    @Test
    void probesReportOrderedPositiveTimes() {
        BenchReport.Probes p = report.presets().get(0).probes();
        assertNotNull(p);
        assertEquals(2, p.latentDim());
        BenchReport.Latency d = p.decode();
        assertEquals(50, d.count());
        assertTrue(positive(d.p50Ms()) && d.p50Ms() <= d.p99Ms() && d.p99Ms() <= d.maxMs(), d.toString());
        assertTrue(d.meanMs() <= d.maxMs(), d.toString());
        assertEquals(4, p.grid().side());
        assertTrue(positive(p.grid().decodeMs()) && positive(p.grid().drawMs()), p.grid().toString());
        assertTrue(p.grid().totalMs() >= Math.max(p.grid().decodeMs(), p.grid().drawMs()) - 1e-9, p.grid().toString());
        assertEquals(300, p.encode().images(), "200 test images, then 100 training images");
        assertTrue(positive(p.encode().seconds()) && positive(p.encode().imagesPerSecond()), p.encode().toString());
        assertEquals(300, p.wall().points());
        assertTrue(positive(p.wall().medianMs()) && p.wall().medianMs() <= p.wall().p90Ms(), p.wall().toString());
        assertTrue(positive(p.hitTest().meanMicros()), p.hitTest().toString());
    }

    @Test
    void growthTablesHaveOneRowPerSize() {
        assertEquals(List.of(200, 400), report.trainGrowth().stream().map(BenchReport.TrainGrowth::trainImages).toList());
        report.trainGrowth().forEach(g -> assertTrue(positive(g.medianEpochSeconds()) && positive(g.microsPerImage()), g.toString()));
        assertEquals(List.of(100, 70_000), report.wallGrowth().stream().map(BenchReport.WallGrowth::points).toList());
        report.wallGrowth().forEach(g -> assertTrue(positive(g.medianMs()) && g.medianMs() <= g.p90Ms() && positive(g.cpuMs())
                && positive(g.cachedMs()) && positive(g.hoverMicros()), g.toString()));
    }

    @Test
    void theSeventyThousandPointFrameDrawsThemAll() {
        BenchReport.WallGrowth full = report.wallGrowth().get(1);
        assertEquals(10, full.frames(), "at least 10 frames, half the frames asked for above 20,000 points");
        // The synthetic clusters fit the view (its robust bounds keep the central 99%): nearly all are drawn.
        assertTrue(full.pointsDrawn() > 69_000 && full.pointsDrawn() <= 70_000, full.toString());
        assertEquals(full.medianMs() * 1e3 / 70_000, full.microsPerPoint(), 1e-9);
    }

    @Test
    void memoryProbeReadsResidentMemory() {
        BenchReport.Memory m = report.memory();
        assertNotNull(m);
        assertEquals(300, m.decodes());
        assertEquals(3, m.cycles());
        assertTrue(positive(m.rssAfterFirstMb()) && positive(m.rssAfterCyclesMb()), m.toString());
    }

    @Test
    void jsonAndTableCarryTheNumbers() {
        JsonObject json = JsonParser.parseString(report.toJson()).getAsJsonObject();
        assertEquals(2, json.getAsJsonArray("presets").size());
        double ips = json.getAsJsonArray("presets").get(0).getAsJsonObject().getAsJsonObject("training")
                .get("imagesPerSecond").getAsDouble();
        assertEquals(report.presets().get(0).training().imagesPerSecond(), ips, 1e-9);
        assertTrue(json.getAsJsonObject("machine").get("processors").getAsInt() >= 1);
        String table = report.toTable();
        assertTrue(table.contains("vae-mlp-2d") && table.contains("no-such-preset") && table.contains("images/s"), table);
    }

    @Test
    void statsUseNumpyMedianAndNearestRankPercentiles() {
        assertEquals(2.5, Stats.median(new double[] {4, 1, 3, 2}));
        assertEquals(3, Stats.median(new double[] {5, 1, 3}));
        double[] hundred = new double[100];
        for (int i = 0; i < 100; i++) hundred[i] = 100 - i;
        assertEquals(50, Stats.percentile(hundred, 50));
        assertEquals(99, Stats.percentile(hundred, 99));
        assertEquals(100, Stats.percentile(hundred, 100));
    }
}
