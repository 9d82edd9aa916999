package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import org.latentexplorer.model.Autoencoder;

import java.util.function.ToDoubleFunction;

/** How well a model does on a split, in chunks so memory stays flat; on the engine thread. */
public final class ModelMeasures {
    private static final int CHUNK = 1000;

    private ModelMeasures() {}

    /** Mean loss per image over {@code images} (the evaluation loss: no corruption, no sampling noise in the code). */
    public static double meanLoss(Autoencoder model, NDArray images) {
        return sumOverChunks(model, images, batch -> model.loss(batch, false).getFloat() * batch.getShape().get(0))
                / images.getShape().get(0);
    }

    /** Mean squared error per pixel of the deterministic reconstruction. */
    public static double meanSquaredError(Autoencoder model, NDArray images) {
        double sum = sumOverChunks(model, images, batch -> {
            NDArray diff = model.reconstruct(batch).sub(batch);
            return diff.mul(diff).sum().getFloat();
        });
        return sum / ((double) images.getShape().get(0) * images.getShape().get(1));
    }

    /** The sum of {@code measure} over chunks of {@code images}, each chunk's arrays freed after it. */
    private static double sumOverChunks(Autoencoder model, NDArray images, ToDoubleFunction<NDArray> measure) {
        int n = Math.toIntExact(images.getShape().get(0));
        double sum = 0;
        for (int from = 0; from < n; from += CHUNK) {
            int to = Math.min(n, from + CHUNK);
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray batch = images.get(new NDIndex().addSliceDim(from, to));
                batch.attach(scope);
                sum += measure.applyAsDouble(batch);
            }
        }
        return sum;
    }
}
