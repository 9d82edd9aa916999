package org.latentexplorer.engine;

import org.latentexplorer.latent.LatentCodes;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.latentexplorer.data.BadValueException;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.engine.onnx.OnnxBundle;
import org.latentexplorer.engine.onnx.OnnxImport;
import org.latentexplorer.engine.onnx.OnnxModel;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelBundle;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.ModelMeasures;
import org.latentexplorer.training.Training;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.training.TrainingProgress;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the app and the CLI do with networks, as plain arrays in and out. Every call runs on the
 * {@link EngineThread}; results come back as futures, so callers on the FX thread never wait on native code.
 */
public final class ModelService implements ModelEngine {

    private final EngineThread engine;
    private final TaskRunner tasks;
    /** Engine-thread state: the splits as NDArrays, converted once. */
    private final SplitTensors batches = new SplitTensors();
    private final DatasetCache datasetCache;
    /** Set by {@link #close}: a running training stops before its next batch, so the app can exit at once. */
    private volatile boolean closing;
    private final Map<Integer, Autoencoder> models = new HashMap<>();
    /** Imported ONNX models, run by ONNX Runtime on this same engine thread; ids are shared with {@link #models}. */
    private final Map<Integer, OnnxModel> imported = new HashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    /** A loaded bundle: the handle to use and the history stored with it. */
    public record Loaded(ModelHandle handle, TrainingHistory history) {}

    public ModelService() {
        this(new EngineThread());
    }

    public ModelService(EngineThread engine) {
        this(engine, new TaskRunner("latent-worker"));
    }

    /** With the app's one task runner, which this service then owns and shuts down. */
    public ModelService(EngineThread engine, TaskRunner tasks) {
        this.engine = engine;
        this.tasks = tasks;
        this.datasetCache = new DatasetCache(tasks);
    }

    public CompletableFuture<Loaded> load(Path file) {
        CompletableFuture<Object> read = tasks.submit(() -> OnnxBundle.isOnnx(file) ? OnnxBundle.read(file) : ModelBundle.read(file));
        return read.thenCompose(contents -> engine.submit(manager -> {
            if (contents instanceof OnnxBundle.Contents onnx) return new Loaded(registerImported(OnnxModel.open(onnx)), onnx.history());
            ModelBundle.Contents bundle = (ModelBundle.Contents) contents;
            Autoencoder model = ModelBundle.instantiate(file, bundle, manager);
            return new Loaded(register(model), bundle.history());
        }));
    }

    @Override
    public CompletableFuture<OnnxImport.Result> importOnnx(OnnxImport.Request request) {
        record Read(ImageDataset data, byte[] encoder, byte[] decoder) {}
        CompletableFuture<ImageDataset> data = dataset(request.dataset());
        CompletableFuture<Read> read = data.thenCompose(d -> tasks.submit(() ->
                new Read(d, OnnxImport.readGraph(request.encoder()), OnnxImport.readGraph(request.decoder()))));
        return read.thenCompose(r -> engine.submit(manager -> OnnxImport.run(request, r.data(), r.encoder(), r.decoder())));
    }

    @Override
    public CompletableFuture<java.util.List<org.latentexplorer.engine.onnx.OnnxLayout.Port>> onnxOutputs(Path encoder) {
        return tasks.submit(() -> OnnxImport.readGraph(encoder)).thenCompose(bytes -> engine.submit(manager -> OnnxImport.outputs(encoder, bytes)));
    }

    @Override
    public CompletableFuture<Opened> open(Path file) {
        return open(file, l -> datasetCache.ofModel(file, l.history().datasetSource(), l.handle().spec().dataset()));
    }

    @Override
    public CompletableFuture<Opened> open(Path file, ImageDataset located) {
        return open(file, l -> CompletableFuture.completedFuture(located));
    }

