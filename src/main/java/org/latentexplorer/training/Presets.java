package org.latentexplorer.training;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.model.Activation;
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
