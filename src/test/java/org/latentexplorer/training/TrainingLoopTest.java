package org.latentexplorer.training;

import ai.djl.ndarray.NDArray;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.model.Autoencoder;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainingLoopTest {
    private static final ImageDataset DATA = Fixtures.mnist(2000, 500);
    private static ModelService service;

    @BeforeAll
    static void start() {
        service = new ModelService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** Trains and returns the failure the run ended with (unwrapped from the future). */
    private static Throwable trainingFailure(ModelHandle model, TrainingConfig config, TrainingProgress listener) {
        CompletionException e = assertThrows(CompletionException.class, () ->
                service.train(model, DATA.train(), DATA.test(), config, listener, new TrainingHistory()).join());
        return e.getCause();
    }

    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void twoEpochsLowerTheTestLoss(ModelKind kind) {
        ModelHandle model = service.create(Fixtures.spec(kind, 2, 128), 3).join();
        double initial = service.evaluate(model, DATA.test()).join().loss();
        List<Integer> batchesPerEpoch = new java.util.ArrayList<>();
        TrainingHistory history = service.train(model, DATA.train(), DATA.test(), new TrainingConfig(2, 64, 1e-3, 3),
                new TrainingProgress() {
                    @Override public void batchFinished(int epoch, int batch, int batches, double loss) {
                        if (batch == batches) batchesPerEpoch.add(batches);
                    }
                }, new TrainingHistory()).join();
        service.release(model).join();

        List<TrainingHistory.Epoch> epochs = history.epochs();
        assertEquals(2, epochs.size());
        assertEquals(List.of(32, 32), batchesPerEpoch, "2,000 images in batches of 64");
        double first = epochs.get(0).testLoss(), second = epochs.get(1).testLoss();
        assertTrue(first < initial, "epoch 1 should improve on the untrained " + initial + ", was " + first);
        assertTrue(second < first, "epoch 2 should improve on epoch 1's " + first + ", was " + second);
        assertTrue(epochs.get(1).trainLoss() < epochs.get(0).trainLoss(), "train loss should fall too");
    }

    /** The compiled loss is what makes these recipes fast; a change to the model's loss must not silently lose it. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"course-mlp-3d", "vae-mlp-2d", "conv-ae-2d"})
    void theBenchmarkedRecipesTrainWithTheCompiledLoss(String recipe) {
        ImageDataset small = Fixtures.mnist(300, 100);
        ModelHandle model = service.create(Presets.require(recipe).specFor(small), 1).join();
        java.util.concurrent.atomic.AtomicReference<String> method = new java.util.concurrent.atomic.AtomicReference<>("none");
        service.train(model, small.train(), small.test(), new TrainingConfig(1, 64, 1e-3, 1), new TrainingProgress() {
                    @Override public void methodChosen(String chosen) {
                        method.set(chosen);
                    }
                }, new TrainingHistory()).join();
        service.release(model).join();
        assertTrue(method.get().startsWith("compiled loss"), method.get());
    }

    /** The loop with plain DJL, as another engine would run it: same losses as with MXNet's shortcuts, the same seed. */
    @Test
    void withoutEngineShortcutsTheLoopTrainsWithPlainDjlToTheSameLosses() {
        ImageDataset small = Fixtures.mnist(600, 200);
        ModelSpec spec = Presets.require("course-mlp-3d").specFor(small);
        TrainingConfig config = new TrainingConfig(2, 64, 1e-3, 5);
        List<String> methods = new java.util.ArrayList<>();
        TrainingProgress progress = new TrainingProgress() {
            @Override public void methodChosen(String method) {
                methods.add(method);
            }
        };
        double[][] losses = Fixtures.onEngine(m -> {
            double[][] byPath = new double[2][];
            for (int path = 0; path < 2; path++) {
                try (Autoencoder model = Autoencoder.create(spec, m, 5)) {
                    NDArray train = PresetsTest.images(m, small.train()), test = PresetsTest.images(m, small.test());
                    TrainingHistory history = new TrainingHistory();
                    TrainingLoop.train(model, train, test, config, progress, history,
                            path == 0 ? Acceleration.forModel(model) : Acceleration.NONE);
                    byPath[path] = history.epochs().stream().mapToDouble(TrainingHistory.Epoch::testLoss).toArray();
                }
            }
            return byPath;
        });
        assertTrue(methods.get(0).startsWith("compiled loss (CachedOp), grouped Adam"), methods.get(0));
        assertEquals("imperative loss, DJL adam per parameter, loss read one step late", methods.get(1));
        for (int e = 0; e < 2; e++) {
            assertEquals(losses[0][e], losses[1][e], 1e-3 * losses[0][e], "test loss after epoch " + (e + 1));
        }
    }

    @Test
    void trainingAgainContinuesTheHistoryAndTheWeights() {
        ModelHandle model = service.create(Fixtures.spec(ModelKind.AE, 2, 32), 2).join();
        ImageDataset small = Fixtures.mnist(500, 200);
        TrainingConfig oneEpoch = new TrainingConfig(1, 50, 1e-3, 2);
        TrainingHistory history = new TrainingHistory();
        service.train(model, small.train(), small.test(), oneEpoch, new TrainingProgress() {}, history).join();
        service.train(model, small.train(), small.test(), new TrainingConfig(2, 50, 1e-3, 2), new TrainingProgress() {}, history).join();
        double after = service.evaluate(model, small.test()).join().loss();
        service.release(model).join();

        assertEquals(List.of(1, 2, 3), history.epochs().stream().map(TrainingHistory.Epoch::epoch).toList());
        assertTrue(history.epochs().get(2).testLoss() < history.epochs().get(0).testLoss(), history.epochs().toString());
        assertEquals(history.epochs().get(2).testLoss(), after, 1e-3, "evaluation after training sees the trained weights");
    }

    @Test
    void cancelStopsBeforeTheNextBatch() {
        ModelHandle model = service.create(Fixtures.spec(ModelKind.AE, 2, 32), 1).join();
        AtomicInteger batches = new AtomicInteger();
        Throwable failure = trainingFailure(model, new TrainingConfig(3, 32, 1e-3, 1), new TrainingProgress() {
            @Override public void batchFinished(int epoch, int batch, int perEpoch, double loss) {
                batches.incrementAndGet();
            }

            @Override public boolean cancelRequested() {
                return batches.get() >= 3;
            }
        });
        service.release(model).join();
        assertInstanceOf(TrainingCancelledException.class, failure);
        assertEquals(3, batches.get(), "no batch may run after the cancel request");
    }

    @Test
    void hugeLearningRateRaisesDivergedWithinAFewBatches() {
        ModelHandle model = service.create(Fixtures.spec(ModelKind.AE, 2, 64), 1).join();
        AtomicInteger batches = new AtomicInteger();
        Throwable failure = trainingFailure(model, new TrainingConfig(1, 64, 1e10, 1), new TrainingProgress() {
            @Override public void batchFinished(int epoch, int batch, int perEpoch, double loss) {
                batches.incrementAndGet();
            }
        });
        service.release(model).join();
        assertInstanceOf(TrainingDivergedException.class, failure);
        assertTrue(failure.getMessage().contains("smaller learning rate"), failure.getMessage());
        assertTrue(batches.get() < 5, "should diverge at once, ran " + batches.get() + " finite batches");
    }
}