    private CompletableFuture<Opened> open(Path file, java.util.function.Function<Loaded, CompletableFuture<ImageDataset>> datasetOf) {
        CompletableFuture<Loaded> loaded = load(file);
        CompletableFuture<Opened> opened = loaded.thenCompose(l -> datasetOf.apply(l).thenCompose(data -> {
            ModelSpec spec = l.handle().spec();
            if (!DatasetMismatchException.fits(spec.channels(), spec.height(), spec.width(), data)) {
                throw new DatasetMismatchException(file, spec.channels(), spec.height(), spec.width(), data.name(),
                        data.channels(), data.height(), data.width());
            }
            return encode(l.handle(), data.test()).thenApply(codes -> new Opened(file, l.handle(), l.history(), data, codes));
        }));
        // Whatever failed after the model was loaded, it must not stay loaded.
        opened.whenComplete((o, error) -> {
            if (error != null) loaded.thenAccept(l -> release(l.handle()));
        });
        return opened;
    }


    /** A bundled dataset by name (or a path), read once and then shared. */
    @Override
    public CompletableFuture<ImageDataset> dataset(String name) {
        return datasetCache.named(name);
    }

    public CompletableFuture<ModelHandle> create(ModelSpec spec, long seed) {
        return engine.submit(manager -> {
            org.latentexplorer.model.BundleLimits.checkBuildable(spec); // a clear refusal before MXNet allocates
            return register(Autoencoder.create(spec, manager, seed));
        });
    }

