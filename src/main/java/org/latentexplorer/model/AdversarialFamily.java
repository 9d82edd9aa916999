package org.latentexplorer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * The adversarial autoencoder (Makhzani et al.): a plain encoder and loss, and two more steps every batch after
 * the reconstruction step. (2) Regularisation: a discriminator on the code space learns to tell samples of the
 * prior N(0, I) (label 1) from the encoder's codes (label 0). (3) The encoder is updated to make the discriminator
 * call its codes real. The discriminator lives only for the run; it is not saved.
 */
final class AdversarialFamily extends PlainFamily {
    private static final int DISCRIMINATOR_UNITS = 256;

    @Override
    public String labelKey() {
        return "train.kind.aae";
    }

    @Override
    public boolean hasPrior() {
        return true;
    }

    @Override
    public String lossTerms(ModelSpec spec, UnaryOperator<String> word) {
        return " + " + word.apply("aaePrior");
    }

    @Override
    public RunExtras extras(Autoencoder model, long seed) {
        int d = model.spec().latentDim();
        NDManager runScope = model.manager().newSubManager();
        try {
            SequentialBlock discriminator = new SequentialBlock()
                    .add(Linear.builder().setUnits(DISCRIMINATOR_UNITS).build()).add(ai.djl.nn.Activation::relu)
                    .add(Linear.builder().setUnits(DISCRIMINATOR_UNITS).build()).add(ai.djl.nn.Activation::relu)
                    .add(Linear.builder().setUnits(1).build());
            discriminator.initialize(runScope, DataType.FLOAT32, new Shape(1, d));
            PyTorchInit.apply(discriminator, new SplittableRandom(seed + 17));
            ParameterStore store = new ParameterStore(runScope, false);
            List<Parameter> critic = new ArrayList<>();
            for (Pair<String, Parameter> p : discriminator.getParameters()) critic.add(p.getValue());
            for (Parameter p : critic) p.getArray().setRequiresGradient(true);
            List<Parameter> encoder = model.parameters().subList(0, model.encoderParameterCount());
            UnaryOperator<NDArray> judgeLoss = x -> {
                NDArray prior = x.getManager().randomNormal(new Shape(x.getShape().get(0), d));
                NDArray codes = model.encodeRaw(x, true).stopGradient();
                return bce(judge(discriminator, store, prior), true).add(bce(judge(discriminator, store, codes), false));
            };
            UnaryOperator<NDArray> foolLoss = x -> bce(judge(discriminator, store, model.encodeRaw(x, true)), true);
            List<RunExtras.Step> steps = List.of(new RunExtras.Step(judgeLoss, critic, true),
                    new RunExtras.Step(foolLoss, encoder, false));
            return new RunExtras() {
                @Override public List<Step> steps() {
                    return steps;
                }

                @Override public void close() {
                    runScope.close();
                }
            };
        } catch (RuntimeException e) {
            runScope.close();
            throw e;
        }
    }

    private static NDArray judge(SequentialBlock discriminator, ParameterStore store, NDArray codes) {
        return discriminator.forward(store, new NDList(codes), true).singletonOrThrow();
    }

    /** BCE on logits: label 1 costs softplus(−l), label 0 costs softplus(l); averaged over the batch. */
    private static NDArray bce(NDArray logits, boolean real) {
        return ai.djl.nn.Activation.softPlus(real ? logits.neg() : logits).mean();
    }
}
