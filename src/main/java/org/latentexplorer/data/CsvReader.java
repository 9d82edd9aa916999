package org.latentexplorer.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * CSV files, in two kinds told apart by their first data row:
 * <ul>
 * <li>pixels, as the widespread {@code mnist_train.csv}: a label, then height × width pixel values (0–255, or
 *     0–1 with decimals, decided by the first row), one image per line. Without a label column (the column count
 *     is a square number, or the size option says so) the data is one unlabeled class. The image is square
 *     unless a size is given. A sibling file with {@code train} replaced by {@code test} in its name is the test
 *     split; otherwise a stratified split is made.</li>
 * <li>file paths and labels: {@code path,label} per line (paths relative to the CSV's folder; labels numbers or
 *     class names, which are then sorted), read as {@link ImageFolderReader image folders} are.</li>
 * </ul>
 * The path may also be a folder holding one {@code *train*.csv}. An optional header line (no number in it) is skipped. Labels that are numbers take names from a
 * {@code classes.txt} beside the file.
 */
final class CsvReader implements DatasetReader {
    private static final int PROGRESS_EVERY = 500;

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public boolean accepts(Path path) throws IOException {
        if (Files.isDirectory(path)) return trainFile(path) != null;
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The one {@code *train*.csv} in a folder (as Kaggle's MNIST download unpacks), or null. */
    private static Path trainFile(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".csv") && n.contains("train") && Files.isRegularFile(p);
            }).toList();
            return found.size() == 1 ? found.get(0) : null;
        }
    }

    @Override
    public ImageDataset read(Path path, ReadOptions options, LoadProgress progress) throws IOException {
        Path file = Files.isDirectory(path) ? trainFile(path) : path;
        if (file == null) throw new IOException(path + ": no single *train*.csv file in it");
        List<String> head = firstLines(file);
        if (head.isEmpty()) throw new BadFileException(file, "csv.empty");
        boolean header = isHeader(split(head.get(0)));
        if (header && head.size() < 2) throw new BadFileException(file, "csv.onlyHeader");
        String[] first = split(head.get(header ? 1 : 0));
        if (first.length <= 2 && !isNumber(first[0])) return PathCsv.read(file, header, options, progress);
        return readPixels(file, header, first.length, options, progress);
    }

    private ImageDataset readPixels(Path file, boolean header, int columns, ReadOptions options, LoadProgress progress) throws IOException {
        boolean labeled;
        int pixels;
        if (options.hasSize()) {
            pixels = options.height() * options.width();
            if (columns != pixels && columns != pixels + 1) {
                throw new BadFileException(file, "csv.columnsDoNotFit", columns, options.height(), options.width());
            }
            labeled = columns == pixels + 1;
        } else {
            labeled = !isSquare(columns) || isSquare(columns - 1);
            pixels = labeled ? columns - 1 : columns;
            if (!isSquare(pixels)) {
                throw new BadFileException(file, "csv.notSquare", pixels);
            }
        }
        int side = (int) Math.round(Math.sqrt(pixels));
        int h = options.hasSize() ? options.height() : side, w = options.hasSize() ? options.width() : side;
        Path testFile = testSibling(file);
        long trainLines = countLines(file), testLines = testFile != null ? countLines(testFile) : 0;
        long rows = trainLines + testLines;
        options.checkFits(file, rows, h, w);
        PixelRows train = new PixelRows(file, header, columns, labeled, h, w, null);
        train.read(progress, 0, rows, trainLines);
        List<DatasetNote> notes = new ArrayList<>();
        if (train.scaled) notes.add(DatasetNote.of(DatasetNote.Kind.SCALED));
        if (!labeled) notes.add(DatasetNote.of(DatasetNote.Kind.UNLABELED));
        ImageSet trainSet, testSet;
        if (testFile != null) {
            List<String> testHead = firstLines(testFile);
            boolean testHeader = !testHead.isEmpty() && isHeader(split(testHead.get(0)));
            PixelRows test = new PixelRows(testFile, testHeader, columns, labeled, h, w, train.scaled);
            test.read(progress, train.count, rows, testLines);
            trainSet = train.toSet();
            testSet = test.toSet();
            notes.add(DatasetNote.of(DatasetNote.Kind.TEST_FILE, testFile.getFileName()));
        } else {
            Splits.Split split = Splits.stratified(train.pixels, Arrays.copyOf(train.labels, train.count), 1, h, w,
                    options.testFraction(), options.seed());
            trainSet = split.train();
            testSet = split.test();
            notes.add(split.note());
        }
        List<String> classes = labeled ? ClassNames.read(file.toAbsolutePath().getParent(), ClassNames.count(trainSet.labels(), testSet.labels()))
                : List.of(ImageFolderReader.UNLABELED);
        return new ImageDataset(file.getFileName().toString(), classes, trainSet, testSet, notes, null);
    }

    /** One CSV file of pixel rows, parsed into bytes. */
    private static final class PixelRows {
        final Path file;
        final boolean header, labeled;
        final int columns, h, w;
        Boolean scaled;
        byte[] pixels;
        int[] labels;
        int count;

        PixelRows(Path file, boolean header, int columns, boolean labeled, int h, int w, Boolean scaled) {
            this.file = file;
            this.header = header;
            this.columns = columns;
            this.labeled = labeled;
            this.h = h;
            this.w = w;
            this.scaled = scaled;
        }

        void read(LoadProgress progress, long doneBefore, long total, long lines) throws IOException {
            int capacity = (int) lines;
            int size = h * w;
            pixels = new byte[capacity * size];
            labels = new int[capacity];
            double[] values = new double[columns];
            try (BufferedReader in = reader(file)) {
                int lineNo = 0;
                for (String line; (line = in.readLine()) != null; ) {
                    lineNo++;
                    if ((lineNo == 1 && header) || line.isBlank()) continue;
                    if (count % PROGRESS_EVERY == 0) progress.advance(doneBefore + count, total);
                    int n = parse(line, values, lineNo);
                    if (n != columns) throw new BadFileException(file, "csv.rowLength", lineNo, n, columns);
                    if (scaled == null) scaled = decideScale(values, labeled ? 1 : 0);
                    if (count == capacity) throw new BadFileException(file, "csv.grew");
                    labels[count] = labeled ? label(values[0], lineNo) : 0;
                    int offset = count * size, from = labeled ? 1 : 0;
                    for (int i = 0; i < size; i++) pixels[offset + i] = (byte) pixel(values[from + i], lineNo, from + i + 1);
                    count++;
                }
            } catch (CharacterCodingException e) {
                throw new BadFileException(file, "file.notUtf8");
            }
            if (count == 0) throw new BadFileException(file, "csv.noRows");
        }

        ImageSet toSet() {
            return new ImageSet(Arrays.copyOf(pixels, count * h * w), Arrays.copyOf(labels, count), h, w);
        }

        private int label(double v, int lineNo) throws BadFileException {
            if (v < 0 || v != Math.rint(v) || v >= ClassNames.MAX_CLASSES) {
                throw new BadFileException(file, "csv.badLabel", lineNo, String.valueOf(v), ClassNames.MAX_CLASSES - 1);
            }
            return (int) v;
        }

        private int pixel(double v, int lineNo, int column) throws BadFileException {
            double scaledValue = scaled ? v * 255 : v;
            if (!(scaledValue >= 0 && scaledValue <= 255.0000001)) {
                throw new BadFileException(file, scaled ? "csv.pixelOutsideUnit" : "csv.pixelOutsideByte", lineNo, column,
                        String.valueOf(v));
            }
            return (int) Math.round(scaledValue);
        }

        private static boolean decideScale(double[] values, int from) {
            boolean fraction = false;
            for (int i = from; i < values.length; i++) {
                if (values[i] > 1) return false;
                if (values[i] != Math.rint(values[i])) fraction = true;
            }
            return fraction;
        }

        /** Parses the comma-separated numbers of {@code line} into {@code out}; returns how many there were. */
        private int parse(String line, double[] out, int lineNo) throws BadFileException {
            int n = 0, start = 0, len = line.length();
            while (start <= len) {
                int end = line.indexOf(',', start);
                if (end < 0) end = len;
                if (n < out.length) out[n] = number(line, start, end, lineNo, n + 1);
                n++;
                start = end + 1;
            }
            return n;
        }

        private double number(String line, int start, int end, int lineNo, int column) throws BadFileException {
            while (start < end && line.charAt(start) == ' ') start++;
            while (end > start && Character.isWhitespace(line.charAt(end - 1))) end--;
            long v = 0;
            boolean digits = start < end;
            for (int i = start; i < end && digits; i++) {
                char c = line.charAt(i);
                if (c < '0' || c > '9' || v > 1_000_000_000L) digits = false;
                else v = v * 10 + (c - '0');
            }
            if (digits) return v;
            try {
                return Double.parseDouble(line.substring(start, end));
            } catch (NumberFormatException e) {
                throw new BadFileException(file, "csv.notANumber", lineNo, column, line.substring(start, end));
            }
        }
    }

    static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    /** Up to two non-blank lines from the start of the file. */
    static List<String> firstLines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = reader(file)) {
            for (String line; lines.size() < 2 && (line = in.readLine()) != null; ) if (!line.isBlank()) lines.add(line);
        } catch (CharacterCodingException e) {
            throw new BadFileException(file, "file.notUtf8");
        }
        return lines;
    }

    /** A header has no number in it and does not start with a picture's file name. */
    static boolean isHeader(String[] fields) {
        for (String f : fields) if (isNumber(f)) return false;
        return !Pictures.EXTENSIONS.contains(extension(fields[0]));
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }

    static String[] split(String line) {
        String[] fields = line.split(",", -1);
        for (int i = 0; i < fields.length; i++) fields[i] = fields[i].strip();
        return fields;
    }

    static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return !s.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isSquare(int n) {
        int r = (int) Math.round(Math.sqrt(n));
        return n > 0 && r * r == n;
    }

    /** The file named with its last "train" replaced by "test", if it exists. */
    static Path testSibling(Path file) {
        String name = file.getFileName().toString();
        int at = name.toLowerCase(Locale.ROOT).lastIndexOf("train");
        if (at < 0) return null;
        String testName = name.substring(0, at) + (Character.isUpperCase(name.charAt(at)) ? "Test" : "test") + name.substring(at + 5);
        Path sibling = file.resolveSibling(testName);
        return Files.isRegularFile(sibling) ? sibling : null;
    }

    /** Lines in the file (newline bytes, plus a last line without one); an upper bound on its rows. */
    static long countLines(Path file) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) if (buffer[i] == '\n') lines++;
                last = buffer[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }
}
