package org.latentexplorer.ui.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.latent.PcaProjection;
import org.latentexplorer.ui.explorer.ModelState;
import org.latentexplorer.ui.explorer.UnsavedModelPrompt.Choice;
import org.latentexplorer.ui.paths.PathsViewModel;
import org.latentexplorer.ui.training.TrainingViewModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wall's model through its life: each test is a sequence that broke in front of a class, and its right end. */
class ModelLifecycleTest {
    @TempDir Path dir;

    @Test
    void openingAnotherModelAsksToSaveTheTrainedOneAndSavesItFirst() throws Exception {
        try (Lesson l = new Lesson().started()) {
            l.train(2);
            assertEquals(ModelState.TRAINED_UNSAVED, l.state());
            ModelHandle trained = Fx.call(() -> l.explorer.modelProperty().get());
            Path file = dir.resolve("mine.zip");
            l.answers.add(Choice.save(file));
            l.open("mnist-ae-2d");
            assertEquals(1, l.questions.get());
            assertTrue(Files.exists(file), "saved before being replaced");
            assertEquals("mnist-ae-2d", l.shownName());
            assertFalse(l.engine.isLoaded(trained), "the trained model is released once replaced");
            // The Train panel no longer offers Save for a model that is gone, and the next run works.
            assertEquals(TrainingViewModel.Phase.IDLE, Fx.call(() -> l.training.phaseProperty().get()));
            l.train(1);
            assertEquals(ModelState.TRAINED_UNSAVED, l.state());
            assertFalse(Fx.call(() -> l.explorer.statusIsErrorProperty().get()), l.status());
        }
    }

    @Test
    void cancellingTheQuestionKeepsTheTrainedModelOnTheWall() {
        try (Lesson l = new Lesson().started()) {
            l.train(1);
            ModelHandle trained = Fx.call(() -> l.explorer.modelProperty().get());
            l.answers.add(Choice.cancel());
            l.open("mnist-ae-2d");
            assertEquals(trained, Fx.call(() -> l.explorer.modelProperty().get()));
            assertEquals(ModelState.TRAINED_UNSAVED, l.state());
            assertTrue(l.engine.isLoaded(trained));
            assertEquals(TrainingViewModel.Phase.FINISHED, Fx.call(() -> l.training.phaseProperty().get()), "Save… still offered");
        }
    }

    @Test
    void discardingShowsTheModelFromBeforeAndClearsTheRunFromThePanel() {
        try (Lesson l = new Lesson().started()) {
            l.open("mnist-ae-2d");
            l.train(2);
            assertFalse(Fx.call(() -> l.training.trainLoss().isEmpty()));
            Fx.run(l.training::discard);
            l.settle();
            assertEquals("mnist-ae-2d", l.shownName());
            assertEquals(ModelState.READY, l.state());
            assertTrue(Fx.call(() -> l.training.trainLoss().isEmpty() && l.training.testLoss().isEmpty()
                    && l.training.timeline().isEmpty() && l.training.modelFactsProperty().get().isEmpty()));
            assertEquals(0, l.questions.get(), "Discard is itself the answer");
        }
    }

    @Test
    void startingAnotherRunAsksAboutTheUnsavedOneInsteadOfDroppingIt() {
        try (Lesson l = new Lesson().started()) {
            l.train(1);
            ModelHandle first = Fx.call(() -> l.explorer.modelProperty().get());
            l.answers.add(Choice.cancel());
            l.train(1);
            assertEquals(1, l.questions.get());
            assertEquals(first, Fx.call(() -> l.explorer.modelProperty().get()), "cancel starts no run");
            l.answers.add(Choice.discard());
            l.train(1);
            assertNotEquals(first, Fx.call(() -> l.explorer.modelProperty().get()));
            assertFalse(l.engine.isLoaded(first));
        }
    }

    @Test
    void closingWhileTrainingCancelsTheRunThenAsks() throws Exception {
        try (Lesson l = new Lesson().started()) {
            l.engine.batchMillis = 50;
            Fx.run(() -> {
                l.training.epochsProperty().set(50);
                l.training.start();
            });
            assertTrue(Fx.await(() -> l.explorer.stateProperty().get() == ModelState.TRAINING
                    && !l.training.trainLoss().isEmpty(), 10_000));
            l.answers.add(Choice.discard());
            CompletableFuture<Boolean> close = Fx.call(l.explorer::requestClose);
            assertTrue(close.get(5, TimeUnit.SECONDS), "may close once discarded");
            assertEquals(0, l.engine.runningTrainings(), "the run was cancelled, not left computing");
            assertEquals(1, l.questions.get());
            l.settle(); // the release is queued on the engine like any call
            assertEquals(0, l.engine.loadedCount(), "nothing left loaded but released");
        }
    }

    @Test
    void closingWithoutUnsavedWorkDoesNotAsk() throws Exception {
        try (Lesson l = new Lesson().started()) {
            assertTrue(Fx.call(l.explorer::requestClose).get(5, TimeUnit.SECONDS));
            assertEquals(0, l.questions.get());
        }
    }

