package org.latentexplorer.ui.lifecycle;

import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.explorer.ModelState;
import org.latentexplorer.ui.explorer.UnsavedModelPrompt;
import org.latentexplorer.ui.paths.PathsViewModel;
import org.latentexplorer.ui.training.TrainingViewModel;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real view models of one window over a {@link FakeModelEngine}, with a scripted answer to the
 * unsaved-model question: what a teacher's session looks like to the view models, without a window.
 */
final class Lesson implements AutoCloseable {
    final FakeModelEngine engine = new FakeModelEngine();
    final ExplorerViewModel explorer;
    final TrainingViewModel training;
    final PathsViewModel paths;
    /** Answers to the unsaved-model question, in order; when empty the answer is Cancel. */
    final Deque<UnsavedModelPrompt.Choice> answers = new ArrayDeque<>();
    final AtomicInteger questions = new AtomicInteger();

    Lesson() {
        Fx.start();
        explorer = Fx.call(() -> new ExplorerViewModel(engine));
        training = Fx.call(() -> new TrainingViewModel(explorer));
        paths = Fx.call(() -> new PathsViewModel(explorer));
        Fx.run(() -> explorer.setUnsavedPrompt(name -> {
            questions.incrementAndGet();
            UnsavedModelPrompt.Choice next = answers.poll();
            return CompletableFuture.completedFuture(next == null ? UnsavedModelPrompt.Choice.cancel() : next);
        }));
    }

    /** Opens the bundled models' list and the default model. */
    Lesson started() {
        Fx.run(explorer::start);
        settle();
        return this;
    }

    /** Waits until the engine is idle and nothing is loading. */
    void settle() {
        if (!Fx.await(() -> engine.idle() && explorer.stateProperty().get() != ModelState.LOADING
                && training.phaseProperty().get() != TrainingViewModel.Phase.RUNNING, 10_000)) {
            throw new AssertionError("did not settle: state " + Fx.call(() -> explorer.stateProperty().get())
                    + ", phase " + Fx.call(() -> training.phaseProperty().get()) + ", status " + status());
        }
    }

    /** Trains a fresh model for {@code epochs} epochs and waits for the run to end. */
    void train(int epochs) {
        Fx.run(() -> {
            training.presetProperty().set(null);
            training.epochsProperty().set(epochs);
            training.start();
        });
        settle();
    }

    void open(String name) {
        Fx.run(() -> explorer.open(explorer.models().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow()));
        settle();
    }

    void openFile(Path file) {
        Fx.run(() -> explorer.openFile(file));
        settle();
    }

    ModelState state() {
        return Fx.call(() -> explorer.stateProperty().get());
    }

    String status() {
        return Fx.call(() -> explorer.statusProperty().get());
    }

    String shownName() {
        return Fx.call(() -> explorer.currentEntryProperty().get() == null ? null : explorer.currentEntryProperty().get().name());
    }

    @Override
    public void close() {
        engine.close();
    }
}
