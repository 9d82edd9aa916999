package org.latentexplorer.ui.datasets;

import org.latentexplorer.data.BadFileException;
import org.latentexplorer.data.DatasetReaders;
import org.latentexplorer.data.DatasetSource;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LoadProgress;
import org.latentexplorer.engine.ModelEngine;
import org.latentexplorer.model.ModelBundle;
import org.latentexplorer.ui.common.UiTasks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.prefs.Preferences;

/**
 * Opens a bundle whose dataset moved: when the engine cannot find the recorded dataset, the place the user gave
 * last time for that fingerprint is tried, else the user is asked where it is now ({@link Prompt}). The chosen
 * data must have the recorded fingerprint; anything else is refused with a message naming both. A dataset that
 * fits is remembered for that fingerprint (in the user's preferences when given).
 */
public final class DatasetLocator {
    /** Asks where a model's dataset is now; completes with the chosen file or folder, or null when cancelled. */
    public interface Prompt {
        CompletableFuture<Path> ask(Path model, DatasetSource recorded);
    }

    private final ModelEngine engine;
    private Prompt prompt;
    /** Fingerprint → where the user said the dataset is; kept for the session, and in {@link #memory} if set. */
    private final Map<String, Path> located = new ConcurrentHashMap<>();
    private volatile Preferences memory;

    public DatasetLocator(ModelEngine engine, Prompt prompt) {
        this.engine = engine;
        this.prompt = prompt;
    }

    public void setPrompt(Prompt p) {
        prompt = p;
    }

    /** Remembers located datasets across sessions in {@code node} (the app's preferences). */
    public void rememberIn(Preferences node) {
        memory = node;
    }

    /** Opens {@code file} as the engine does; a moved dataset is looked for as described above. */
    public CompletableFuture<ModelEngine.Opened> open(Path file) {
        return engine.open(file).exceptionallyCompose(error -> {
            Throwable t = UiTasks.unwrap(error);
            if (!isMissingDataset(t)) return CompletableFuture.failedFuture(t);
            return UiTasks.background(() -> ModelBundle.read(file).history().datasetSource())
                    .thenCompose(source -> source == null ? CompletableFuture.failedFuture(t) : locate(file, source, t));
        });
    }

    /** The engine's refusal when a recorded dataset is gone or changed (see {@link DatasetReaders#forModel}). */
    static boolean isMissingDataset(Throwable t) {
        return t instanceof BadFileException b && (b.key().startsWith("dataset.moved") || b.key().equals("dataset.changed"));
    }

    private CompletableFuture<ModelEngine.Opened> locate(Path file, DatasetSource source, Throwable notFound) {
        Path known = remembered(source.sha256());
        CompletableFuture<ImageDataset> earlier = known != null && Files.exists(known)
                ? readChecked(known, source).exceptionally(e -> null) : CompletableFuture.completedFuture(null);
        return earlier.thenCompose(data -> data != null ? engine.open(file, data) : ask(file, source, notFound));
    }

    private CompletableFuture<ModelEngine.Opened> ask(Path file, DatasetSource source, Throwable notFound) {
        CompletableFuture<Path> chosen = new CompletableFuture<>();
        UiTasks.fx(() -> prompt.ask(file, source).whenComplete((p, e) -> {
            if (e != null) chosen.completeExceptionally(e);
            else chosen.complete(p);
        }));
        return chosen.thenCompose(path -> {
            if (path == null) return CompletableFuture.failedFuture(notFound); // cancelled: the engine's own message
            return readChecked(path, source).thenCompose(data -> {
                remember(source.sha256(), path);
                return engine.open(file, data);
            });
        });
    }

    /** Reads {@code path} as the model's data was read (same size and split) and refuses other data. */
    private static CompletableFuture<ImageDataset> readChecked(Path path, DatasetSource source) {
        return UiTasks.background(() -> {
            ImageDataset data = DatasetReaders.read(path, source.options(), LoadProgress.NONE);
            if (!source.sameData(data)) {
                throw new BadFileException(path, "dataset.wrongData", source.path(), source.shortFingerprint(),
                        data.source().shortFingerprint(), data.height(), data.width(), data.train().count() + data.test().count());
            }
            return data;
        });
    }

    private Path remembered(String fingerprint) {
        Path p = located.get(fingerprint);
        if (p != null || memory == null) return p;
        String stored = memory.get(fingerprint, null);
        return stored == null ? null : Path.of(stored);
    }

    private void remember(String fingerprint, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        located.put(fingerprint, absolute);
        Preferences node = memory;
        if (node != null) node.put(fingerprint, absolute.toString());
    }
}
