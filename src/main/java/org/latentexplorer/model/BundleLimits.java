package org.latentexplorer.model;

/**
 * What a model bundle may hold, checked before anything is allocated for it. Each limit is far above what the
 * course's recipes need and far below what would exhaust a 512 MiB heap or take seconds to refuse.
 */
public final class BundleLimits {
    /** model.json of the bundled models is 3–5 KB; 1,000 epochs of history add about 150 KB. */
    static final int MAX_SPEC_BYTES = 1 << 20;
    /** The largest recipe has about 1.1 M parameters; 16 M (64 MiB of float32) leaves 15× room. */
    public static final long MAX_PARAMETERS = 16_000_000;
    /** DJL's stream adds names, shapes and block metadata: a few KB for any model within the other limits. */
    static final int MAX_PARAMETER_OVERHEAD_BYTES = 1 << 20;
    /** parameters.bin: the values plus DJL's headers. */
    public static final long MAX_PARAMETERS_BYTES = 4 * MAX_PARAMETERS + MAX_PARAMETER_OVERHEAD_BYTES;
    /** Entries other than the two the app reads are skipped, but their bytes still count (zip bombs). */
    static final long MAX_TOTAL_BYTES = MAX_SPEC_BYTES + MAX_PARAMETERS_BYTES + (1 << 20);
    /** The app writes 2 entries; a few more (a README added by hand) are tolerated. */
    static final int MAX_ENTRIES = 16;
    /** model.json nests 4 deep ({spec:{sparsity:{…}}} and history rows); 16 refuses pathological nesting early. */
    static final int MAX_JSON_DEPTH = 16;
    /** Every string the app writes is a short id, a class name or the settings line (a few hundred chars). */
    static final int MAX_STRING_CHARS = 4_096;
    /** Dense widths of the recipes go up to 1,000; 16,384 is 16×, and still bounded by MAX_PARAMETERS. */
    public static final int MAX_LAYER_WIDTH = 16_384;
    /** Recipes stack at most 4 hidden layers; 16 keeps layer-wise training and loading to seconds. */
    public static final int MAX_HIDDEN_LAYERS = 16;
    /** The course's conv recipes use 2–3 convolutions; each halves the image at most, so 8 is plenty. */
    static final int MAX_CONV_LAYERS = 8;
    /** Filters per convolution: the recipes use up to 64. */
    static final int MAX_FILTERS = 1_024;
    /** Latent sizes of the course go up to 64 (the wall shows 2–3, projections handle more). */
    public static final int MAX_LATENT = 4_096;
    /** MNIST-like datasets are 28×28; 512 per side leaves room for larger pictures. */
    static final int MAX_IMAGE_SIDE = 512;
    /** Datasets name at most a few dozen classes. */
    static final int MAX_CLASSES = 1_000;
    /** Epochs in a stored history (the chart and timeline replay them all). */
    static final int MAX_HISTORY_EPOCHS = 100_000;

    private BundleLimits() {}

    /** Refuses a spec too large to build ({@link #MAX_PARAMETERS}), before any engine work. */
    public static void checkBuildable(ModelSpec spec) {
        long bound = parameterBound(spec);
        if (spec.latentDim() > MAX_LATENT || spec.hidden().size() > MAX_HIDDEN_LAYERS || bound > MAX_PARAMETERS
                || spec.hidden().stream().anyMatch(h -> h > MAX_LAYER_WIDTH)) {
            throw new org.latentexplorer.data.BadValueException("value.modelTooLarge", spec.describe(), bound, MAX_PARAMETERS,
                    MAX_LATENT, MAX_HIDDEN_LAYERS, MAX_LAYER_WIDTH);
        }
    }

    /**
     * An upper bound on the parameter count of {@code spec}, from its sizes alone (no network is built): encoder
     * and decoder of the same widths, LSTM gates counted, the dense layers after convolutions sized by the feature
     * map the strides and pools leave (as {@code NetworkBuilder} builds it).
     */
    static long parameterBound(ModelSpec spec) {
        long total = 0;
        long in = spec.inputSize();
        int channels = spec.channels();
        long mapH = spec.height(), mapW = spec.width();
        for (ConvLayer c : spec.convLayers()) {
            total += 2L * (9L * channels * c.filters() + c.filters());
            channels = c.filters();
            mapH = Math.max(1, (mapH - 1) / c.stride() + 1);
            mapW = Math.max(1, (mapW - 1) / c.stride() + 1);
            if (c.pool()) {
                mapH = Math.max(1, mapH / 2);
                mapW = Math.max(1, mapW / 2);
            }
        }
        if (!spec.convLayers().isEmpty()) in = mapH * mapW * channels;
        if (spec.architecture() == Architecture.LSTM) in = (long) spec.width() * spec.channels();
        long gates = spec.architecture() == Architecture.LSTM ? 4 : 1;
        long code = spec.kind().samplesCode() ? 2L * spec.latentDim() : spec.latentDim();
        long previous = in;
        for (int h : spec.hidden()) {
            total += 2 * gates * (previous + h + 1) * h;
            previous = h;
        }
        total += 2 * gates * (previous + code + 1) * code + in * (spec.latentDim() + 1);
        return total;
    }
}
