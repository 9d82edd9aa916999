package org.latentexplorer.ui.datasets;

import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.latentexplorer.data.DatasetReaders;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LoadProgress;
import org.latentexplorer.data.ReadOptions;
import org.latentexplorer.ui.common.LatestWins;
import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.training.TrainingViewModel;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

import static org.latentexplorer.ui.datasets.DatasetNoteTexts.TEXT;

/**
 * Opening the user's own dataset: read in the background with progress, an ETA and Cancel; then a summary of
 * what was read (and what the reader did to it), where the user may pick the image size and the test share and
 * read it again, before it is offered for training. Cancel stops the reader and leaves the app as it was.
 */
public final class OpenDatasetViewModel {
    /** What the panel shows: nothing, the progress of a read, or the summary of a finished one. */
    public enum Stage { HIDDEN, LOADING, SUMMARY }

    private final ExplorerViewModel explorer;
    private final TrainingViewModel training;
    private final LongSupplier clock;
    private final LatestWins reads = new LatestWins();
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(this, "stage", Stage.HIDDEN);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper loadingText = new ReadOnlyStringWrapper(this, "loadingText", "");
    private final ReadOnlyObjectWrapper<DatasetSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyObjectWrapper<ReadOptions> options = new ReadOnlyObjectWrapper<>(this, "options", ReadOptions.defaults());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** How a dataset is read; tests give a slow one to watch progress and Cancel. */
    interface Reader {
        ImageDataset read(Path file, ReadOptions options, LoadProgress progress) throws java.io.IOException;
    }

    private Reader reader = DatasetReaders::read;
    /** Run after a dataset went to the training panel (the view shows that panel). */
    private Runnable onOffered = () -> {};
    private Path path;
    private ImageDataset data;
    private CompletableFuture<ImageDataset> reading;
    private DatasetLoadProgress readProgress;
    /** Moves the progress from the reading thread to the properties once a frame, while a read runs. */
    private final AnimationTimer poll = new AnimationTimer() {
        @Override public void handle(long now) {
            showProgress();
        }
    };

    public OpenDatasetViewModel(ExplorerViewModel explorer, TrainingViewModel training) {
        this(explorer, training, System::nanoTime);
    }

    OpenDatasetViewModel(ExplorerViewModel explorer, TrainingViewModel training, LongSupplier clock) {
        this.explorer = explorer;
        this.training = training;
        this.clock = clock;
    }

    /** {@code action} runs after Train on it handed the dataset to the training panel. */
    public void setOnOffered(Runnable action) {
        onOffered = action;
    }

    void useReader(Reader r) {
        reader = r;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() { return stage.getReadOnlyProperty(); }
    /** Share read, -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** "12,000 of 60,000 read · about 4 s left". */
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    /** "Reading mnist_train.csv…". */
    public ReadOnlyStringProperty loadingTextProperty() { return loadingText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<DatasetSummary> summaryProperty() { return summary.getReadOnlyProperty(); }
    /** The options of the summary shown (its size and test share), which the next read starts from. */
    public ReadOnlyObjectProperty<ReadOptions> optionsProperty() { return options.getReadOnlyProperty(); }
    /** True while a read runs. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ImageDataset dataset() { return data; }

    /** The memory limit as the panel states it. */
    public String limitText() {
        ReadOptions o = ReadOptions.defaults();
        return TEXT.get("limit", String.format(Locale.ROOT, "%.0f", o.effectiveMaxPixels() / 1e6), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Reads the dataset at {@code file} (a file or folder) with the default options and shows what it holds. */
    public void open(Path file) {
        read(file, ReadOptions.defaults());
    }

    /** Reads the same dataset again with images resized to {@code height × width}. */
    public void chooseSize(int height, int width) {
        if (path != null) read(path, options.get().withSize(height, width));
    }

    /** Reads the same dataset again with {@code fraction} of each class in the test split (same seed). */
    public void chooseTestFraction(double fraction) {
        if (path != null) read(path, options.get().withSplit(fraction, options.get().seed()));
    }

    private void read(Path file, ReadOptions readOptions) {
        stopReading();
        LatestWins.Ticket ticket = reads.next();
        path = file;
        DatasetLoadProgress p = new DatasetLoadProgress(clock);
        readProgress = p;
        loadingText.set(TEXT.get("loading", file.getFileName()));
        progress.set(-1);
        progressText.set("");
        stage.set(Stage.LOADING);
        busy.set(true);
        poll.start();
        Reader r = reader;
        reading = UiTasks.background(() -> r.read(file, readOptions, p));
        ticket.onFx(reading, read -> {
            endRead();
            data = read;
            options.set(readOptions);
            summary.set(DatasetSummary.of(read));
            stage.set(Stage.SUMMARY);
        }, error -> {
            endRead();
            // A failed read leaves the app as it was: the panel shows the summary it showed, or closes.
            stage.set(data != null && summary.get() != null ? Stage.SUMMARY : Stage.HIDDEN);
            explorer.fail(error);
        });
    }

    /** Stops the read: the reader is interrupted and checks that between images; the app stays as it was. */
    public void cancel() {
        if (!busy.get()) return;
        stopReading();
        reads.invalidate();
        endRead();
        explorer.done(TEXT.get("cancelled", path.getFileName()));
        stage.set(data != null && summary.get() != null ? Stage.SUMMARY : Stage.HIDDEN);
    }

    private void stopReading() {
        if (readProgress != null) readProgress.cancel();
        if (reading != null) reading.cancel(true);
    }

    private void endRead() {
        poll.stop();
        showProgress();
        busy.set(false);
        reading = null;
    }

    /** The shown dataset goes to the training panel as the next run's data, with its chosen size and split. */
    public void train() {
        if (data == null || busy.get()) return;
        String name = path.toAbsolutePath().normalize().toString();
        explorer.addOpenedDataset(name, data);
        training.addDataset(path);
        close();
        onOffered.run();
    }

    /** Closes the panel; a read still running is cancelled. */
    public void close() {
        if (busy.get()) cancel();
        stage.set(Stage.HIDDEN);
        summary.set(null);
        data = null;
    }

    private void showProgress() {
        DatasetLoadProgress p = readProgress;
        if (p == null) return;
        progress.set(p.fraction());
        String count = p.total() > 0 ? TEXT.get("progress.images", p.done(), p.total()) : TEXT.get("progress.imagesUnknown", p.done());
        double left = p.secondsLeft();
        progressText.set(left < 0 ? count : count + " · " + TEXT.get("progress.eta", Math.max(1, Math.round(left))));
    }
}
