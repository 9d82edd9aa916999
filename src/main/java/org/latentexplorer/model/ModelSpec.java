package org.latentexplorer.model;

import org.latentexplorer.data.ImageDataset;

import java.util.List;

/**
 * What a model is: enough to rebuild its network and to check it fits a dataset. Stored as JSON in the bundle.
 *
 * @param kind           AE or VAE
 * @param architecture   dense, convolutional or recurrent layers
 * @param convLayers     the encoder's convolutions (CONV only)
 * @param latentDim      size of the code (n ≥ 1)
 * @param hidden         encoder hidden layer sizes, input side first; the decoder mirrors them
 * @param activation     hidden-layer nonlinearity
 * @param codeActivation nonlinearity on the code of an AE (LINEAR: none; SIGMOID for KL sparsity)
 * @param output         activation of the decoder's last layer: SIGMOID for pixels in [0, 1]; LINEAR for a
 *                       linear AE; another one for the inner stages of layer-wise training
 * @param loss           reconstruction loss (BCE needs sigmoid outputs; it is computed on the logits)
 * @param reduction      how the reconstruction loss is reduced over pixels
 * @param beta           weight of the KL term (VAE only; β-VAE when ≠ 1)
 * @param klScale        extra factor on the KL term (the course's 10-d VAE divides it by 784)
 * @param tiedWeights    decoder layers use the transposed encoder weights (own biases)
 * @param noise          input corruption during training (denoising AE)
 * @param sparsity       activity penalty on the code (sparse AE)
 * @param dataset        name of the dataset it was trained on
 * @param height         input image height
 * @param width          input image width
 * @param classNames     class names of that dataset, for the legend
 * @param channels       input image channels: 1 (gray) or 3 (colour)
 */
