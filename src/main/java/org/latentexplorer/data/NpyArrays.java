package org.latentexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code .npy} arrays into images and labels, shared by the {@code .npz} and {@code .npy} readers. Images
 * are {@code (N, H, W)}, {@code (N, H·W)} (square, or the chosen size), {@code (N, H, W, C)} or {@code (N, C, H, W)}
 * with C of 1, 3 or 4: C = 1 gives gray images, 3 colour ones (stored channel first), 4 colour ones with the
 * alpha channel dropped. Integer pixels must be 0–255; float pixels are
 * scaled by 255 when none is above 1 (a second pass over the array finds that out).
 */
final class NpyArrays {
    private NpyArrays() {}

    /** How images sit in an array. */
    record Layout(long count, int height, int width, int channels, boolean channelsFirst) {
        /** Channels kept: alpha is dropped. */
        int kept() {
            return Math.min(3, channels);
        }
    }

    record Images(byte[] pixels, int count, int channels, int height, int width, List<DatasetNote> notes) {}

    static Layout layout(Npy.Header h, ReadOptions options) throws IOException {
        long[] s = h.shape();
        for (long d : s) {
            if (d > Integer.MAX_VALUE) throw new IOException(h.name() + ": shape " + java.util.Arrays.toString(s) + " is too large to be images");
        }
        if (s.length == 2) {
            long d = s[1];
            if (options.hasSize()) {
                if (d != (long) options.height() * options.width()) throw new IOException(h.name() + ": " + d + " values per image do not fit " + options.height() + "×" + options.width());
                return new Layout(s[0], options.height(), options.width(), 1, false);
            }
            int side = (int) Math.round(Math.sqrt(d));
            if ((long) side * side != d) throw new IOException(h.name() + ": " + d + " values per image are not a square image; give the image size");
            return new Layout(s[0], side, side, 1, false);
        }
        // (N, 3, 4, 4) could be either order: the smaller of the two candidate axes holds the channels, a tie
        // goes to Keras' channels-last.
        boolean last = s.length == 4 && isChannels(s[3]) && !(isChannels(s[1]) && s[1] < s[3]);
        Layout l;
        if (s.length == 3) l = new Layout(s[0], (int) s[1], (int) s[2], 1, false);
        else if (last) l = new Layout(s[0], (int) s[1], (int) s[2], (int) s[3], false);
        else if (s.length == 4 && isChannels(s[1])) l = new Layout(s[0], (int) s[2], (int) s[3], (int) s[1], true);
        else throw new IOException(h.name() + ": shape " + java.util.Arrays.toString(s) + " is not images (N, H, W[, C]) or (N, C, H, W)");
        if (l.height() < 1 || l.width() < 1) throw new IOException(h.name() + ": empty images in shape " + java.util.Arrays.toString(s));
        if (options.hasSize() && (l.height() != options.height() || l.width() != options.width())) {
            throw new IOException(h.name() + ": images are " + l.height() + "×" + l.width() + ", not " + options.height() + "×" + options.width() + " (arrays are not resized)");
        }
        return l;
    }

    private static boolean isChannels(long c) {
        return c == 1 || c == 3 || c == 4;
    }

    /** Reads the images of an array whose header {@code h} was read from a stream {@code open} gives again. */
    static Images images(Npy.Header h, Layout l, Npy.Opener open, LoadProgress progress, long doneBefore, long total) throws IOException {
        boolean scale = false;
        if (h.kind() == 'f') {
            double[] range = range(h, l, open);
            if (range[0] < 0 || Double.isNaN(range[0]) || range[1] > 255) {
                throw new IOException(h.name() + ": pixel values run from " + range[0] + " to " + range[1] + "; expected 0–1 or 0–255");
            }
            scale = range[1] <= 1;
        }
        int size = l.height() * l.width(), elements = size * l.channels(), kept = l.kept();
        int count = (int) l.count();
        byte[] pixels = new byte[count * kept * size];
        byte[] buffer = new byte[elements * h.itemBytes()];
        // Element of channel c at pixel p, in the array's own order.
        int channelStride = l.channelsFirst() ? size : 1, pixelStride = l.channelsFirst() ? 1 : l.channels();
        try (InputStream in = open.open()) {
            Npy.readHeader(h.name(), in);
            for (int n = 0; n < count; n++) {
                if (n % 1000 == 0) progress.advance(doneBefore + n, total);
                ByteBuffer item = Npy.readItem(h, in, buffer, n);
                if (h.kind() == 'u' && h.itemBytes() == 1 && l.channels() == 1) {
                    System.arraycopy(buffer, 0, pixels, n * size, size); // Keras' uint8 images: already our bytes
                    continue;
                }
                for (int c = 0; c < kept; c++) {
                    int out = (n * kept + c) * size;
                    for (int p = 0; p < size; p++) {
                        double v = h.get(item, c * channelStride + p * pixelStride);
                        if (h.kind() != 'f' && (v < 0 || v > 255)) throw new IOException(h.name() + ": image " + n + " has pixel value " + (long) v + " outside 0–255");
                        pixels[out + p] = (byte) Math.round(scale ? v * 255 : v);
                    }
                }
            }
        }
        List<DatasetNote> notes = new ArrayList<>();
        if (scale) notes.add(DatasetNote.of(DatasetNote.Kind.SCALED));
        if (l.channels() > kept) notes.add(DatasetNote.of(DatasetNote.Kind.ALPHA_DROPPED, count));
        return new Images(pixels, count, kept, l.height(), l.width(), notes);
    }

