package org.latentexplorer.training;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.model.Activation;
import org.latentexplorer.model.ConvLayer;
import org.latentexplorer.model.InputNoise;
import org.latentexplorer.model.Sparsity;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The course's recipes by name. Those shared with the PyTorch reference match its architectures exactly. */
public final class Presets {
    private static final Map<String, Preset> ALL = new LinkedHashMap<>();

    static {
        add(new Preset("course-mlp-3d", "784-128-64-12-3 tanh encoder, mirrored tanh decoder, sigmoid out; MSE (mean); Adam 0.005, batch 64, 10 epochs",
                "The course's first autoencoder: a deep tanh MLP squeezing each image into 3 numbers. Look at the 3-D wall: "
                        + "classes form separate arms, with empty space between them and no reason for the map to be centred.",
                d -> dense(d, ModelKind.AE, 3, List.of(128, 64, 12), Activation.TANH, ReconstructionLoss.MSE,
                        ReconstructionLoss.Reduction.MEAN, 1.0),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 10, 64, 0.005, 0)));
        add(new Preset("vae-mlp-2d", "784-400-2 ReLU VAE; BCE (sum) + KL; Adam 1e-3, batch 128, 20 epochs",
                "Kingma and Welling's MNIST VAE with a 2-D code. The KL term pulls codes toward N(0, I): the wall is centred, "
                        + "round and gap-free, and every point of it decodes to a plausible digit.",
                d -> dense(d, ModelKind.VAE, 2, List.of(400), Activation.RELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.SUM, 1.0),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 20, 128, 1e-3, 0)));
        add(new Preset("vae-mlp-3d", "784-400-3 ReLU VAE; BCE (sum) + KL; Adam 1e-3, batch 128, 20 epochs",
                "The same VAE with a 3-D code: a ball of codes around the origin; rotate it to see how classes share the space.",
                d -> dense(d, ModelKind.VAE, 3, List.of(400), Activation.RELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.SUM, 1.0),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 20, 128, 1e-3, 0)));
        add(new Preset("beta-vae-2d", "vae-mlp-2d with β = 4 on the KL term",
                "A β-VAE weighs the KL term 4×: codes hug the prior even more tightly, reconstructions blur, and the wall "
                        + "becomes smoother still: the trade between fidelity and a well-behaved latent space, made visible.",
                d -> dense(d, ModelKind.VAE, 2, List.of(400), Activation.RELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.SUM, 4.0),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 20, 128, 1e-3, 0)));
        add(new Preset("linear-pca-2d", "784-2-784 linear, MSE (mean); Adam 5e-3, batch 128, 100 epochs",
                "No activations, a linear output and squared error: such an autoencoder can only learn the plane PCA "
                        + "finds. Its wall is the data seen along PCA's two best directions, up to a rotation and scale. "
                        + "It gets there slowly where two directions carry almost the same variance: evaluate reports the "
                        + "principal angles to PCA's plane (about 1–2° after 100 epochs on MNIST).",
                d -> new ModelSpec(ModelKind.AE, 2, List.of(), Activation.LINEAR, ReconstructionLoss.MSE,
                        ReconstructionLoss.Reduction.MEAN, 1.0, d.name(), d.height(), d.width(), d.classNames())
                        .withLinearOutput(),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 100, 128, 5e-3, 0)));
        add(new Preset("stacked-selu-30", "784-100-30 SELU, decoder 30-100-784 sigmoid; BCE (mean); SGD lr 1.5, batch 128, 10 epochs",
                "The textbook stacked autoencoder: two hidden layers of SELU units squeeze each image into 30 numbers. "
                        + "The 30-d codes are shown through PCA: classes still group, but the map is only a shadow of the code.",
                d -> dense(d, ModelKind.AE, 30, List.of(100), Activation.SELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).withCodeActivation(Activation.SELU),
                new TrainingConfig(TrainingConfig.Optimizer.SGD, 10, 128, 1.5, 0)));
        add(new Preset("tied-selu-30", "stacked-selu-30 with tied weights (decoder = encoder weights transposed)",
                "The decoder reuses the encoder's weights, transposed, with biases of its own: half the parameters, "
                        + "nearly the same reconstructions. Compare the parameter count with stacked-selu-30.",
                d -> dense(d, ModelKind.AE, 30, List.of(100), Activation.SELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).withCodeActivation(Activation.SELU).withTiedWeights(),
                new TrainingConfig(TrainingConfig.Optimizer.SGD, 10, 128, 1.5, 0)));
        add(new Preset("dropout-denoise", "dropout 0.5 on the input, 784-100-30 SELU, decoder 30-100-784 sigmoid; BCE (mean); Adam 1e-3, batch 128, 10 epochs",
                "A denoising autoencoder: during training half the pixels are dropped and the clean image is the target, "
                        + "so the code must capture the digit, not the pixels. Try the noise slider on a test image.",
                d -> dense(d, ModelKind.AE, 30, List.of(100), Activation.SELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).withCodeActivation(Activation.SELU).withNoise(InputNoise.dropout(0.5)),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 10, 128, 1e-3, 0)));
        add(new Preset("gaussian-denoise", "Gaussian noise σ = 0.2 on the input, otherwise as dropout-denoise",
                "The same denoising idea with additive Gaussian noise: the network learns to remove speckle it never "
                        + "sees at test time.",
                d -> dense(d, ModelKind.AE, 30, List.of(100), Activation.SELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).withCodeActivation(Activation.SELU).withNoise(InputNoise.gaussian(0.2)),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 10, 128, 1e-3, 0)));
        add(new Preset("sparse-l1-300", "784-100 SELU-300 sigmoid code with L1 1e-3 on the codes; decoder 300-100-784; BCE (mean); Adam 1e-3, batch 128, 10 epochs",
                "More code units than needed (300), but an L1 penalty keeps most of them near zero for any one image: "
                        + "a sparse code. Watch the mean activation of the code units fall as training goes.",
                d -> dense(d, ModelKind.AE, 300, List.of(100), Activation.SELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).withCodeActivation(Activation.SIGMOID)
                        .withSparsity(Sparsity.l1(1e-3)),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 10, 128, 1e-3, 0)));
        add(new Preset("sparse-kl-300", "as sparse-l1-300 with KL sparsity (weight 0.05, target ρ = 0.1)",
                "Instead of L1, each code unit's mean activation over a batch is pulled toward ρ = 0.1 by a KL penalty: "
                        + "every unit fires for about one image in ten.",
                d -> dense(d, ModelKind.AE, 300, List.of(100), Activation.SELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).withCodeActivation(Activation.SIGMOID)
                        .withSparsity(Sparsity.kl(0.05, 0.1)),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 10, 128, 1e-3, 0)));
        add(new Preset("vae-selu-10", "784-150-100 SELU, 10-d code (μ, log σ²), decoder 100-150-784 sigmoid; BCE (mean) + KL/784; RMSprop 1e-3, batch 128, 20 epochs",
                "The course notes' VAE: BCE averaged per pixel, so the KL term is divided by 784 to keep the two in "
                        + "proportion. Its 10-d codes are shown through PCA.",
                d -> dense(d, ModelKind.VAE, 10, List.of(150, 100), Activation.SELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).withKlScale(1.0 / (d.height() * d.width())),
                new TrainingConfig(TrainingConfig.Optimizer.RMSPROP, 20, 128, 1e-3, 0)));
        add(new Preset("relu-20-logits", "784-256-128-20 ReLU, decoder 20-128-256-784; BCE on logits (mean); Adam 1e-3, batch 512, 20 epochs",
                "A deeper ReLU autoencoder trained with binary cross-entropy computed from the logits, which stays "
                        + "finite when a pixel is predicted with certainty.",
                d -> dense(d, ModelKind.AE, 20, List.of(256, 128), Activation.RELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 20, 512, 1e-3, 0)));
        add(new Preset("conv-ae-2d", "Conv 32(s1)-64(s2)-64(s2)-64(s1) 3×3 LeakyReLU → Dense 2; mirrored ConvTranspose decoder, sigmoid; MSE (mean); Adam 5e-4, batch 32, 10 epochs",
                "A convolutional autoencoder: filters that see strokes and their neighbourhoods, a 2-d code, and "
                        + "transposed convolutions that paint the image back. Compare its wall with the dense AE's.",
                d -> dense(d, ModelKind.AE, 2, List.of(), Activation.LEAKY_RELU, ReconstructionLoss.MSE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).withConvLayers(List.of(ConvLayer.of(32, 1),
                        ConvLayer.of(64, 2), ConvLayer.of(64, 2), ConvLayer.of(64, 1))),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 10, 32, 5e-4, 0)));
        add(new Preset("conv-pool-ae", "Conv 16-32-64 3×3 SELU, each followed by 2×2 max-pool (code: the 3×3×64 map); ConvTranspose 32(s2, valid)-16(s2)-1(s2), sigmoid; BCE (mean); Adam 1e-3, batch 128, 5 epochs",
                "The course's pooled convolutional autoencoder: its code is the last 3×3×64 feature map (576 numbers), "
                        + "shown through PCA. Pooling throws away where exactly a stroke was; the decoder has to guess it back.",
                d -> dense(d, ModelKind.AE, 576, List.of(), Activation.SELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).withConvLayers(List.of(ConvLayer.pooled(16),
                        ConvLayer.pooled(32), ConvLayer.pooled(64))),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 5, 128, 1e-3, 0)));
        add(new Preset("lstm-ae-30", "LSTM 100 → LSTM 30 over the image's rows; code repeated 28×; LSTM 100 → per-row Dense 28, sigmoid; BCE (mean); Adam 1e-3, batch 128, 5 epochs",
                "A recurrent autoencoder reads the digit one row at a time, top to bottom, and must hold all it saw "
                        + "in 30 numbers; the decoder writes it back row by row.",
                d -> dense(d, ModelKind.AE, 30, List.of(100), Activation.TANH, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.MEAN, 1.0).recurrent(),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 5, 128, 1e-3, 0)));
        add(new Preset("aae-2d", "dense AE 784-512-256-2 ReLU, BCE (sum) + a discriminator 2-256-256-1 pushing codes toward N(0, I); Adam 1e-3 for all three steps, batch 128, 20 epochs",
                "An adversarial autoencoder: no KL term, but a discriminator that learns to tell codes from samples of "
                        + "N(0, I), and an encoder trained to fool it. The wall fills a round, centred region like a VAE's, "
                        + "while each image still has one deterministic code.",
                d -> dense(d, ModelKind.AAE, 2, List.of(512, 256), Activation.RELU, ReconstructionLoss.BCE,
                        ReconstructionLoss.Reduction.SUM, 1.0),
                new TrainingConfig(TrainingConfig.Optimizer.ADAM, 20, 128, 1e-3, 0)));
    }

    private Presets() {}

    private static void add(Preset p) {
        ALL.put(p.name(), p);
    }

    private static ModelSpec dense(ImageDataset d, ModelKind kind, int latent, List<Integer> hidden, Activation activation,
                                   ReconstructionLoss loss, ReconstructionLoss.Reduction reduction, double beta) {
        return new ModelSpec(kind, latent, hidden, activation, loss, reduction, beta, d.name(), d.height(), d.width(), d.classNames());
    }

    public static List<Preset> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Preset> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static Preset require(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no preset named \"" + name + "\"; known: "
                + String.join(", ", ALL.keySet())));
    }
}
