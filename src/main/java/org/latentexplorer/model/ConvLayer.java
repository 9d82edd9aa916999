package org.latentexplorer.model;

/**
 * One 3×3 convolution of the encoder ("same" padding), optionally followed by 2×2 max-pooling. The decoder
 * mirrors it with a 3×3 transposed convolution whose stride undoes both the stride and the pooling.
 */
public record ConvLayer(int filters, int stride, boolean pool) {
    public ConvLayer {
        if (filters < 1) throw new IllegalArgumentException("filters must be positive, was " + filters);
        if (stride < 1 || stride > 4) throw new IllegalArgumentException("stride must be 1..4, was " + stride);
    }

    public static ConvLayer of(int filters, int stride) {
        return new ConvLayer(filters, stride, false);
    }

    public static ConvLayer pooled(int filters) {
        return new ConvLayer(filters, 1, true);
    }
}
