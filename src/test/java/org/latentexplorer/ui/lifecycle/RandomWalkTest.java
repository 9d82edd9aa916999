package org.latentexplorer.ui.lifecycle;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.latentexplorer.latent.LatentCodes;
import org.latentexplorer.engine.ModelHandle;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.explorer.ModelState;
import org.latentexplorer.ui.explorer.UnsavedModelPrompt.Choice;
import org.latentexplorer.ui.paths.PathsViewModel;
import org.latentexplorer.ui.training.TrainingViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A teacher at random: seeded sequences of what a user can do (open, pick, train, cancel, save, discard, arm
 * a pick, probe, select, close the window) against the real view models, checking after every step what must
 * always hold. A failure names the seed and the steps, so it replays: {@code -Dwalk.seed=N}.
 */
class RandomWalkTest {
    static final int STEPS = Integer.getInteger("walk.steps", 300);

    @TempDir Path dir;

    static LongStream seeds() {
        Long one = Long.getLong("walk.seed");
        return one != null ? LongStream.of(one) : LongStream.rangeClosed(1, Integer.getInteger("walk.seeds", 20));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyStepLeavesTheAppUsable(long seed) throws Exception {
        Random random = new Random(seed);
        List<String> steps = new ArrayList<>();
        int baseThreads = Thread.activeCount();
        try (Lesson l = new Lesson().started()) {
            List<Path> saved = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                String action = act(l, random, saved, step);
                steps.add(action);
                try {
                    l.settle();
                    check(l, baseThreads);
                } catch (AssertionError e) {
                    fail("seed " + seed + ", step " + step + " (" + action + "): " + e.getMessage()
                            + "\n  replay with -Dwalk.seed=" + seed + "\n  steps: " + String.join(", ", steps), e);
                }
            }
        }
    }

    private String act(Lesson l, Random random, List<Path> saved, int step) throws Exception {
        ExplorerViewModel explorer = l.explorer;
        TrainingViewModel training = l.training;
        int choice = random.nextInt(13);
        // Whatever is asked next gets a random answer.
        l.answers.clear();
        int answer = random.nextInt(3);
        Path file = dir.resolve("walk-" + step + ".zip");
        l.answers.add(answer == 0 ? Choice.save(file) : answer == 1 ? Choice.discard() : Choice.cancel());
        if (answer == 0) saved.add(file);
        switch (choice) {
            case 0, 1 -> {
                int k = random.nextInt(Fx.call(() -> explorer.models().size()));
                Fx.run(() -> explorer.open(explorer.models().get(k)));
                return "open #" + k + " (answer " + answer + ")";
            }
            case 2 -> {
                if (saved.isEmpty()) return "nothing saved to open";
                Path f = saved.get(random.nextInt(saved.size()));
                if (!java.nio.file.Files.exists(f)) return "saved file was not written";
                Fx.run(() -> explorer.openFile(f));
                return "open saved " + f.getFileName();
            }
            case 3, 4 -> {
                int epochs = 1 + random.nextInt(2);
                Fx.run(() -> {
                    training.epochsProperty().set(epochs);
                    training.latentProperty().set(2 + random.nextInt(2));
                    training.start();
                });
                return "train " + epochs;
            }
            case 5 -> {
                l.engine.batchMillis = 20;
                Fx.run(() -> {
                    training.epochsProperty().set(20);
                    training.start();
                });
                Thread.sleep(random.nextInt(200));
                Fx.run(training::cancel);
                l.engine.batchMillis = 2;
                return "train then cancel";
            }
            case 6 -> {
                Fx.run(() -> training.save(file));
                saved.add(file);
                return "save";
            }
            case 7 -> {
                Fx.run(training::discard);
                return "discard";
            }
            case 8 -> {
                Fx.run(() -> l.paths.pickProperty().set(random.nextBoolean() ? PathsViewModel.Pick.CLICKS : PathsViewModel.Pick.NONE));
                return "arm or disarm pick";
            }
            case 9 -> {
                Fx.run(() -> explorer.wallClaims().endAll());
                return "show another panel";
            }
            case 10 -> {
                double x = random.nextGaussian(), y = random.nextGaussian();
                Fx.run(() -> explorer.probe(x, y));
                return "probe";
            }
            case 11 -> {
                int index = random.nextInt(FakeModelEngine.TEST_IMAGES);
                Fx.run(() -> explorer.selectPoint(index));
                return "select " + index;
            }
            default -> {
                boolean closed = Fx.call(explorer::requestClose).get(10, TimeUnit.SECONDS);
                return "close window (" + (closed ? "closed, reopened" : "stayed") + ")";
            }
        }
    }

    private static void check(Lesson l, int baseThreads) {
        String problem = Fx.call(() -> {
            ExplorerViewModel e = l.explorer;
            if (e.statusIsErrorProperty().get()) return "error in the status bar: " + e.statusProperty().get();
            ModelHandle shown = e.modelProperty().get();
            LatentCodes codes = e.codesProperty().get();
            if (shown == null) {
                if (e.stateProperty().get() != ModelState.EMPTY) return "no model but state " + e.stateProperty().get();
                return null;
            }
            if (!l.engine.isLoaded(shown)) return "the wall shows released model " + shown.id();
            if (codes == null || e.wallSceneProperty().get() == null) return "a model without codes on the wall";
            if (codes.dimension() != shown.spec().latentDim()) return "codes of dimension " + codes.dimension() + " for a " + shown.spec().latentDim() + "-d model";
            if (codes.count() != e.datasetProperty().get().test().count()) return "codes of another dataset";
            if (e.wallSceneProperty().get().count() != codes.count()) return "the wall's scene is not the codes'";
            boolean panelHasRun = l.training.phaseProperty().get() == TrainingViewModel.Phase.FINISHED;
            if (panelHasRun != (e.stateProperty().get() == ModelState.TRAINED_UNSAVED)) {
                return "panel phase " + l.training.phaseProperty().get() + " but model state " + e.stateProperty().get();
            }
            if (e.stateProperty().get() == ModelState.READY && e.currentEntryProperty().get() == null) return "a saved model without its file";
            return null;
        });
        if (problem != null) throw new AssertionError(problem);
        if (l.engine.mostTrainingsAtOnce() > 1) throw new AssertionError("two trainings at once");
        if (l.engine.doubleReleases() > 0) throw new AssertionError("a model was released twice");
        // The wall's model, and at most one stale load being released: nothing else may stay loaded.
        if (l.engine.loadedCount() > 1) throw new AssertionError(l.engine.loadedCount() + " models loaded");
        if (Thread.activeCount() > baseThreads + 12) throw new AssertionError("threads grow: " + Thread.activeCount());
    }
}