public record ModelSpec(ModelKind kind, Architecture architecture, List<ConvLayer> convLayers, int latentDim, List<Integer> hidden, Activation activation,
                        Activation codeActivation, Activation output, ReconstructionLoss loss,
                        ReconstructionLoss.Reduction reduction, double beta, double klScale, boolean tiedWeights,
                        InputNoise noise, Sparsity sparsity, String dataset, int height, int width,
                        List<String> classNames, int channels) {
    public ModelSpec {
        if (channels != 1 && channels != 3) throw new IllegalArgumentException("images have 1 or 3 channels, not " + channels);
        if (kind == null) throw new IllegalArgumentException("model kind is missing");
        if (architecture == null) architecture = Architecture.DENSE;
        convLayers = convLayers == null ? List.of() : List.copyOf(convLayers);
        if (architecture == Architecture.CONV && convLayers.isEmpty()) throw new IllegalArgumentException("a convolutional model needs conv layers");
        if (architecture != Architecture.CONV && !convLayers.isEmpty()) throw new IllegalArgumentException("conv layers need the conv architecture");
        if (tiedWeights && architecture != Architecture.DENSE) throw new IllegalArgumentException("tied weights need dense layers");
        if (latentDim < 1) throw new IllegalArgumentException("latent size must be at least 1, was " + latentDim);
        hidden = List.copyOf(hidden);
        for (int h : hidden) if (h < 1) throw new IllegalArgumentException("hidden layer sizes must be positive, was " + h);
        if (activation == null || loss == null || reduction == null) throw new IllegalArgumentException("activation, loss and reduction are required");
        if (codeActivation == null) codeActivation = Activation.LINEAR;
        if (output == null) output = Activation.SIGMOID;
        if (noise == null) noise = InputNoise.NONE;
        if (sparsity == null) sparsity = Sparsity.NONE;
        if (height < 1 || width < 1) throw new IllegalArgumentException("image size must be positive, was " + height + "×" + width);
        if (!(beta >= 0)) throw new IllegalArgumentException("beta must be ≥ 0, was " + beta);
        if (!(klScale > 0)) throw new IllegalArgumentException("KL scale must be > 0, was " + klScale);
        if (loss == ReconstructionLoss.BCE && output != Activation.SIGMOID) {
            throw new IllegalArgumentException("binary cross-entropy needs sigmoid outputs");
        }
        if (kind.samplesCode() && (codeActivation != Activation.LINEAR || sparsity.type() != Sparsity.Type.NONE)) {
            throw new IllegalArgumentException("a VAE's code is sampled: no code activation or sparsity penalty");
        }
        classNames = List.copyOf(classNames);
    }

    /** A model of gray images (one channel): how specs were made before colour. */
    public ModelSpec(ModelKind kind, Architecture architecture, List<ConvLayer> convLayers, int latentDim, List<Integer> hidden, Activation activation,
                     Activation codeActivation, Activation output, ReconstructionLoss loss,
                     ReconstructionLoss.Reduction reduction, double beta, double klScale, boolean tiedWeights,
                     InputNoise noise, Sparsity sparsity, String dataset, int height, int width, List<String> classNames) {
        this(kind, architecture, convLayers, latentDim, hidden, activation, codeActivation, output, loss, reduction, beta, klScale,
                tiedWeights, noise, sparsity, dataset, height, width, classNames, 1);
    }

    /** A plain dense model: linear code, sigmoid outputs, no tying, noise or sparsity. */
    public ModelSpec(ModelKind kind, int latentDim, List<Integer> hidden, Activation activation, ReconstructionLoss loss,
                     ReconstructionLoss.Reduction reduction, double beta, String dataset, int height, int width,
                     List<String> classNames) {
        this(kind, Architecture.DENSE, List.of(), latentDim, hidden, activation, Activation.LINEAR, Activation.SIGMOID, loss, reduction,
                beta, 1.0, false, InputNoise.NONE, Sparsity.NONE, dataset, height, width, classNames);
    }

    /** Values per input image, channels × height × width: the dense input layer's width. */
    public int inputSize() {
        return channels * height * width;
    }

    /** The same model for images of {@code c} channels (the dataset's). */
    public ModelSpec withChannels(int c) {
        if (c == channels) return this;
        return new ModelSpec(kind, architecture, convLayers, latentDim, hidden, activation, codeActivation, output, loss, reduction, beta,
                klScale, tiedWeights, noise, sparsity, dataset, height, width, classNames, c);
    }

    /** ReLU, BCE summed per image for BCE and MSE averaged per pixel otherwise. */
    public static ModelSpec dense(ModelKind kind, int latentDim, List<Integer> hidden, ReconstructionLoss loss,
                                  String dataset, int height, int width, List<String> classNames) {
        return new ModelSpec(kind, latentDim, hidden, Activation.RELU, loss,
                loss == ReconstructionLoss.BCE ? ReconstructionLoss.Reduction.SUM : ReconstructionLoss.Reduction.MEAN,
                1.0, dataset, height, width, classNames);
    }

    /** The same model built from {@code layers} of 3×3 convolutions before its dense layers. */
    public ModelSpec withConvLayers(List<ConvLayer> layers) {
        return new ModelSpec(kind, Architecture.CONV, layers, latentDim, hidden, activation, codeActivation, output,
                loss, reduction, beta, klScale, tiedWeights, noise, sparsity, dataset, height, width, classNames, channels);
    }

    /** The same model as LSTMs over the image's rows. */
    public ModelSpec recurrent() {
        return new ModelSpec(kind, Architecture.LSTM, List.of(), latentDim, hidden, activation, codeActivation, output,
                loss, reduction, beta, klScale, tiedWeights, noise, sparsity, dataset, height, width, classNames, channels);
    }

    public ModelSpec withCodeActivation(Activation a) {
        return new ModelSpec(kind, architecture, convLayers, latentDim, hidden, activation, a, output, loss, reduction, beta, klScale,
                tiedWeights, noise, sparsity, dataset, height, width, classNames, channels);
    }

    public ModelSpec withLinearOutput() {
        return withOutput(Activation.LINEAR);
    }

    public ModelSpec withOutput(Activation out) {
        return new ModelSpec(kind, architecture, convLayers, latentDim, hidden, activation, codeActivation, out, loss, reduction, beta, klScale,
                tiedWeights, noise, sparsity, dataset, height, width, classNames, channels);
    }

    public ModelSpec withKlScale(double scale) {
        return new ModelSpec(kind, architecture, convLayers, latentDim, hidden, activation, codeActivation, output, loss, reduction, beta,
                scale, tiedWeights, noise, sparsity, dataset, height, width, classNames, channels);
    }

    public ModelSpec withTiedWeights() {
        return new ModelSpec(kind, architecture, convLayers, latentDim, hidden, activation, codeActivation, output, loss, reduction, beta,
                klScale, true, noise, sparsity, dataset, height, width, classNames, channels);
    }

    public ModelSpec withNoise(InputNoise n) {
        return new ModelSpec(kind, architecture, convLayers, latentDim, hidden, activation, codeActivation, output, loss, reduction, beta,
                klScale, tiedWeights, n, sparsity, dataset, height, width, classNames, channels);
    }

    public ModelSpec withSparsity(Sparsity s) {
        return new ModelSpec(kind, architecture, convLayers, latentDim, hidden, activation, codeActivation, output, loss, reduction, beta,
                klScale, tiedWeights, noise, s, dataset, height, width, classNames, channels);
    }

    /** The same network for {@code data}: its name, image size and class names. */
    public ModelSpec forDataset(ImageDataset data) {
        return new ModelSpec(kind, architecture, convLayers, latentDim, hidden, activation, codeActivation, output, loss, reduction, beta,
                klScale, tiedWeights, noise, sparsity, data.name(), data.height(), data.width(), data.classNames(), data.channels());
    }

    /** The English words of {@link #describe(UnaryOperator)}, for the command line and logs. */
    private static final java.util.Map<String, String> ENGLISH_WORDS = java.util.Map.of("conv", "conv", "tied", "tied",
            "inputNoise", "input noise", "code", "code", "out", "out", "aaePrior", "adversarial N(0, I) prior");

    /** One line in the notation of the course, e.g. "VAE 784-400-2 relu, bce (sum) + KL", in English. */
    public String describe() {
        return describe(ENGLISH_WORDS::get);
    }

    /**
     * {@link #describe()} with its few words ("conv", "tied", "inputNoise", "code", "out", "aaePrior") looked up
     * by {@code word}, so the UI can show the notation in its language.
     */
    public String describe(java.util.function.UnaryOperator<String> word) {
        StringBuilder sb = new StringBuilder(kind.name()).append(' ');
        // Of an imported graph only its ends are known.
        if (architecture == Architecture.ONNX) return sb.append("ONNX ").append(inputSize()).append(" → ").append(latentDim).toString();
        if (architecture == Architecture.CONV) {
            sb.append(word.apply("conv"));
            for (ConvLayer c : convLayers) sb.append(' ').append(c.filters()).append(c.pool() ? "p" : c.stride() > 1 ? "s" + c.stride() : "");
            sb.append(" →");
        } else if (architecture == Architecture.LSTM) {
            sb.append("LSTM ").append(height).append('×').append(width);
            if (channels > 1) sb.append('×').append(channels);
        } else {
            sb.append(inputSize());
        }
        for (int h : hidden) sb.append('-').append(h);
        sb.append('-').append(latentDim).append(' ').append(activation.id());
        if (codeActivation != Activation.LINEAR) sb.append(", ").append(codeActivation.id()).append(' ').append(word.apply("code"));
        if (tiedWeights) sb.append(", ").append(word.apply("tied"));
        if (noise.type() != InputNoise.Type.NONE) sb.append(", ").append(noise.type().id()).append(' ').append(noise.amount()).append(' ').append(word.apply("inputNoise"));
        if (output != Activation.SIGMOID) sb.append(", ").append(output.id()).append(' ').append(word.apply("out"));
        sb.append(", ").append(loss.id()).append(" (").append(reduction.id()).append(')');
        sb.append(kind.family().lossTerms(this, word));
        if (sparsity.type() == Sparsity.Type.L1) sb.append(" + ").append(sparsity.weight()).append("·L1(code)");
        if (sparsity.type() == Sparsity.Type.KL) sb.append(" + ").append(sparsity.weight()).append("·KL(").append(sparsity.target()).append(" ‖ mean code)");
        return sb.toString();
    }
}
