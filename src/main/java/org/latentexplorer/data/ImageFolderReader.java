package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A folder of pictures: one sub-folder per class ({@code cats/…png}, {@code dogs/…jpg}), optionally under
 * {@code train/} and {@code test/}; pictures directly in the folder are one unlabeled class. Class names are the
 * folder names in sorted order. Gray pictures give 1 channel; if any picture has colour, all are read as 3.
 * Without train/test a {@link Splits#stratified stratified split} is made.
 */
final class ImageFolderReader implements DatasetReader {
    static final String UNLABELED = "unlabeled";

    @Override
    public String format() {
        return "image-folder";
    }

    @Override
    public boolean accepts(Path path) {
        return Files.isDirectory(path);
    }

    @Override
    public ImageDataset read(Path root, ReadOptions options, LoadProgress progress) throws IOException {
        Path trainDir = root.resolve("train"), testDir = root.resolve("test");
        boolean given = Files.isDirectory(trainDir) && Files.isDirectory(testDir);
        List<Path> splitRoots = given ? List.of(trainDir, testDir) : List.of(root);
        TreeSet<String> classSet = new TreeSet<>();
        for (Path dir : splitRoots) classSet.addAll(classFolders(dir));
        List<String> classes = classSet.isEmpty() ? List.of(UNLABELED) : List.copyOf(classSet);
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int[] splitStart = new int[splitRoots.size() + 1];
        int skipped = 0;
        for (int s = 0; s < splitRoots.size(); s++) {
            splitStart[s] = files.size();
            Path dir = splitRoots.get(s);
            if (classSet.isEmpty()) {
                skipped += collect(dir, 0, files, labels);
            } else {
                for (int c = 0; c < classes.size(); c++) {
                    Path classDir = dir.resolve(classes.get(c));
                    if (Files.isDirectory(classDir)) skipped += collect(classDir, c, files, labels);
                }
            }
        }
        splitStart[splitRoots.size()] = files.size();
        PictureLoader.Loaded loaded = PictureLoader.load(root, files, options, progress);
        int[] labelArray = labels.stream().mapToInt(Integer::intValue).toArray();
        List<DatasetNote> notes = new ArrayList<>(loaded.notes());
        if (skipped > 0) notes.add(DatasetNote.of(DatasetNote.Kind.SKIPPED, skipped));
        if (classSet.isEmpty()) notes.add(DatasetNote.of(DatasetNote.Kind.UNLABELED));
        ImageSet train, test;
        if (given) {
            train = loaded.slice(labelArray, 0, splitStart[1]);
            test = loaded.slice(labelArray, splitStart[1], splitStart[2]);
            if (train.count() == 0) throw new IOException(trainDir + ": no PNG, JPEG, BMP or GIF images");
            if (test.count() == 0) throw new IOException(testDir + ": no PNG, JPEG, BMP or GIF images");
        } else {
            Splits.Split split = Splits.stratified(loaded.all(labelArray), options.testFraction(), options.seed());
            train = split.train();
            test = split.test();
            notes.add(split.note());
        }
        return new ImageDataset(root.toAbsolutePath().normalize().getFileName().toString(), classes, train, test, notes, null);
    }

    /** Sub-folders (not hidden) that hold at least one picture. */
    private static List<String> classFolders(Path dir) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                if (!Files.isDirectory(p) || p.getFileName().toString().startsWith(".")) continue;
                try (Stream<Path> inside = Files.list(p)) {
                    if (inside.anyMatch(Pictures::isPicture)) names.add(p.getFileName().toString());
                }
            }
        }
        return names;
    }

    /** Adds the pictures directly in {@code dir} (sorted by name) with {@code label}; returns how many files were not pictures. */
    private static int collect(Path dir, int label, List<Path> files, List<Integer> labels) throws IOException {
        int skipped = 0;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                if (Pictures.isPicture(p)) {
                    files.add(p);
                    labels.add(label);
                } else if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")
                        && !p.getFileName().toString().equals(ClassNames.FILE)) {
                    skipped++;
                }
            }
        }
        return skipped;
    }
}
