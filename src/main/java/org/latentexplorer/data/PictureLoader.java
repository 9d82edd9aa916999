package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a list of image files into one block of equally sized images (gray, or colour if any is): image
 * folders and CSVs of file paths share it. Two passes: the headers give the sizes (so the default size and the memory check come before
 * any pixels are decoded), then each image is decoded and resized.
 */
final class PictureLoader {
    /** All images in the order given, and what was done to them. */
    record Loaded(byte[] pixels, int channels, int height, int width, List<DatasetNote> notes) {
        ImageSet slice(int[] labels, int from, int to) {
            int size = channels * height * width;
            return new ImageSet(java.util.Arrays.copyOfRange(pixels, from * size, to * size),
                    java.util.Arrays.copyOfRange(labels, from, to), channels, height, width);
        }

        ImageSet all(int[] labels) {
            return new ImageSet(pixels, labels, channels, height, width);
        }
    }

    private PictureLoader() {}

    /**
     * The size every image is brought to: the options' size if given, else the most common size among the
     * files (ties go to the larger area, then the taller).
     */
    static int[] targetSize(List<int[]> sizes, ReadOptions options) {
        if (options.hasSize()) return new int[] {options.height(), options.width()};
        Map<Long, Integer> counts = new HashMap<>();
        for (int[] s : sizes) counts.merge(((long) s[0] << 32) | s[1], 1, Integer::sum);
        long best = -1;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (best < 0) { best = e.getKey(); continue; }
            int c = e.getValue(), bc = counts.get(best);
            long area = (e.getKey() >> 32) * (e.getKey() & 0xffffffffL), bestArea = (best >> 32) * (best & 0xffffffffL);
            if (c > bc || (c == bc && (area > bestArea || (area == bestArea && e.getKey() > best)))) best = e.getKey();
        }
        return new int[] {(int) (best >> 32), (int) (best & 0xffffffffL)};
    }

    static Loaded load(Path dataset, List<Path> files, ReadOptions options, LoadProgress progress) throws IOException {
        if (files.isEmpty()) throw new IOException(dataset + ": no PNG, JPEG, BMP or GIF images found");
        long total = 2L * files.size();
        List<int[]> sizes = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            if (i % 64 == 0) progress.advance(i, total);
            sizes.add(Pictures.size(files.get(i)));
        }
        int[] target = targetSize(sizes, options);
        int h = target[0], w = target[1], plane = h * w;
        options.checkFits(dataset, files.size(), h, w);
        // Gray until the first colour picture: then the block grows to three planes and the gray pictures
        // before and after it get three equal channels, so one colour file makes the whole set colour.
        int channels = 1;
        byte[] pixels = new byte[files.size() * plane];
        int resized = 0, gray = 0;
        for (int i = 0; i < files.size(); i++) {
            if (i % 64 == 0) progress.advance(files.size() + i, total);
            Pictures.Picture p = Pictures.read(files.get(i));
            if (p.channels() == 1) gray++;
            if (p.channels() > channels) {
                options.checkFits(dataset, files.size(), p.channels(), h, w);
                pixels = replicated(pixels, i, plane, p.channels(), files.size());
                channels = p.channels();
            }
            if (p.height() != h || p.width() != w) resized++;
            byte[] sized = Pictures.resize(p.pixels(), p.channels(), p.height(), p.width(), h, w);
            int size = channels * plane;
            if (p.channels() == channels) {
                System.arraycopy(sized, 0, pixels, i * size, size);
            } else {
                for (int c = 0; c < channels; c++) System.arraycopy(sized, 0, pixels, i * size + c * plane, plane);
            }
        }
        progress.advance(total, total);
        List<DatasetNote> notes = new ArrayList<>();
        if (channels > 1 && gray > 0) notes.add(DatasetNote.of(DatasetNote.Kind.GRAY_AS_COLOUR, gray, files.size() - gray));
        if (resized > 0) notes.add(DatasetNote.of(DatasetNote.Kind.RESIZED, resized, h, w, options.hasSize() ? "chosen" : "most-common"));
        return new Loaded(pixels, channels, h, w, notes);
    }

    /** The first {@code done} gray images of {@code gray} as {@code channels} equal planes, in a block for {@code count}. */
    private static byte[] replicated(byte[] gray, int done, int plane, int channels, int count) {
        byte[] out = new byte[count * channels * plane];
        for (int i = 0; i < done; i++) {
            for (int c = 0; c < channels; c++) System.arraycopy(gray, i * plane, out, (i * channels + c) * plane, plane);
        }
        return out;
    }
}
