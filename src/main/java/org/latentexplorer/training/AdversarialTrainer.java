package org.latentexplorer.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.PyTorchInit;
import org.latentexplorer.model.TrainingHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains an adversarial autoencoder (Makhzani et al.): every batch has three steps. (1) Reconstruction: encoder
 * and decoder minimise the reconstruction loss. (2) Regularisation: a discriminator on the code space learns
 * to tell samples of the prior N(0, I) (label 1) from the encoder's codes (label 0). (3) The encoder is updated
 * to make the discriminator call its codes real. The discriminator lives only for the run; it is not saved.
 */
public final class AdversarialTrainer {
    private static final int DISCRIMINATOR_UNITS = 256;

    private AdversarialTrainer() {}

    public static void train(Autoencoder model, NDArray trainImages, NDArray testImages, TrainingConfig config,
                             TrainingListener listener, TrainingHistory history)
            throws TrainingCancelledException, TrainingDivergedException {
        if (model.spec().kind() != ModelKind.AAE) throw new IllegalArgumentException("not an adversarial autoencoder");
        Engine.getInstance().setRandomSeed((int) config.seed());
        int n = Math.toIntExact(trainImages.getShape().get(0));
        int batchSize = Math.min(config.batchSize(), n);
        int batches = (n + batchSize - 1) / batchSize;
        int d = model.spec().latentDim();
        NDManager manager = model.manager();
        try (NDManager runScope = manager.newSubManager()) {
            SequentialBlock discriminator = new SequentialBlock()
                    .add(Linear.builder().setUnits(DISCRIMINATOR_UNITS).build()).add(ai.djl.nn.Activation::relu)
                    .add(Linear.builder().setUnits(DISCRIMINATOR_UNITS).build()).add(ai.djl.nn.Activation::relu)
                    .add(Linear.builder().setUnits(1).build());
            discriminator.initialize(runScope, DataType.FLOAT32, new Shape(1, d));
            PyTorchInit.apply(discriminator, new SplittableRandom(config.seed() + 17));
            ParameterStore store = new ParameterStore(runScope, false);

            List<Parameter> autoencoder = model.parameters();
            List<Parameter> encoder = autoencoder.subList(0, model.encoderParameterCount());
            List<Parameter> critic = new ArrayList<>();
            for (Pair<String, Parameter> p : discriminator.getParameters()) critic.add(p.getValue());
            for (Parameter p : autoencoder) p.getArray().setRequiresGradient(true);
            for (Parameter p : critic) p.getArray().setRequiresGradient(true);
            Optimizer reconstruction = Trainer.optimizerFor(config);
            // One optimizer per step, each with its own moment estimates, all at the recipe's learning rate.
            Optimizer discriminatorOpt = Trainer.optimizerFor(config);
            Optimizer generatorOpt = Trainer.optimizerFor(config);

            int firstEpoch = history.epochs().size() + 1;
            LastGoodWeights lastGood = new LastGoodWeights(autoencoder, firstEpoch - 1);
            try {
            for (int epoch = firstEpoch; epoch < firstEpoch + config.epochs(); epoch++) {
                long start = System.nanoTime();
                double recSum = 0, discSum = 0;
                try (NDManager epochScope = manager.newSubManager()) {
                    NDArray shuffled = trainImages.get(epochScope.randomPermutation(n));
                    shuffled.attach(epochScope);
                    for (int b = 0; b < batches; b++) {
                        if (listener.cancelRequested()) throw new TrainingCancelledException(epoch, b);
                        int from = b * batchSize, to = Math.min(n, from + batchSize);
                        try (NDManager step = manager.newSubManager()) {
                            NDArray x = shuffled.get(new NDIndex().addSliceDim(from, to));
                            x.attach(step);
                            double rec = step(() -> model.loss(x, true), autoencoder, reconstruction);
                            double disc = step(() -> {
                                NDArray prior = x.getManager().randomNormal(new Shape(to - from, d));
                                NDArray codes = model.encodeRaw(x, true).stopGradient();
                                return bce(judge(discriminator, store, prior), true).add(bce(judge(discriminator, store, codes), false));
                            }, critic, discriminatorOpt);
                            step(() -> bce(judge(discriminator, store, model.encodeRaw(x, true)), true), encoder, generatorOpt);
                            lastGood.check(epoch, b + 1, rec);
                            if (!Double.isFinite(disc)) {
                                throw new TrainingDivergedException(TrainingDivergedException.Reason.NON_FINITE,
                                        epoch, b + 1, disc, Double.NaN);
                            }
                            recSum += rec * (to - from);
                            discSum += disc * (to - from);
                            listener.batchFinished(epoch, b + 1, batches, rec);
                        }
                        listener.betweenBatches();
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double testLoss = testImages == null ? Double.NaN : Trainer.evaluate(model, testImages);
                lastGood.epochFinished(epoch, recSum / n, testImages == null ? null : testLoss);
                TrainingHistory.Epoch record = new TrainingHistory.Epoch(epoch, recSum / n, testLoss, seconds, "", discSum / n);
                history.add(record);
                listener.epochFinished(record);
            }
            } catch (TrainingDivergedException e) {
                throw lastGood.restore(e);
            }
        }
    }

    @FunctionalInterface
    private interface Loss {
        NDArray build();
    }

    /** Builds a loss under autograd, back-propagates it and updates {@code parameters}; returns the loss. */
    private static double step(Loss loss, List<Parameter> parameters, Optimizer optimizer) {
        NDArray value;
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            value = loss.build();
            collector.backward(value);
        }
        for (Parameter p : parameters) {
            try (NDArray gradient = p.getArray().getGradient()) {
                optimizer.update(p.getId(), p.getArray(), gradient);
            }
        }
        return value.getFloat();
    }

    private static NDArray judge(SequentialBlock discriminator, ParameterStore store, NDArray codes) {
        return discriminator.forward(store, new NDList(codes), true).singletonOrThrow();
    }

    /** BCE on logits: label 1 costs softplus(−l), label 0 costs softplus(l); averaged over the batch. */
    private static NDArray bce(NDArray logits, boolean real) {
        return ai.djl.nn.Activation.softPlus(real ? logits.neg() : logits).mean();
    }
}
