package org.latentexplorer.ui.training;

import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.model.Sparsity;
import org.latentexplorer.ui.common.Messages;

import java.util.Locale;

/** How the training panel words a run: its progress line and the facts about the model being trained. */
final class RunTexts {
    private RunTexts() {}

    /** "Epoch 2/10 · batch 40/469 · 0:12 left · loss 0.1234"; {@code etaSeconds} −1 while it is not known. */
    static String progress(int epoch, int totalEpochs, int batch, int batches, long etaSeconds, double loss) {
        return Messages.get("train.progress", epoch, totalEpochs, batch, batches,
                etaSeconds < 0 ? "…" : formatSeconds(etaSeconds), String.format(Locale.ROOT, "%.4f", loss));
    }

    static String formatSeconds(long seconds) {
        return seconds >= 60 ? (seconds / 60) + ":" + String.format("%02d", seconds % 60) : seconds + " s";
    }

    /** The parameter count ({@code parameters} −1: not known yet). */
    static String parameters(long parameters) {
        return parameters < 0 ? "" : Messages.get("train.facts.parameters", parameters);
    }

    /** The parameter count; for a sparse model also the code units' mean activation against its target. */
    static String facts(long parameters, LatentCodes codes, Sparsity sparsity) {
        String count = parameters(parameters);
        if (sparsity.type() == Sparsity.Type.NONE) return count;
        double sum = 0;
        for (float[] code : codes.codes()) for (float v : code) sum += Math.abs(v);
        double mean = sum / Math.max(1, (double) codes.count() * codes.dimension());
        String activation = sparsity.type() == Sparsity.Type.KL
                ? Messages.get("train.facts.activationTarget", mean, sparsity.target())
                : Messages.get("train.facts.activation", mean);
        return count.isEmpty() ? activation : count + " · " + activation;
    }
}
