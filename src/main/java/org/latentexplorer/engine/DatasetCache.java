package org.latentexplorer.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.latentexplorer.data.DatasetReaders;
import org.latentexplorer.data.DatasetSource;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.data.LoadProgress;
import org.latentexplorer.data.ReadOptions;

/**
 * Datasets read once and then shared (several models on one dataset, the scorecard's two walls), on the task
 * runner. A failed read is not kept: the user may fix the folder and try again.
 */
final class DatasetCache {
    private final TaskRunner tasks;
    private final Map<String, CompletableFuture<ImageDataset>> datasets = new ConcurrentHashMap<>();

    DatasetCache(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** A bundled dataset by name, or a path, read with the default options. */
    CompletableFuture<ImageDataset> named(String name) {
        return cached(name, () -> DatasetReaders.read(name, ReadOptions.defaults(), LoadProgress.NONE));
    }

    /**
     * The dataset a bundle was trained on: a bundled one by name; one the bundle's recorded source points to
     * (or that has its fingerprint, beside the model or in the working folder), read once per content.
     */
    CompletableFuture<ImageDataset> ofModel(Path bundle, DatasetSource source, String name) {
        if (source == null) return named(name);
        if (source.bundledName() != null) return named(source.bundledName());
        List<Path> search = new ArrayList<>();
        Path folder = bundle.toAbsolutePath().getParent();
        if (folder != null) search.add(folder);
        search.add(Path.of("").toAbsolutePath());
        return cached("sha256:" + source.sha256(), () -> DatasetReaders.forModel(name, source, search, LoadProgress.NONE));
    }

    private CompletableFuture<ImageDataset> cached(String key, Callable<ImageDataset> read) {
        CompletableFuture<ImageDataset> data = datasets.computeIfAbsent(key, k -> tasks.submit(read));
        data.whenComplete((d, error) -> {
            if (error != null) datasets.remove(key, data);
        });
        return data;
    }
}
