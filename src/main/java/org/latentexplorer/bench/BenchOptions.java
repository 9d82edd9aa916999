package org.latentexplorer.bench;

import java.util.List;

/**
 * What {@link Benchmark} measures and how much. {@link #defaults()} is the full benchmark of issue 5; tests use
 * tiny sizes.
 *
 * @param presets          recipes to measure, by name; names this build does not have are reported as skipped
 * @param epochs           training epochs per preset, or null for each recipe's own
 * @param dataset          dataset for training and probes (bundled name or folder)
 * @param limitTrain       use at most this many training images (null: all)
 * @param limitTest        use at most this many test images (null: all)
 * @param trainOnly        measure training only (no decode, encode, wall probes)
 * @param decodes          single-point decodes timed for the latency percentiles (≥ 2,000 in the full benchmark)
 * @param gridSide         the terrain grid is gridSide × gridSide decodes
 * @param gridRepeats      timed terrain grids (median reported)
 * @param encodeImages     images encoded for the encode probe and drawn on the wall (test split first, then train)
 * @param encodeRepeats    timed encodes (median reported)
 * @param frames           timed wall frames (median reported; ≥ 100 in the full benchmark)
 * @param wallWidth        off-screen wall width in pixels
 * @param wallHeight       off-screen wall height in pixels
 * @param hitQueries       random hover queries for the hit-test mean
 * @param growthPreset     recipe for the training-growth table (null: no training growth)
 * @param growthDataset    dataset for the training-growth table
 * @param growthTrainSizes training-set sizes for the training-growth table
 * @param growthEpochs     epochs per size (median epoch reported)
 * @param growthWallPoints point counts for the wall-growth table (empty: none)
 * @param memory           also run the memory probe (decodes, then train/cancel cycles)
 * @param memoryDecodes    decodes in the memory probe (100,000 in the full benchmark)
 * @param seed             training seed for every preset, or null for each recipe's own
 */
public record BenchOptions(List<String> presets, Integer epochs, String dataset, Integer limitTrain, Integer limitTest,
                           boolean trainOnly, int decodes, int gridSide, int gridRepeats, int encodeImages,
                           int encodeRepeats, int frames, int wallWidth, int wallHeight, int hitQueries,
                           String growthPreset, String growthDataset, List<Integer> growthTrainSizes, int growthEpochs,
                           List<Integer> growthWallPoints, boolean memory, int memoryDecodes, Long seed) {
    /** The presets issue 5 sets targets for, in the order the report lists them. */
    public static final List<String> DEFAULT_PRESETS = List.of("course-mlp-3d", "vae-mlp-2d", "conv-ae-2d");

    public BenchOptions {
        presets = List.copyOf(presets);
        growthTrainSizes = List.copyOf(growthTrainSizes);
        growthWallPoints = List.copyOf(growthWallPoints);
        if (epochs != null && epochs < 1) throw new IllegalArgumentException("epochs must be ≥ 1, was " + epochs);
        if (decodes < 1 || gridSide < 1 || gridRepeats < 1 || encodeImages < 1 || encodeRepeats < 1 || frames < 1
                || hitQueries < 1 || growthEpochs < 1 || memoryDecodes < 1) {
            throw new IllegalArgumentException("counts must be positive");
        }
        if (wallWidth < 64 || wallHeight < 64) throw new IllegalArgumentException("the wall must be at least 64×64");
    }

    /** The full benchmark: the presets and sizes. */
    public static BenchOptions defaults() {
        return new BenchOptions(DEFAULT_PRESETS, null, "mnist", null, null, false, 2000, 20, 20, 10_000, 5, 120,
                1200, 800, 200_000, "course-mlp-3d", "fashion-mnist", List.of(2000, 8000, 60_000), 2,
                List.of(1000, 10_000, 70_000), false, 100_000, null);
    }

    public BenchOptions withPresets(List<String> names) {
        return new BenchOptions(names, epochs, dataset, limitTrain, limitTest, trainOnly, decodes, gridSide, gridRepeats,
                encodeImages, encodeRepeats, frames, wallWidth, wallHeight, hitQueries, growthPreset, growthDataset,
                growthTrainSizes, growthEpochs, growthWallPoints, memory, memoryDecodes, seed);
    }
}