    public CompletableFuture<Void> save(ModelHandle handle, TrainingHistory history, Path file) {
        return engine.submit(manager -> {
            OnnxModel onnx = imported.get(handle.id());
            if (onnx != null) {
                // An imported model is saved as it was imported: its graphs and the stored history.
                OnnxBundle.write(file, onnx.spec(), history, onnx.layout(), onnx.channels(), onnx.encoderBytes(), onnx.decoderBytes());
                return null;
            }
            ModelBundle.save(file, model(handle), history);
            return null;
        });
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    @Override
    public int loadedCount() {
        return engine.submit(manager -> models.size() + imported.size()).join();
    }

    /** Id and architecture of each loaded model, for diagnosing a leak. */
    public java.util.List<String> loadedModels() {
        return engine.submit(manager -> java.util.stream.Stream.concat(
                models.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().spec().describe()),
                imported.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().spec().describe())).toList()).join();
    }

    public CompletableFuture<Void> release(ModelHandle handle) {
        return engine.submit(manager -> {
            Autoencoder model = models.remove(handle.id());
            if (model != null) model.close();
            OnnxModel onnx = imported.remove(handle.id());
            if (onnx != null) onnx.close();
            return null;
        });
    }

    public CompletableFuture<LatentCodes> encode(ModelHandle handle, ImageSet images) {
        return engine.submit(manager -> imported.containsKey(handle.id()) ? imported.get(handle.id()).encode(images)
                : batches.encode(model(handle), manager, images));
    }

    public CompletableFuture<float[]> decode(ModelHandle handle, float[] code) {
        return decodeMany(handle, new float[][] {code}).thenApply(all -> all[0]);
    }

    /** Decodes many codes in one batch (a terrain grid, a path). */
    public CompletableFuture<float[][]> decodeMany(ModelHandle handle, float[][] codes) {
        return engine.submit(manager -> imported.containsKey(handle.id()) ? imported.get(handle.id()).decode(codes)
                : SplitTensors.decode(model(handle), manager, codes));
    }

    public CompletableFuture<Reconstruction> reconstruct(ModelHandle handle, float[] image) {
        return engine.submit(manager -> {
            if (imported.containsKey(handle.id())) return imported.get(handle.id()).reconstruct(image);
            Autoencoder model = model(handle);
            try (NDManager scope = manager.newSubManager()) {
                NDArray x = scope.create(image, new Shape(1, image.length));
                NDArray code = model.encode(x);
                NDArray out = model.decode(code);
                float[] pixels = out.toFloatArray();
                double sum = 0;
                for (int i = 0; i < pixels.length; i++) sum += (pixels[i] - image[i]) * (pixels[i] - image[i]);
                return new Reconstruction(code.toFloatArray(), pixels, (float) (sum / pixels.length));
            }
        });
    }

    /**
     * The columns of a linear decoder's weight (input size × code size): the subspace a linear autoencoder
     * reconstructs in, to compare with PCA's.
     */
    public CompletableFuture<double[][]> linearDecoderBasis(ModelHandle handle) {
        return engine.submit(manager -> {
            Autoencoder model = model(handle);
            var spec = model.spec();
            if (!spec.hidden().isEmpty() || spec.activation() != org.latentexplorer.model.Activation.LINEAR
                    || spec.output() != org.latentexplorer.model.Activation.LINEAR || spec.kind() != org.latentexplorer.model.ModelKind.AE
                    || spec.architecture() != org.latentexplorer.model.Architecture.DENSE) {
                throw new IllegalArgumentException("not a linear autoencoder: " + spec.describe());
            }
            var params = model.parameters();
            NDArray w = params.get(params.size() - 2).getArray(); // decoder weight, (inputs, code)
            int rows = Math.toIntExact(w.getShape().get(0)), cols = Math.toIntExact(w.getShape().get(1));
            float[] flat = w.toFloatArray();
            double[][] basis = new double[rows][cols];
            for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) basis[r][c] = flat[r * cols + c];
            return basis;
        });
    }

    /** A VAE's posterior for each image: q(z|x) = N(mu, exp(logVar)). */
    public record Posterior(float[][] mu, float[][] logVar) {}

    /** μ and log σ² of every image (VAE only), for σ ellipses, posterior samples and KL per dimension. */
    public CompletableFuture<Posterior> posterior(ModelHandle handle, ImageSet images) {
        return engine.submit(manager -> {
            if (imported.containsKey(handle.id())) return imported.get(handle.id()).posterior(images);
            Autoencoder model = model(handle);
            if (model.spec().kind() != org.latentexplorer.model.ModelKind.VAE) {
                throw new IllegalArgumentException("only a VAE has a posterior; this model is a " + model.spec().kind());
            }
            NDArray all = batches.tensor(manager, images);
            int n = images.count(), d = model.spec().latentDim();
            float[][] mu = new float[n][d], logVar = new float[n][d];
            int chunk = SplitTensors.chunkFor(model);
            for (int from = 0; from < n; from += chunk) {
                int to = Math.min(n, from + chunk);
                try (NDManager scope = model.manager().newSubManager()) {
                    NDArray x = all.get(new NDIndex().addSliceDim(from, to));
                    x.attach(scope);
                    float[] raw = model.encodeRaw(x, false).toFloatArray();
                    for (int i = from; i < to; i++) {
                        System.arraycopy(raw, (i - from) * 2 * d, mu[i], 0, d);
                        System.arraycopy(raw, (i - from) * 2 * d + d, logVar[i], 0, d);
                    }
                }
            }
            return new Posterior(mu, logVar);
        });
    }

    /** Mean loss per image and mean squared error per pixel over a split. */
    public record Evaluation(double loss, double mse) {}

    public CompletableFuture<Evaluation> evaluate(ModelHandle handle, ImageSet images) {
        return engine.submit(manager -> {
            if (imported.containsKey(handle.id())) return imported.get(handle.id()).evaluate(images);
            Autoencoder model = model(handle);
            NDArray x = batches.tensor(manager, images);
            return new Evaluation(ModelMeasures.meanLoss(model, x), ModelMeasures.meanSquaredError(model, x));
        });
    }

    /**
     * Trains the model in the background. {@code progress} is called on the engine thread; short jobs submitted
     * during training run between batches.
     */
    public CompletableFuture<TrainingHistory> train(ModelHandle handle, ImageSet train, ImageSet test,
                                                    TrainingConfig config, TrainingProgress progress,
                                                    TrainingHistory history) {
        return engine.submitLong(manager -> {
            if (imported.containsKey(handle.id())) throw new BadValueException("onnx.notTrainable", handle.spec().describe());
            Autoencoder model = model(handle);
            TrainingProgress draining = new TrainingProgress() {
                @Override public void methodChosen(String method) {
                    progress.methodChosen(method);
                }
                @Override public void batchFinished(int epoch, int batch, int batches, double loss) {
                    progress.batchFinished(epoch, batch, batches, loss);
                }
                @Override public void epochFinished(TrainingHistory.Epoch epoch) {
                    progress.epochFinished(epoch);
                }
                @Override public void betweenBatches() {
                    engine.drainShortJobs();
                }
                @Override public boolean cancelRequested() {
                    return closing || progress.cancelRequested();
                }
            };
            NDArray trainX = batches.tensor(manager, train), testX = test == null ? null : batches.tensor(manager, test);
            Training.train(model, trainX, testX, config, draining, history);
            return history;
        });
    }

    @Override
    public CompletableFuture<TrainingHistory> train(ModelHandle handle, ImageSet train, ImageSet test, TrainingConfig config,
                                                    TrainingObserver observer, TrainingHistory history) {
        return train(handle, train, test, config, new TrainingProgress() {
            @Override public void batchFinished(int epoch, int batch, int batches, double loss) {
                observer.batchFinished(epoch, batch, batches, loss);
            }
            @Override public void epochFinished(TrainingHistory.Epoch epoch) {
                observer.epochFinished(epoch, test == null ? null : encodeOnEngineThread(handle, test));
            }
            @Override public boolean cancelRequested() {
                return observer.cancelRequested();
            }
        }, history);
    }

    /** Encodes on the engine thread; for listeners that already run there (after an epoch). */
    public LatentCodes encodeOnEngineThread(ModelHandle handle, ImageSet images) {
        if (!engine.onEngineThread()) throw new IllegalStateException("not on the engine thread");
        if (imported.containsKey(handle.id())) return imported.get(handle.id()).encode(images);
        return batches.encode(model(handle), engine.manager(), images);
    }

    /** Trainable values of the model (tied weights count once). */
    public CompletableFuture<Long> parameterCount(ModelHandle handle) {
        return engine.submit(manager -> imported.containsKey(handle.id()) ? imported.get(handle.id()).parameterCount()
                : model(handle).parameterCount());
    }


    private Autoencoder model(ModelHandle handle) {
        Autoencoder model = models.get(handle.id());
        if (model == null) throw new ModelReleasedException(handle);
        return model;
    }

    private ModelHandle registerImported(OnnxModel model) {
        ModelHandle handle = new ModelHandle(nextId.getAndIncrement(), model.spec());
        imported.put(handle.id(), model);
        return handle;
    }

    private ModelHandle register(Autoencoder model) {
        ModelHandle handle = new ModelHandle(nextId.getAndIncrement(), model.spec());
        models.put(handle.id(), model);
        return handle;
    }

    @Override
    public CompletableFuture<org.latentexplorer.training.PretrainedClassifier.Result> pretrain(ModelHandle handle, ImageSet train,
            int[] labelled, ImageSet test, int classes, org.latentexplorer.training.PretrainedClassifier.Config config,
            org.latentexplorer.training.PretrainedClassifier.Listener listener) {
        return engine.submitLong(manager -> {
            // Pixels as rows here, not on the caller's thread (the FX thread, for the app).
            float[][] labelledX = new float[labelled.length][];
            int[] labelledY = new int[labelled.length];
            for (int i = 0; i < labelled.length; i++) {
                labelledX[i] = train.image(labelled[i]);
                labelledY[i] = train.labels()[labelled[i]];
            }
            float[][] testX = new float[test.count()][];
            for (int i = 0; i < testX.length; i++) testX[i] = test.image(i);
            return org.latentexplorer.training.PretrainedClassifier.run(model(handle), manager,
                labelledX, labelledY, testX, test.labels(), classes, config, new org.latentexplorer.training.PretrainedClassifier.Listener() {
                    @Override public void epochFinished(org.latentexplorer.training.PretrainedClassifier.Variant variant, int epoch, int epochs, double loss) {
                        listener.epochFinished(variant, epoch, epochs, loss);
                    }
                    @Override public void betweenBatches() {
                        engine.drainShortJobs();
                    }
                    @Override public boolean cancelRequested() {
                        return closing || listener.cancelRequested();
                    }
                });
        });
    }

    public EngineThread engine() {
        return engine;
    }

    /** Stops a running training before its next batch, then frees every model and stops both threads. */
    @Override
    public void close() {
        closing = true;
        tasks.close();
        engine.close();
    }
}