    @Test
    void reopeningASavedModelAfterTrainingAnotherOpensIt() {
        try (Lesson l = new Lesson().started()) {
            l.train(1);
            Path saved = dir.resolve("first.zip");
            Fx.run(() -> l.training.save(saved));
            l.settle();
            assertEquals("first", l.shownName());
            l.train(1);
            l.answers.add(Choice.discard());
            l.openFile(saved);
            assertEquals("first", l.shownName());
            assertEquals(ModelState.READY, l.state());
            ModelHandle shown = Fx.call(() -> l.explorer.modelProperty().get());
            assertTrue(l.engine.isLoaded(shown));
        }
    }

    @Test
    void anArmedPickEndsWhenAnotherPanelTakesTheWallOrTheModelChanges() {
        try (Lesson l = new Lesson().started()) {
            Fx.run(() -> l.paths.pickProperty().set(PathsViewModel.Pick.CLICKS));
            Fx.run(() -> l.explorer.wallClaims().endAll()); // what the view does when another panel is shown
            assertEquals(PathsViewModel.Pick.NONE, Fx.call(() -> l.paths.pickProperty().get()));
            Fx.run(() -> l.paths.pickProperty().set(PathsViewModel.Pick.CLICKS));
            l.open("mnist-ae-2d");
            assertEquals(PathsViewModel.Pick.NONE, Fx.call(() -> l.paths.pickProperty().get()));
        }
    }

    @Test
    void aNewModelStartsWithItsOwnProjectionNoProbeAndNoStalePointerText() {
        try (Lesson l = new Lesson().started()) {
            l.open("mnist-vae-3d");
            Fx.run(() -> {
                var codes = l.explorer.codesProperty().get();
                l.explorer.useProjection(new PcaProjection(codes.codes(), codes.dimension()));
                l.explorer.probe(0.3, 0.2);
                l.explorer.pointerMoved(5, 5);
            });
            l.open("mnist-ae-2d");
            assertEquals("", Fx.call(() -> l.explorer.pointerTextProperty().get()));
            assertNull(Fx.call(() -> l.explorer.wallSceneProperty().get().probe()));
            assertEquals(2, Fx.call(() -> l.explorer.codesProperty().get().dimension()));
            assertFalse(Fx.call(() -> l.explorer.projectionProperty().get() instanceof PcaProjection));
        }
    }

    @Test
    void theTrainingPanelShowsItsOwnRunOnly() {
        try (Lesson l = new Lesson().started()) {
            l.engine.batchMillis = 40;
            Fx.run(() -> {
                l.training.epochsProperty().set(30);
                l.training.start();
            });
            assertTrue(Fx.await(() -> l.training.trainLoss().size() >= 1, 10_000));
            Fx.run(l.training::cancel);
            l.settle();
            double progress = Fx.call(() -> l.training.progressProperty().get());
            assertTrue(progress > 0 && progress < 1, "a cancelled run shows how far it got: " + progress);
            String facts = Fx.call(() -> l.training.modelFactsProperty().get());
            assertTrue(facts.contains("256"), "this run's parameter count: " + facts);
            assertEquals("mnist-vae-2d-trained.zip", Fx.call(l.training::suggestedFileName));
            l.answers.add(Choice.discard());
            l.open("mnist-ae-2d");
            assertTrue(Fx.call(() -> l.training.trainLoss().isEmpty()), "the discarded run's chart is gone");
        }
    }

    @Test
    void aFailedOpenLeavesTheWallAsItWasAndSaysWhichFile() throws Exception {
        try (Lesson l = new Lesson().started()) {
            ModelHandle before = Fx.call(() -> l.explorer.modelProperty().get());
            Path broken = dir.resolve("broken.zip");
            Files.writeString(broken, "garbage");
            l.openFile(broken);
            assertEquals(before, Fx.call(() -> l.explorer.modelProperty().get()));
            assertEquals(ModelState.READY, l.state());
            assertTrue(Fx.call(() -> l.explorer.statusIsErrorProperty().get()));
            assertEquals("mnist-vae-2d", l.shownName());
            assertNotNull(Fx.call(() -> l.explorer.wallSceneProperty().get()));
        }
    }

    @Test
    void aUsersOwnDatasetIsReadOnceAndChosenForTheNextRun() {
        try (Lesson l = new Lesson().started()) {
            Path mine = dir.resolve("mnist_train.csv");
            Fx.run(() -> l.training.addDataset(mine));
            l.settle();
            String name = mine.toAbsolutePath().normalize().toString();
            assertTrue(Fx.call(() -> l.training.datasets().contains(name)));
            assertEquals(name, Fx.call(() -> l.training.datasetProperty().get()));
            assertFalse(Fx.call(() -> l.explorer.statusIsErrorProperty().get()), l.status());
            l.train(1);
            assertEquals(ModelState.TRAINED_UNSAVED, l.state());
            assertEquals(name, Fx.call(() -> l.explorer.modelProperty().get().spec().dataset()));
        }
    }
}
