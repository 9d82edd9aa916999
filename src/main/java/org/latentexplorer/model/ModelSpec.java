package org.latentexplorer.model;

import java.util.List;

/**
 * What a model is: enough to rebuild its network and to check it fits a dataset. Stored as JSON in the bundle.
 *
 * @param kind        AE or VAE
 * @param latentDim   size of the code (n ≥ 1)
 * @param hidden      encoder hidden layer sizes, input side first; the decoder mirrors them
 * @param activation  hidden-layer nonlinearity
 * @param loss        reconstruction loss on sigmoid outputs
 * @param reduction   how the reconstruction loss is reduced over pixels
 * @param beta        weight of the KL term (VAE only)
 * @param dataset     name of the dataset it was trained on
 * @param height      input image height
 * @param width       input image width
 * @param classNames  class names of that dataset, for the legend
 */
public record ModelSpec(ModelKind kind, int latentDim, List<Integer> hidden, Activation activation,
                        ReconstructionLoss loss, ReconstructionLoss.Reduction reduction, double beta,
                        String dataset, int height, int width, List<String> classNames) {
    public ModelSpec {
        if (kind == null) throw new IllegalArgumentException("model kind is missing");
        if (latentDim < 1) throw new IllegalArgumentException("latent size must be at least 1, was " + latentDim);
        hidden = List.copyOf(hidden);
        for (int h : hidden) if (h < 1) throw new IllegalArgumentException("hidden layer sizes must be positive, was " + h);
        if (activation == null || loss == null || reduction == null) throw new IllegalArgumentException("activation, loss and reduction are required");
        if (height < 1 || width < 1) throw new IllegalArgumentException("image size must be positive, was " + height + "×" + width);
        if (!(beta >= 0)) throw new IllegalArgumentException("beta must be ≥ 0, was " + beta);
        classNames = List.copyOf(classNames);
    }

    public int inputSize() {
        return height * width;
    }

    /** The usual recipe: VAE 784-400-z ReLU with BCE summed per image, as in Kingma & Welling's MNIST experiments. */
    public static ModelSpec dense(ModelKind kind, int latentDim, List<Integer> hidden, ReconstructionLoss loss,
                                  String dataset, int height, int width, List<String> classNames) {
        return new ModelSpec(kind, latentDim, hidden, Activation.RELU, loss,
                loss == ReconstructionLoss.BCE ? ReconstructionLoss.Reduction.SUM : ReconstructionLoss.Reduction.MEAN,
                1.0, dataset, height, width, classNames);
    }

    public String describe() {
        StringBuilder sb = new StringBuilder(kind.name()).append(' ').append(inputSize());
        for (int h : hidden) sb.append('-').append(h);
        sb.append('-').append(latentDim).append(' ').append(activation.id()).append(", ")
          .append(loss.id()).append(" (").append(reduction.id()).append(')');
        if (kind == ModelKind.VAE) sb.append(" + ").append(beta == 1.0 ? "" : beta + "·").append("KL");
        return sb.toString();
    }
}
