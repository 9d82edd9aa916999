package org.latentexplorer.ui.lifecycle;

import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelEngine;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelReleasedException;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.engine.Reconstruction;
import org.latentexplorer.engine.TaskRunner;
import org.latentexplorer.engine.TrainingObserver;
import org.latentexplorer.model.Activation;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.TrainingCancelledException;
import org.latentexplorer.training.TrainingConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small engine for view-model tests: models are a few numbers, codes are a fixed function of the image
 * index, and every call completes on one background thread, as the real engine's do. It fails as the real
 * one does when a released model is used, and it counts what view models must keep bounded.
 */
public final class FakeModelEngine implements ModelEngine {
    private static final Pattern BUNDLED = Pattern.compile("([a-z-]+?)-(ae|vae)-(\\d)d\\.zip");
    static final int TEST_IMAGES = 60;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fake-engine");
        t.setDaemon(true);
        return t;
    });
    private final TaskRunner tasks = new TaskRunner("fake-worker");
    private final Map<Integer, ModelSpec> loaded = new ConcurrentHashMap<>();
    private final Map<String, ImageDataset> datasets = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger trainings = new AtomicInteger();
    private final AtomicInteger maxTrainings = new AtomicInteger();
    private final AtomicInteger releasedTwice = new AtomicInteger();
    private final java.util.Set<Integer> released = ConcurrentHashMap.newKeySet();
    /** Milliseconds one training batch takes (tests cancel "mid-run"). */
    volatile int batchMillis = 2;

    private <T> CompletableFuture<T> run(Callable<T> work) {
        pending.incrementAndGet();
        CompletableFuture<T> result = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                pending.decrementAndGet();
            }
        });
        return result;
    }

    private ModelSpec spec(ModelHandle handle) {
        ModelSpec spec = loaded.get(handle.id());
        if (spec == null) throw new ModelReleasedException(handle);
        return spec;
    }

    static ModelSpec specFor(ModelKind kind, int latent, String dataset) {
        return new ModelSpec(kind, latent, List.of(8), Activation.RELU, ReconstructionLoss.BCE,
                ReconstructionLoss.Reduction.SUM, 1.0, dataset, 4, 4, List.of("a", "b", "c"));
    }

    @Override
    public CompletableFuture<Opened> open(Path file) {
        return run(() -> {
            ModelSpec spec;
            Matcher m = BUNDLED.matcher(file.getFileName().toString());
            if (m.matches()) {
                spec = specFor(m.group(2).equals("vae") ? ModelKind.VAE : ModelKind.AE, Integer.parseInt(m.group(3)), m.group(1));
            } else {
                // Saved by this engine: "KIND LATENT DATASET".
                String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
                spec = specFor(ModelKind.valueOf(parts[0]), Integer.parseInt(parts[1]), parts[2]);
            }
            ImageDataset data = datasetNow(spec.dataset());
            ModelHandle handle = register(spec);
            return new Opened(file, handle, new TrainingHistory(), data, codes(spec, data.test(), 1));
        });
    }

    @Override
    public CompletableFuture<ImageDataset> dataset(String name) {
        return run(() -> datasetNow(name));
    }

    private ImageDataset datasetNow(String name) {
        return datasets.computeIfAbsent(name, n -> new ImageDataset(n, List.of("a", "b", "c"), images(120), images(TEST_IMAGES)));
    }

    private static ImageSet images(int n) {
        byte[] pixels = new byte[n * 16];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 3;
            for (int p = 0; p < 16; p++) pixels[i * 16 + p] = (byte) ((i * 7 + p * 13) % 256);
        }
        return new ImageSet(pixels, labels, 4, 4);
    }

    /** Codes spread by {@code scale}: a model that trains longer spreads its map wider. */
    private static LatentCodes codes(ModelSpec spec, ImageSet images, double scale) {
        int n = images.count(), d = spec.latentDim();
        float[][] codes = new float[n][d];
        for (int i = 0; i < n; i++) for (int j = 0; j < d; j++) codes[i][j] = (float) (scale * Math.sin(i * 0.7 + j * 1.3 + images.labels()[i]));
        return new LatentCodes(codes, images.labels().clone(), new float[n]);
    }

    private ModelHandle register(ModelSpec spec) {
        ModelHandle handle = new ModelHandle(nextId.getAndIncrement(), spec);
        loaded.put(handle.id(), spec);
        return handle;
    }

    @Override
    public CompletableFuture<ModelHandle> create(ModelSpec spec, long seed) {
        return run(() -> register(specFor(spec.kind(), spec.latentDim(), spec.dataset())));
    }

    @Override
    public CompletableFuture<Void> save(ModelHandle handle, TrainingHistory history, Path file) {
        return run(() -> {
            ModelSpec spec = spec(handle);
            Files.writeString(file, spec.kind() + " " + spec.latentDim() + " " + spec.dataset(), StandardCharsets.UTF_8);
            return null;
        });
    }

    @Override
    public CompletableFuture<Void> release(ModelHandle handle) {
        return run(() -> {
            if (loaded.remove(handle.id()) == null && released.contains(handle.id())) releasedTwice.incrementAndGet();
            released.add(handle.id());
            return null;
        });
    }

    @Override
    public CompletableFuture<LatentCodes> encode(ModelHandle handle, ImageSet images) {
        return run(() -> codes(spec(handle), images, 1));
    }

    @Override
    public CompletableFuture<float[]> decode(ModelHandle handle, float[] code) {
        return decodeMany(handle, new float[][] {code}).thenApply(all -> all[0]);
    }

    @Override
    public CompletableFuture<float[][]> decodeMany(ModelHandle handle, float[][] codes) {
        return run(() -> {
            ModelSpec spec = spec(handle);
            float[][] out = new float[codes.length][spec.inputSize()];
            for (int i = 0; i < codes.length; i++) {
                if (codes[i].length != spec.latentDim()) throw new IllegalArgumentException("code has " + codes[i].length + " values");
                java.util.Arrays.fill(out[i], (float) (0.5 + 0.5 * Math.tanh(codes[i][0])));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<Reconstruction> reconstruct(ModelHandle handle, float[] image) {
        return run(() -> new Reconstruction(new float[spec(handle).latentDim()], image.clone(), 0.01f));
    }

    @Override
    public CompletableFuture<ModelService.Posterior> posterior(ModelHandle handle, ImageSet images) {
        return run(() -> {
            int d = spec(handle).latentDim(), n = images.count();
            return new ModelService.Posterior(new float[n][d], new float[n][d]);
        });
    }

    @Override
    public CompletableFuture<Long> parameterCount(ModelHandle handle) {
        return run(() -> (long) spec(handle).inputSize() * 8 * 2);
    }

    @Override
    public CompletableFuture<TrainingHistory> train(ModelHandle handle, ImageSet train, ImageSet test, TrainingConfig config,
                                                    TrainingObserver observer, TrainingHistory history) {
        CompletableFuture<TrainingHistory> result = new CompletableFuture<>();
        // Its own thread, so short calls go on during the run, as the real engine drains them between batches.
        Thread t = new Thread(() -> {
            int now = trainings.incrementAndGet();
            maxTrainings.accumulateAndGet(now, Math::max);
            try {
                for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                    for (int b = 1; b <= 4; b++) {
                        if (observer.cancelRequested()) throw new TrainingCancelledException(epoch, b);
                        spec(handle);
                        Thread.sleep(batchMillis);
                        observer.batchFinished(epoch, b, 4, 1.0 / epoch);
                    }
                    TrainingHistory.Epoch e = new TrainingHistory.Epoch(epoch, 1.0 / epoch, 1.1 / epoch, 0.01);
                    history.add(e);
                    observer.epochFinished(e, codes(spec(handle), test, 1 + 3 * epoch));
                }
                result.complete(history);
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                trainings.decrementAndGet();
            }
        }, "fake-training");
        t.setDaemon(true);
        t.start();
        return result;
    }

    /**
     * Frozen and fine-tuned: softmax regression on this engine's codes; from scratch: on the pixels. Losses fall
     * as 1/epoch, the pretrained ones from lower.
     */
    @Override
    public CompletableFuture<org.latentexplorer.training.PretrainedClassifier.Result> pretrain(ModelHandle handle, ImageSet train,
            int[] labelled, ImageSet test, int classes, org.latentexplorer.training.PretrainedClassifier.Config config,
            org.latentexplorer.training.PretrainedClassifier.Listener listener) {
        return run(() -> {
            ModelSpec spec = spec(handle);
            LatentCodes trainCodes = codes(spec, train, 1), testCodes = codes(spec, test, 1);
            float[][] x = new float[labelled.length][], pixels = new float[labelled.length][], testPixels = new float[test.count()][];
            int[] y = new int[labelled.length];
            for (int i = 0; i < labelled.length; i++) {
                x[i] = trainCodes.codes()[labelled[i]];
                pixels[i] = train.image(labelled[i]);
                y[i] = train.labels()[labelled[i]];
            }
            for (int i = 0; i < testPixels.length; i++) testPixels[i] = test.image(i);
            var options = org.latentexplorer.latent.features.SoftmaxClassifier.Options.defaults(0, config.seed());
            double pretrained = org.latentexplorer.latent.features.SoftmaxClassifier.fit(x, y, classes, options).accuracy(testCodes.codes(), test.labels());
            double scratch = org.latentexplorer.latent.features.SoftmaxClassifier.fit(pixels, y, classes, options).accuracy(testPixels, test.labels());
            List<org.latentexplorer.training.PretrainedClassifier.Run> runs = new java.util.ArrayList<>();
            for (var v : org.latentexplorer.training.PretrainedClassifier.Variant.values()) {
                if (v == org.latentexplorer.training.PretrainedClassifier.Variant.FINE_TUNED && !config.fineTune()) continue;
                boolean fromScratch = v == org.latentexplorer.training.PretrainedClassifier.Variant.SCRATCH;
                double[] losses = new double[config.epochs()];
                for (int e = 0; e < losses.length; e++) {
                    if (listener.cancelRequested()) throw new java.util.concurrent.CancellationException("pretraining cancelled");
                    losses[e] = (fromScratch ? 2.3 : 1.2) / (e + 1);
                    listener.epochFinished(v, e + 1, losses.length, losses[e]);
                }
                runs.add(new org.latentexplorer.training.PretrainedClassifier.Run(v, fromScratch ? scratch : pretrained, losses,
                        v == org.latentexplorer.training.PretrainedClassifier.Variant.FINE_TUNED ? 0.01 : 0));
            }
            return new org.latentexplorer.training.PretrainedClassifier.Result(labelled.length, test.count(), List.copyOf(runs));
        });
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    /** The fake runs no ONNX graphs: an import fails the way a file ONNX Runtime cannot read does. */
    @Override
    public CompletableFuture<org.latentexplorer.engine.onnx.OnnxImport.Result> importOnnx(org.latentexplorer.engine.onnx.OnnxImport.Request request) {
        return run(() -> {
            throw new org.latentexplorer.data.BadFileException(request.encoder(), "onnx.unreadable", "the fake engine runs no ONNX graphs");
        });
    }

    @Override
    public CompletableFuture<List<org.latentexplorer.engine.onnx.OnnxLayout.Port>> onnxOutputs(Path encoder) {
        return run(() -> {
            throw new org.latentexplorer.data.BadFileException(encoder, "onnx.unreadable", "the fake engine runs no ONNX graphs");
        });
    }

    @Override
    public int loadedCount() {
        return loaded.size();
    }

    boolean isLoaded(ModelHandle handle) {
        return loaded.containsKey(handle.id());
    }

    boolean idle() {
        return pending.get() == 0 && trainings.get() == 0;
    }

    int runningTrainings() {
        return trainings.get();
    }

    int mostTrainingsAtOnce() {
        return maxTrainings.get();
    }

    int doubleReleases() {
        return releasedTwice.get();
    }

    @Override
    public void close() {
        thread.shutdownNow();
        tasks.close();
    }
}
