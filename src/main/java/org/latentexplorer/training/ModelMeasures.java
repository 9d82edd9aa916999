package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import org.latentexplorer.model.Autoencoder;

/** How well a model does on a split, in chunks so memory stays flat; on the engine thread. */
public final class ModelMeasures {
    private static final int CHUNK = 1000;

    private ModelMeasures() {}

    /** Mean loss per image over {@code images} (the evaluation loss: no corruption, no sampling noise in the code). */
    public static double meanLoss(Autoencoder model, NDArray images) {
        int n = Math.toIntExact(images.getShape().get(0));
        double sum = 0;
        for (int from = 0; from < n; from += CHUNK) {
            int to = Math.min(n, from + CHUNK);
            try (NDManager scope = model.manager().newSubManager()) {
                sum += model.loss(chunk(images, from, to, scope), false).getFloat() * (to - from);
            }
        }
        return sum / n;
    }

    /** Mean squared error per pixel of the deterministic reconstruction. */
    public static double meanSquaredError(Autoencoder model, NDArray images) {
        int n = Math.toIntExact(images.getShape().get(0));
        double sum = 0;
        for (int from = 0; from < n; from += CHUNK) {
            int to = Math.min(n, from + CHUNK);
            try (NDManager scope = model.manager().newSubManager()) {
                NDArray batch = chunk(images, from, to, scope);
                NDArray diff = model.reconstruct(batch).sub(batch);
                sum += diff.mul(diff).sum().getFloat();
            }
        }
        return sum / ((double) n * images.getShape().get(1));
    }

    private static NDArray chunk(NDArray images, int from, int to, NDManager scope) {
        NDArray batch = images.get(new NDIndex().addSliceDim(from, to));
        batch.attach(scope);
        return batch;
    }
}
