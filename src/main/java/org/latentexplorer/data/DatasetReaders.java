package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one place that picks a dataset reader for a path, reads it, and finds a model's dataset again. The app's
 * Open dataset… and drag-and-drop, and every CLI {@code --dataset}, go through {@link #read}.
 */
public final class DatasetReaders {
    /** Asked in order; the image-folder reader takes any folder, so it comes after the folder formats. */
    private static final List<DatasetReader> READERS = List.of(new IdxFolderReader(), new NpyReader(), new NpzReader(),
            new CsvReader(), new ImageFolderReader());
    /** Candidates looked at per search folder when a moved dataset is searched by fingerprint. */
    private static final int MAX_CANDIDATES = 20;

    private DatasetReaders() {}

    public static List<DatasetReader> readers() {
        return READERS;
    }

    public static DatasetReader pick(Path path) throws IOException {
        if (!Files.exists(path)) throw new BadFileException(path, "dataset.notFound");
        for (DatasetReader r : READERS) if (r.accepts(path)) return r;
        throw new BadFileException(path, "dataset.unknownFormat");
    }

    /** Reads the dataset at {@code path} with the reader {@link #pick} chooses, and records its source. */
    public static ImageDataset read(Path path, ReadOptions options, LoadProgress progress) throws IOException {
        DatasetReader reader = pick(path);
        ImageDataset data;
        try {
            data = reader.read(path, options, progress);
        } catch (IOException e) {
            // Readers name the file; a library's own exception (an EOFException has no message) gets the path here.
            boolean named = e instanceof BadFileException
                    || (e.getMessage() != null && e.getMessage().contains(path.getFileName().toString()));
            if (named) throw e; // it names the file, or the file beside it at fault (a classes.txt)
            throw new BadFileException(path, "file.unreadable", e, String.valueOf(e));
        }
        Path absolute = path.toAbsolutePath().normalize();
        return data.withSource(new DatasetSource(absolute, reader.format(), data.channels(), data.height(), data.width(),
                Fingerprint.of(data), options, bundledName(absolute)));
    }

    /** A bundled dataset's name ({@code mnist}, {@code fashion-mnist}) or a path, as the CLI's --dataset takes it. */
    public static ImageDataset read(String nameOrPath, ReadOptions options, LoadProgress progress) throws IOException {
        return read(Assets.resolveDataset(nameOrPath), options, progress);
    }

    private static String bundledName(Path absolute) {
        Optional<Path> root = Assets.root();
        if (root.isEmpty()) return null;
        Path datasets = root.get().resolve("datasets").toAbsolutePath().normalize();
        return absolute.getParent() != null && absolute.getParent().equals(datasets) ? absolute.getFileName().toString() : null;
    }

    /**
     * The dataset a model was trained on. With a recorded source: read from its path if the fingerprint still
     * matches; else, for a bundled dataset, by its name; else the first dataset with that fingerprint among the
     * entries of {@code searchFolders} (same name first, up to two levels deep). Without one (bundles older than
     * sources), the dataset named {@code recordedName}.
     *
     * @throws IOException naming the recorded path and fingerprint when it is gone or changed and not found
     */
    public static ImageDataset forModel(String recordedName, DatasetSource source, List<Path> searchFolders,
                                        LoadProgress progress) throws IOException {
        if (source == null) return read(recordedName, ReadOptions.defaults(), progress);
        String changed = null;
        if (Files.exists(source.path())) {
            ImageDataset data = read(source.path(), source.options(), progress);
            if (source.sameData(data)) return data;
            changed = data.source().shortFingerprint();
        }
        if (source.bundledName() != null) {
            Path bundled = Assets.resolveDataset(source.bundledName());
            if (Files.exists(bundled) && !bundled.toAbsolutePath().normalize().equals(source.path())) {
                ImageDataset data = read(bundled, source.options(), progress);
                if (source.sameData(data)) return data;
            }
        }
        for (Path candidate : candidates(source, searchFolders)) {
            ImageDataset data;
            try {
                data = read(candidate, source.options(), progress);
            } catch (IOException | RuntimeException e) {
                if (e instanceof java.util.concurrent.CancellationException c) throw c;
                continue; // not a dataset, or not readable as one: keep looking
            }
            if (source.sameData(data)) return data;
        }
        // Keyed, with the recorded source's facts: the app asks for the dataset's new place and names them.
        String key = changed != null ? "dataset.changed" : searchFolders.isEmpty() ? "dataset.moved" : "dataset.movedSearched";
        throw new BadFileException(source.path(), key, source.format(), source.height(), source.width(), source.shortFingerprint(),
                changed != null ? changed : "", searchFolders.isEmpty() ? "" : searchFolders.toString());
    }

    /** Entries of each folder named like the recorded dataset first, then the others, to two levels. */
    private static List<Path> candidates(DatasetSource source, List<Path> folders) {
        String name = source.path().getFileName() == null ? "" : source.path().getFileName().toString();
        List<Path> sameName = new ArrayList<>(), others = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) continue;
            List<Path> found;
            try (Stream<Path> walk = Files.walk(folder, 2)) {
                found = walk.filter(p -> !p.equals(folder)).sorted().toList();
            } catch (IOException | java.io.UncheckedIOException e) {
                continue; // a folder we may not read (the working folder can be anything): search the others
            }
            int taken = 0;
            for (Path p : found) {
                if (p.getFileName().toString().equals(name)) sameName.add(p);
                else if (taken++ < MAX_CANDIDATES && looksLike(source.format(), p)) others.add(p);
            }
        }
        List<Path> all = new ArrayList<>(sameName);
        for (Path p : others) if (!all.contains(p)) all.add(p);
        return all;
    }

    private static boolean looksLike(String format, Path p) {
        try {
            for (DatasetReader r : READERS) if (r.accepts(p)) return r.format().equals(format);
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
