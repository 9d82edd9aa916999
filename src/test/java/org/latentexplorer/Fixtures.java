package org.latentexplorer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.latentexplorer.data.Assets;
import org.latentexplorer.data.DatasetLoader;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.EngineThread;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletionException;

/** Shared test fixtures: the bundled MNIST loaded once, small model specs, and a shared engine thread. */
public final class Fixtures {
    private static ImageDataset mnist;
    private static EngineThread engine;

    private Fixtures() {}

    /** The bundled MNIST (8,000 train / 2,000 test), read once per test JVM. */
    public static synchronized ImageDataset mnist() {
        if (mnist == null) {
            try {
                mnist = DatasetLoader.load(Assets.datasetsDir().resolve("mnist"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mnist;
    }

    /** The first {@code train} training and {@code test} test images of the bundled MNIST. */
    public static ImageDataset mnist(int train, int test) {
        return mnist().subset(train, test);
    }

    /** A dense MNIST-shaped model with BCE summed per image, hidden layers as given. */
    public static ModelSpec spec(ModelKind kind, int latent, Integer... hidden) {
        return ModelSpec.dense(kind, latent, List.of(hidden), ReconstructionLoss.BCE, "mnist", 28, 28,
                Arrays.asList("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    }

    /**
     * Runs {@code job} on a shared engine thread, as the app does, with a sub-manager closed afterwards:
     * the job must return plain Java values, not NDArrays. A failure of the job is rethrown as it is
     * (checked or not), so tests can expect the real exception type.
     */
    public static <T> T onEngine(EngineThread.Job<T> job) {
        EngineThread thread;
        synchronized (Fixtures.class) {
            if (engine == null) engine = new EngineThread();
            thread = engine;
        }
        try {
            return thread.submit(root -> {
                try (NDManager scope = root.newSubManager()) {
                    return job.run(scope);
                }
            }).join();
        } catch (CompletionException e) {
            throw Fixtures.<RuntimeException>rethrow(e.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E rethrow(Throwable t) throws E {
        throw (E) t;
    }

    /** An {@code rows × cols} NDArray of uniform values in [lo, hi). */
    public static NDArray uniform(NDManager manager, SplittableRandom random, int rows, int cols, double lo, double hi) {
        float[] values = new float[rows * cols];
        for (int i = 0; i < values.length; i++) values[i] = (float) (lo + random.nextDouble() * (hi - lo));
        return manager.create(values, new Shape(rows, cols));
    }
}
