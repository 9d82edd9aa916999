package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The variational autoencoder: the encoder outputs μ and log σ², training decodes a code sampled by the
 * reparameterisation trick, and the loss adds β·KL(q(z|x) ‖ N(0, I)) (times the spec's KL scale).
 */
final class VariationalFamily implements ModelFamily {
    @Override
    public String labelKey() {
        return "train.kind.vae";
    }

    @Override
    public int encoderOutputs(int latentDim) {
        return 2 * latentDim;
    }

    @Override
    public boolean samplesCode() {
        return true;
    }

    @Override
    public boolean hasPrior() {
        return true;
    }

    @Override
    public NDArray code(NDArray encoded, int latentDim) {
        return encoded.get(":, :" + latentDim);
    }

    @Override
    public NDArray loss(Autoencoder model, NDArray input, NDArray target, boolean training) {
        NDArray raw = model.encodeRaw(input, training);
        NDList stats = raw.split(2, 1);
        NDArray mu = stats.get(0);
        NDArray logVar = stats.get(1);
        NDArray eps = raw.getManager().randomNormal(mu.getShape());
        NDArray z = mu.add(eps.mul(logVar.mul(0.5f).exp()));
        NDArray reconstruction = model.reconstructionLoss(model.decodeLogits(z, training), target);
        NDArray kl = Autoencoder.klDivergence(mu, logVar).mean();
        double weight = model.spec().beta() * model.spec().klScale();
        return weight == 1.0 ? reconstruction.add(kl) : reconstruction.add(kl.mul((float) weight));
    }

    @Override
    public String lossTerms(ModelSpec spec, UnaryOperator<String> word) {
        double w = spec.beta() * spec.klScale();
        return " + " + (w == 1.0 ? "" : String.format(Locale.ROOT, "%.4g·", w)) + "KL";
    }

    @Override
    public void check(ModelSpec spec) {
        if (spec.tiedWeights()) {
            throw new IllegalArgumentException("tied weights need a plain autoencoder (a VAE's encoder outputs μ and log σ²)");
        }
    }
}
