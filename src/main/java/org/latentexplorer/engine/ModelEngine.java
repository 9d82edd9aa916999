package org.latentexplorer.engine;

import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.TrainingConfig;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * What the app does with models, as plain values in and out: the seam between the views and the engine, so
 * view models run against a small fake in tests. Every call returns at once; results come as futures.
 */
public interface ModelEngine extends AutoCloseable {
    /** A model opened from a bundle: its handle, stored history, its dataset and the test set's codes. */
    record Opened(Path file, ModelHandle handle, TrainingHistory history, ImageDataset dataset, LatentCodes codes) {}

    /**
     * The one way to open a model: read the bundle, find its dataset, check the two fit, encode the test set.
     * On any failure nothing stays loaded.
     */
    CompletableFuture<Opened> open(Path file);

    /**
     * Opens a bundle with {@code located}, the dataset the user pointed to when the recorded one was not found
     * (checked against the bundle's fingerprint by the caller); as {@link #open(Path)} otherwise.
     */
    default CompletableFuture<Opened> open(Path file, ImageDataset located) {
        return open(file);
    }

    /** A bundled dataset by name (or a folder), loaded once and then shared. */
    CompletableFuture<ImageDataset> dataset(String name);

    CompletableFuture<ModelHandle> create(ModelSpec spec, long seed);

    CompletableFuture<Void> save(ModelHandle handle, TrainingHistory history, Path file);

    /** Frees the model's native memory; later calls with the handle fail. Releasing twice is harmless. */
    CompletableFuture<Void> release(ModelHandle handle);

    CompletableFuture<LatentCodes> encode(ModelHandle handle, ImageSet images);

    CompletableFuture<float[]> decode(ModelHandle handle, float[] code);

    /** Decodes many codes in one batch (a terrain grid, a path). */
    CompletableFuture<float[][]> decodeMany(ModelHandle handle, float[][] codes);

    CompletableFuture<Reconstruction> reconstruct(ModelHandle handle, float[] image);

    CompletableFuture<ModelService.Posterior> posterior(ModelHandle handle, ImageSet images);

    CompletableFuture<Long> parameterCount(ModelHandle handle);

    /** Trains in the background; the observer sees each batch and each epoch's test codes. */
    CompletableFuture<TrainingHistory> train(ModelHandle handle, ImageSet train, ImageSet test, TrainingConfig config,
                                             TrainingObserver observer, TrainingHistory history);

    /**
     * Imports an encoder and a decoder trained elsewhere (ONNX files) for a dataset and saves them as a bundle,
     * which then opens with {@link #open}. Refuses graphs that do not fit each other or the dataset.
     */
    CompletableFuture<org.latentexplorer.engine.onnx.OnnxImport.Result> importOnnx(org.latentexplorer.engine.onnx.OnnxImport.Request request);

    /** The declared outputs of an ONNX encoder, so the user can say which are μ and log σ². */
    CompletableFuture<java.util.List<org.latentexplorer.engine.onnx.OnnxLayout.Port>> onnxOutputs(Path encoder);

    /**
     * Unsupervised pretraining: the model's encoder under a softmax head, frozen (and fine-tuned), against the
     * same network from scratch, trained on the images {@code labelled} (indices into {@code train}) and scored on
     * {@code test}. Each network works on its own copy of the encoder: the model's weights do not change. A long
     * job; the listener runs on the engine thread.
     */
    CompletableFuture<org.latentexplorer.training.PretrainedClassifier.Result> pretrain(ModelHandle handle, ImageSet train, int[] labelled,
            ImageSet test, int classes, org.latentexplorer.training.PretrainedClassifier.Config config,
            org.latentexplorer.training.PretrainedClassifier.Listener listener);

    /** The pool for work that is not engine work, shut down with the engine. */
    TaskRunner tasks();

    /** Models currently loaded (tests check nothing leaks). */
    int loadedCount();

    @Override
    void close();
}
