package org.latentexplorer.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The second kind of {@link CsvReader} file: {@code path,label} per line, pictures read as image folders are. */
final class PathCsv {
    private PathCsv() {}

    static ImageDataset read(Path file, boolean header, ReadOptions options, LoadProgress progress) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        List<String> labelTexts = new ArrayList<>();
        try (BufferedReader in = CsvReader.reader(file)) {
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if ((lineNo == 1 && header) || line.isBlank()) continue;
                String[] fields = CsvReader.split(line);
                if (fields.length > 2 || fields[0].isEmpty()) {
                    throw new BadFileException(file, "pathCsv.expectedPathAndLabel", lineNo);
                }
                Path picture = folder.resolve(fields[0]);
                if (!Pictures.isPicture(picture)) throw new BadFileException(file, "pathCsv.notPicture", lineNo, picture);
                files.add(picture);
                labelTexts.add(fields.length == 2 ? fields[1] : "");
            }
        } catch (CharacterCodingException e) {
            throw new BadFileException(file, "file.notUtf8");
        }
        boolean unlabeled = labelTexts.stream().allMatch(String::isEmpty);
        boolean numeric = !unlabeled && labelTexts.stream().allMatch(t -> t.matches("\\d{1,4}"));
        List<String> names;
        int[] labels = new int[files.size()];
        if (unlabeled) {
            names = List.of(ImageFolderReader.UNLABELED);
        } else if (numeric) {
            for (int i = 0; i < labels.length; i++) labels[i] = Integer.parseInt(labelTexts.get(i));
            names = ClassNames.read(folder, ClassNames.count(labels));
        } else {
            if (labelTexts.contains("")) throw new BadFileException(file, "pathCsv.mixedLabels");
            names = List.copyOf(new TreeSet<>(labelTexts));
            for (int i = 0; i < labels.length; i++) labels[i] = names.indexOf(labelTexts.get(i));
        }
        PictureLoader.Loaded loaded = PictureLoader.load(file, files, options, progress);
        Splits.Split split = Splits.stratified(loaded.all(labels), options.testFraction(), options.seed());
        List<DatasetNote> notes = new ArrayList<>(loaded.notes());
        if (unlabeled) notes.add(DatasetNote.of(DatasetNote.Kind.UNLABELED));
        notes.add(split.note());
        return new ImageDataset(file.getFileName().toString(), names, split.train(), split.test(), notes, null);
    }
}
