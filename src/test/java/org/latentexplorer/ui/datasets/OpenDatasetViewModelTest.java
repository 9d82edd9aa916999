package org.latentexplorer.ui.datasets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.latentexplorer.data.BadFileException;
import org.latentexplorer.data.DatasetNote;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.ImageSet;
import org.latentexplorer.data.ReadOptions;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.lifecycle.FakeModelEngine;
import org.latentexplorer.ui.training.TrainingViewModel;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dataset panel's logic against a scripted reader: what a read, a re-read, a failure and Cancel leave behind. */
class OpenDatasetViewModelTest {
    private final Path file = Path.of("mine_train.csv").toAbsolutePath();
    private final List<ReadOptions> reads = new CopyOnWriteArrayList<>();
    private FakeModelEngine engine;
    private ExplorerViewModel explorer;
    private TrainingViewModel training;
    private OpenDatasetViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void create() {
        engine = new FakeModelEngine();
        explorer = fx(() -> new ExplorerViewModel(engine));
        training = fx(() -> new TrainingViewModel(explorer));
        vm = fx(() -> new OpenDatasetViewModel(explorer, training));
    }

    @AfterEach
    void close() {
        engine.close();
    }

    /** A reader that records its options and gives images of the chosen size (4 × 4 unless chosen). */
    private ImageDataset read(Path f, ReadOptions options, org.latentexplorer.data.LoadProgress progress) {
        reads.add(options);
        int h = options.hasSize() ? options.height() : 4, w = options.hasSize() ? options.width() : 4;
        ImageSet set = new ImageSet(new byte[3 * h * w], new int[] {0, 1, 1}, h, w);
        return new ImageDataset("mine", List.of("a", "b"), set, set,
                List.of(DatasetNote.of(DatasetNote.Kind.SPLIT, Math.round(options.testFraction() * 100), options.seed(), 3, 3)), null);
    }

    @Test
    void aFinishedReadIsSummarisedAndReadingAgainKeepsTheChosenShareAndSeed() {
        vm.useReader(this::read);
        fxRun(() -> vm.open(file));
        awaitStage(OpenDatasetViewModel.Stage.SUMMARY);
        assertEquals(List.of(new DatasetSummary.ClassCount("a", 1, 1), new DatasetSummary.ClassCount("b", 2, 2)),
                vm.summaryProperty().get().classes());
        assertTrue(vm.summaryProperty().get().splitMade());
        fxRun(() -> vm.chooseTestFraction(0.35));
        await(() -> vm.optionsProperty().get().testFraction() == 0.35);
        fxRun(() -> vm.chooseSize(6, 5));
        await(() -> vm.summaryProperty().get().height() == 6);
        ReadOptions last = reads.get(reads.size() - 1);
        assertEquals(0.35, last.testFraction(), "a chosen size keeps the chosen share");
        assertEquals(ReadOptions.defaults().seed(), last.seed());
        assertEquals(5, vm.summaryProperty().get().width());
    }

    @Test
    void aFailedReReadKeepsTheSummaryShownAndNamesTheFile() {
        vm.useReader(this::read);
        fxRun(() -> vm.open(file));
        awaitStage(OpenDatasetViewModel.Stage.SUMMARY);
        DatasetSummary shown = vm.summaryProperty().get();
        vm.useReader((f, o, p) -> {
            throw new BadFileException(f, "dataset.tooLarge", 9, 2, 2, 36, 10, 10, 64);
        });
        fxRun(() -> vm.chooseSize(2, 2));
        await(() -> explorer.statusIsErrorProperty().get());
        assertEquals(shown, vm.summaryProperty().get());
        String status = fx(() -> explorer.statusProperty().get());
        assertTrue(status.contains("mine_train.csv: 9 images of 2×2 are 36 pixels, more than the limit of 10"), status);
    }

    @Test
    void cancellingTheFirstReadClosesThePanelAndOffersNothing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        vm.useReader((f, o, p) -> {
            started.countDown();
            while (true) {
                p.advance(1, 10); // throws once cancelled
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
        });
        List<String> before = fx(() -> List.copyOf(training.datasets()));
        fxRun(() -> vm.open(file));
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertEquals(OpenDatasetViewModel.Stage.LOADING, fx(() -> vm.stageProperty().get()));
        fxRun(vm::cancel);
        assertEquals(OpenDatasetViewModel.Stage.HIDDEN, fx(() -> vm.stageProperty().get()));
        assertFalse(fx(() -> vm.busyProperty().get()));
        assertNull(vm.dataset());
        assertEquals(before, fx(() -> List.copyOf(training.datasets())));
        assertFalse(fx(() -> explorer.statusIsErrorProperty().get()));
    }

    @Test
    void trainOnItOffersTheReadDatasetUnderItsPath() throws Exception {
        vm.useReader(this::read);
        fxRun(() -> vm.open(file));
        awaitStage(OpenDatasetViewModel.Stage.SUMMARY);
        fxRun(() -> vm.chooseSize(7, 7));
        await(() -> vm.summaryProperty().get().height() == 7);
        fxRun(vm::train);
        String name = file.normalize().toString();
        ImageDataset offered = explorer.datasetFor(name).get(5, TimeUnit.SECONDS);
        assertEquals(7, offered.height(), "the dataset as the user chose it, not read again with defaults");
        await(() -> name.equals(training.datasetProperty().get()));
        assertEquals(OpenDatasetViewModel.Stage.HIDDEN, fx(() -> vm.stageProperty().get()));
    }

    private void awaitStage(OpenDatasetViewModel.Stage stage) {
        await(() -> vm.stageProperty().get() == stage);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }

    private static <T> T fx(Supplier<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work::get).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fxRun(Runnable work) {
        fx(() -> {
            work.run();
            return null;
        });
    }
}
