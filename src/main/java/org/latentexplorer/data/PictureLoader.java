package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a list of image files into one block of equally sized gray images: image folders and CSVs of file
 * paths share it. Two passes: the headers give the sizes (so the default size and the memory check come before
 * any pixels are decoded), then each image is decoded and resized.
 */
final class PictureLoader {
    /** All images in the order given, and what was done to them. */
    record Loaded(byte[] pixels, int height, int width, List<DatasetNote> notes) {}

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
        int h = target[0], w = target[1];
        options.checkFits(dataset, files.size(), h, w);
        byte[] pixels = new byte[files.size() * h * w];
        int resized = 0, colour = 0;
        for (int i = 0; i < files.size(); i++) {
            if (i % 64 == 0) progress.advance(files.size() + i, total);
            Pictures.Gray g = Pictures.read(files.get(i));
            if (g.colour()) colour++;
            if (g.height() != h || g.width() != w) resized++;
            System.arraycopy(Pictures.resize(g.pixels(), g.height(), g.width(), h, w), 0, pixels, i * h * w, h * w);
        }
        progress.advance(total, total);
        List<DatasetNote> notes = new ArrayList<>();
        if (colour > 0) notes.add(DatasetNote.of(DatasetNote.Kind.GRAYSCALE, colour));
        if (resized > 0) notes.add(DatasetNote.of(DatasetNote.Kind.RESIZED, resized, h, w, options.hasSize() ? "chosen" : "most-common"));
        return new Loaded(pixels, h, w, notes);
    }
}
