package org.latentexplorer.engine;

import org.latentexplorer.latent.LatentCodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.latentexplorer.Fixtures;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.TrainingHistory;
import org.latentexplorer.training.TrainingConfig;
import org.latentexplorer.training.TrainingProgress;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelServiceTest {
    private static final ImageDataset DATA = Fixtures.mnist(1000, 200);
    private static ModelService service;
    private static ModelHandle vae;

    @BeforeAll
    static void start() {
        service = new ModelService();
        vae = service.create(Fixtures.spec(ModelKind.VAE, 3, 64), 5).join();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void decodingManyCodesAtOnceEqualsDecodingEachAlone() {
        SplittableRandom random = new SplittableRandom(9);
        float[][] codes = new float[50][3];
        for (float[] code : codes) for (int j = 0; j < 3; j++) code[j] = (float) (random.nextGaussian() * 2);

        float[][] together = service.decodeMany(vae, codes).join();

        assertEquals(50, together.length);
        for (int i = 0; i < codes.length; i++) {
            float[] alone = service.decode(vae, codes[i]).join();
            assertEquals(784, alone.length);
            assertArrayEquals(alone, together[i], 1e-5f, "code " + i);
        }
        assertFalse(java.util.Arrays.equals(together[0], together[1]), "different codes should decode differently");
    }

    @Test
    void decodeRejectsACodeOfTheWrongSize() {
        CompletionException e = assertThrows(CompletionException.class, () -> service.decode(vae, new float[] {1, 2}).join());
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("model expects 3"), e.getCause().getMessage());
    }

    @Test
    void encodeGivesTheEncoderMeansAndTheReconstructionErrors() {
        ImageSet images = DATA.test().head(40);
        LatentCodes codes = service.encode(vae, images).join();
        LatentCodes again = service.encode(vae, images).join();

        assertEquals(40, codes.count());
        assertEquals(3, codes.dimension());
        assertArrayEquals(images.labels(), codes.labels());
        for (int i = 0; i < 40; i++) {
            assertArrayEquals(codes.codes()[i], again.codes()[i], "a VAE's code is its mean, not a sample");
            Reconstruction r = service.reconstruct(vae, images.image(i)).join();
            assertArrayEquals(r.code(), codes.codes()[i], 1e-5f, "image " + i);
            assertEquals(r.error(), codes.errors()[i], 1e-6, "image " + i);
        }
    }

    /** Convolutional models are encoded in chunks of 64; images on either side of a chunk edge must not mix. */
    @Test
    void aConvolutionalModelEncodesAcrossChunkEdgesAsEachImageAlone() {
        ModelHandle conv = service.create(org.latentexplorer.training.Presets.require("conv-ae-2d").specFor(DATA), 2).join();
        ImageSet images = DATA.test().head(150);
        LatentCodes codes = service.encode(conv, images).join();
        assertEquals(150, codes.count());
        for (int i : new int[] {0, 63, 64, 127, 128, 149}) {
            Reconstruction alone = service.reconstruct(conv, images.image(i)).join();
            assertArrayEquals(alone.code(), codes.codes()[i], 1e-4f, "image " + i);
            assertEquals(alone.error(), codes.errors()[i], 1e-5, "image " + i);
        }
        service.release(conv).join();
    }

    @Test
    void shortJobSubmittedDuringTrainingCompletesBeforeTrainingEnds() throws Exception {
        ModelHandle model = service.create(Fixtures.spec(ModelKind.AE, 2, 32), 1).join();
        CountDownLatch trainingStarted = new CountDownLatch(1);
        CountDownLatch submitted = new CountDownLatch(1);
        AtomicInteger batchWhenDone = new AtomicInteger(-1);
        AtomicInteger lastBatch = new AtomicInteger();
        AtomicReference<CompletableFuture<float[]>> decode = new AtomicReference<>();

        CompletableFuture<TrainingHistory> training = service.train(model, DATA.train(), null,
                new TrainingConfig(1, 50, 1e-3, 1), new TrainingProgress() {
                    @Override public void batchFinished(int epoch, int batch, int batches, double loss) {
                        lastBatch.set(batch);
                        if (batch == 1) {
                            trainingStarted.countDown();
                            await(submitted);
                        } else if (batchWhenDone.get() < 0 && decode.get().isDone()) {
                            batchWhenDone.set(batch);
                        }
                    }
                }, new TrainingHistory());

        assertTrue(trainingStarted.await(60, TimeUnit.SECONDS), "training did not start");
        decode.set(service.decode(model, new float[] {0.5f, -0.5f}));
        submitted.countDown();
        float[] image = decode.get().get(60, TimeUnit.SECONDS);
        training.get(60, TimeUnit.SECONDS);

        assertEquals(784, image.length);
        assertEquals(20, lastBatch.get(), "1,000 images in batches of 50");
        assertEquals(2, batchWhenDone.get(), "the decode should run right after the batch it was submitted in");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("test thread did not submit");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