    /** Smallest and largest element (the first pass over a float array). */
    private static double[] range(Npy.Header h, Layout l, Npy.Opener open) throws IOException {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int elements = l.height() * l.width() * l.channels();
        byte[] buffer = new byte[elements * h.itemBytes()];
        try (InputStream in = open.open()) {
            Npy.readHeader(h.name(), in);
            for (long n = 0; n < l.count(); n++) {
                ByteBuffer item = Npy.readItem(h, in, buffer, n);
                for (int i = 0; i < elements; i++) {
                    double v = h.get(item, i);
                    if (Double.isNaN(v)) return new double[] {Double.NaN, Double.NaN};
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return new double[] {lo, hi};
    }

    /** Labels: shape (N) or (N, 1), whole numbers from 0. */
    static int[] labels(Npy.Header h, InputStream in, long expected) throws IOException {
        long[] s = h.shape();
        if (!(s.length == 1 || (s.length == 2 && s[1] == 1))) throw new IOException(h.name() + ": labels must have shape (N) or (N, 1), not " + java.util.Arrays.toString(s));
        if (s[0] != expected) throw new IOException(h.name() + ": " + s[0] + " labels for " + expected + " images");
        int[] labels = new int[(int) s[0]];
        byte[] buffer = new byte[h.itemBytes()];
        for (int i = 0; i < labels.length; i++) {
            double v = h.get(Npy.readItem(h, in, buffer, i), 0);
            if (v < 0 || v != Math.rint(v) || v >= ClassNames.MAX_CLASSES) throw new IOException(h.name() + ": label " + v + " of image " + i + " is not a class number (0 to " + (ClassNames.MAX_CLASSES - 1) + ")");
            labels[i] = (int) v;
        }
        return labels;
    }

    /** The data of one split, read through {@code arrays}, and what it holds. */
    record Split(ImageSet set, List<DatasetNote> notes, boolean labeled) {}

    /** Opens named arrays (entries of an .npz, or files beside an .npy). */
    interface Arrays {
        /** The array's opener, or null if it does not exist. */
        Npy.Opener find(String name) throws IOException;

        String describe(String name);
    }

    /** Reads images {@code x} and labels {@code y} (null: unlabeled). */
    static Split read(Arrays arrays, String x, String y, ReadOptions options, LoadProgress progress, Path file, long[] done, long total) throws IOException {
        Npy.Opener xOpen = arrays.find(x);
        Npy.Header xh;
        try (InputStream in = xOpen.open()) {
            xh = Npy.readHeader(arrays.describe(x), in);
        }
        Layout l = layout(xh, options);
        Images images = images(xh, l, xOpen, progress, done[0], total);
        done[0] += images.count();
        int[] labels = new int[images.count()];
        Npy.Opener yOpen = y == null ? null : arrays.find(y);
        if (yOpen != null) {
            try (InputStream in = yOpen.open()) {
                labels = labels(Npy.readHeader(arrays.describe(y), in), in, images.count());
            }
        }
        return new Split(new ImageSet(images.pixels(), labels, images.channels(), images.height(), images.width()), images.notes(), yOpen != null);
    }

    /** The layout an array's header declares, for the memory check before reading. */
    private static Layout layout(Arrays arrays, String x, ReadOptions options) throws IOException {
        try (InputStream in = arrays.find(x).open()) {
            return layout(Npy.readHeader(arrays.describe(x), in), options);
        }
    }

    /**
     * A dataset from arrays {@code xTrain}/{@code yTrain} and, if {@code xTest} exists, {@code xTest}/{@code yTest};
     * else a stratified split of the first pair. Missing label arrays make the data unlabeled.
     */
    static ImageDataset dataset(Path file, Arrays arrays, String xTrain, String yTrain, String xTest, String yTest,
                                ReadOptions options, LoadProgress progress) throws IOException {
        if (arrays.find(xTrain) == null) throw new BadFileException(file, "npz.noArray", xTrain);
        boolean hasTest = xTest != null && arrays.find(xTest) != null;
        Layout trainLayout = layout(arrays, xTrain, options);
        long total = trainLayout.count() + (hasTest ? layout(arrays, xTest, options).count() : 0);
        options.checkFits(file, total, trainLayout.kept(), trainLayout.height(), trainLayout.width());
        long[] done = {0};
        Split train = read(arrays, xTrain, yTrain, options, progress, file, done, total);
        List<DatasetNote> notes = new ArrayList<>(train.notes());
        ImageSet trainSet, testSet;
        if (hasTest) {
            Split test = read(arrays, xTest, train.labeled() ? yTest : null, options, progress, file, done, total);
            if (test.set().channels() != train.set().channels()) {
                throw new BadFileException(file, "npz.splitChannels", arrays.describe(xTest), test.set().channels(),
                        arrays.describe(xTrain), train.set().channels());
            }
            if (test.set().height() != train.set().height() || test.set().width() != train.set().width()) {
                throw new BadFileException(file, "npz.splitSizes", arrays.describe(xTest), test.set().height(), test.set().width(),
                        arrays.describe(xTrain), train.set().height(), train.set().width());
            }
            trainSet = train.set();
            testSet = test.set();
        } else {
            Splits.Split split = Splits.stratified(train.set(), options.testFraction(), options.seed());
            trainSet = split.train();
            testSet = split.test();
            notes.add(split.note());
        }
        progress.advance(total, total);
        List<String> classes;
        if (train.labeled()) {
            classes = ClassNames.read(file.toAbsolutePath().getParent(), ClassNames.count(trainSet.labels(), testSet.labels()));
        } else {
            classes = List.of(ImageFolderReader.UNLABELED);
            notes.add(DatasetNote.of(DatasetNote.Kind.UNLABELED));
        }
        return new ImageDataset(file.getFileName().toString(), classes, trainSet, testSet, notes, null);
    }
}
