package org.latentexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A small colour dataset made in code: blue circles, green triangles and red squares of random size and place on
 * black, with a little jitter in each colour. The classes differ in colour and shape, so a model that keeps colour
 * has something to learn and a wall of them shows three colours.
 */
public final class ColourShapes {
    /** In sorted order, as an image folder's classes are read: label 0 is blue circles. */
    public static final List<String> CLASSES = List.of("blue-circles", "green-triangles", "red-squares");

    private ColourShapes() {}

    /** {@code count} images of {@code side × side}, classes in turn, the same for the same seed. */
    public static ImageSet images(int count, int side, long seed) {
        Random random = new Random(seed);
        int plane = side * side;
        byte[] px = new byte[count * 3 * plane];
        int[] labels = new int[count];
        for (int n = 0; n < count; n++) {
            int label = n % 3, hue = 2 - label; // the channel that is bright: B, G, R
            labels[n] = label;
            double radius = side * (0.2 + 0.15 * random.nextDouble());
            double cx = radius + random.nextDouble() * (side - 2 * radius), cy = radius + random.nextDouble() * (side - 2 * radius);
            int[] colour = new int[3];
            for (int c = 0; c < 3; c++) colour[c] = c == hue ? 200 + random.nextInt(56) : random.nextInt(40);
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    if (!inside(label, x + 0.5 - cx, y + 0.5 - cy, radius)) continue;
                    for (int c = 0; c < 3; c++) px[(n * 3 + c) * plane + y * side + x] = (byte) colour[c];
                }
            }
        }
        return new ImageSet(px, labels, 3, side, side);
    }

    private static boolean inside(int label, double dx, double dy, double r) {
        return switch (label) {
            case 0 -> dx * dx + dy * dy <= r * r;
            case 1 -> dy <= r && dy >= -r && Math.abs(dx) <= (dy + r) / 2; // apex at the top
            default -> Math.abs(dx) <= r && Math.abs(dy) <= r;
        };
    }

    /** {@code root/train/<class>/…png} and {@code root/test/<class>/…png}, as a user's image folder would be. */
    public static ImageDataset writeFolder(Path root, int trainCount, int testCount, int side) throws IOException {
        ImageSet train = images(trainCount, side, 1), test = images(testCount, side, 2);
        DatasetFiles.pictures(root.resolve("train"), train, CLASSES);
        DatasetFiles.pictures(root.resolve("test"), test, CLASSES);
        return new ImageDataset("colour-shapes", CLASSES, train, test);
    }
}
