package org.latentexplorer.data;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small datasets in each format the readers take, as a course's scripts would. */
public final class DatasetFiles {
    private DatasetFiles() {}

    /** {@code count} random {@code h × w} images with labels 0..classes-1 in turn. */
    public static ImageSet random(int count, int h, int w, int classes, long seed) {
        return random(count, 1, h, w, classes, seed);
    }

    /** {@code count} random images of {@code channels × h × w} with labels 0..classes-1 in turn. */
    public static ImageSet random(int count, int channels, int h, int w, int classes, long seed) {
        Random r = new Random(seed);
        byte[] px = new byte[count * channels * h * w];
        r.nextBytes(px);
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) labels[i] = i % classes;
        return new ImageSet(px, labels, channels, h, w);
    }

    /** mnist_train.csv style: label, then pixels 0–255; a header line when asked. */
    public static void csv(Path file, ImageSet set, boolean header, boolean labeled) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (header) {
            if (labeled) sb.append("label,");
            for (int i = 0; i < set.imageSize(); i++) sb.append(i == 0 ? "" : ",").append("pixel").append(i);
            sb.append('\n');
        }
        for (int n = 0; n < set.count(); n++) {
            if (labeled) sb.append(set.labels()[n]).append(',');
            for (int i = 0; i < set.imageSize(); i++) sb.append(i == 0 ? "" : ",").append(set.pixels()[n * set.imageSize() + i] & 0xff);
            sb.append('\n');
        }
        Files.writeString(file, sb);
    }

    /** An .npy of {@code dtype} ("|u1", "<f4", "<i8") holding {@code values} in C order. */
    public static byte[] npy(String dtype, long[] shape, double[] values) {
        StringBuilder dims = new StringBuilder();
        for (long d : shape) dims.append(d).append(", ");
        String dict = "{'descr': '" + dtype + "', 'fortran_order': False, 'shape': (" + (shape.length == 1 ? shape[0] + "," : dims.substring(0, dims.length() - 2)) + "), }";
        int unpadded = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - unpadded % 64) % 64) + "\n";
        int size = Integer.parseInt(dtype.substring(2));
        ByteBuffer data = ByteBuffer.allocate(values.length * size).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            switch (dtype.charAt(1)) {
                case 'u' -> data.put((byte) v);
                case 'i' -> { if (size == 8) data.putLong((long) v); else data.putInt((int) v); }
                default -> { if (size == 4) data.putFloat((float) v); else data.putDouble(v); }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Npy.MAGIC);
        out.write(1);
        out.write(0);
        out.write(header.length() & 0xff);
        out.write(header.length() >> 8);
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data.array());
        return out.toByteArray();
    }

    public static byte[] imagesNpy(ImageSet set, String dtype, boolean unitScale) {
        double[] v = new double[set.pixels().length];
        for (int i = 0; i < v.length; i++) v[i] = (set.pixels()[i] & 0xff) / (unitScale ? 255.0 : 1.0);
        return npy(dtype, new long[] {set.count(), set.height(), set.width()}, v);
    }

    /** Colour images as uint8 {@code (N, H, W, 3)} (Keras' order) or {@code (N, 3, H, W)} (PyTorch's). */
    public static byte[] colourNpy(ImageSet set, boolean channelsLast) {
        int plane = set.height() * set.width(), size = set.imageSize();
        double[] v = new double[set.pixels().length];
        for (int n = 0; n < set.count(); n++) {
            for (int c = 0; c < 3; c++) {
                for (int p = 0; p < plane; p++) {
                    int to = channelsLast ? n * size + p * 3 + c : n * size + c * plane + p;
                    v[to] = set.pixels()[n * size + c * plane + p] & 0xff;
                }
            }
        }
        long[] shape = channelsLast ? new long[] {set.count(), set.height(), set.width(), 3} : new long[] {set.count(), 3, set.height(), set.width()};
        return npy("|u1", shape, v);
    }

    public static byte[] labelsNpy(ImageSet set, String dtype) {
        double[] v = new double[set.count()];
        for (int i = 0; i < v.length; i++) v[i] = set.labels()[i];
        return npy(dtype, new long[] {set.count()}, v);
    }

    /** Keras' mnist.npz layout; {@code stored} writes the entries uncompressed as numpy.savez does. */
    public static void npz(Path file, ImageSet train, ImageSet test, String imageType, String labelType, boolean stored) throws IOException {
        boolean unit = imageType.charAt(1) == 'f';
        zip(file, stored, List.of("x_train.npy", "y_train.npy", "x_test.npy", "y_test.npy"),
                List.of(imagesNpy(train, imageType, unit), labelsNpy(train, labelType), imagesNpy(test, imageType, unit), labelsNpy(test, labelType)));
    }

    public static void zip(Path file, boolean stored, List<String> names, List<byte[]> contents) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            for (int i = 0; i < names.size(); i++) {
                ZipEntry e = new ZipEntry(names.get(i));
                byte[] data = contents.get(i);
                if (stored) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(data);
                zip.closeEntry();
            }
        }
    }

    /** One PNG per image under {@code folder/<class name>/}. */
    public static void pictures(Path folder, ImageSet set, List<String> classNames) throws IOException {
        for (int n = 0; n < set.count(); n++) {
            Path dir = folder.resolve(classNames.get(set.labels()[n]));
            Files.createDirectories(dir);
            ImageIO.write(set.channels() == 1 ? gray(set, n) : colour(set, n), "png", dir.resolve(String.format("%05d.png", n)).toFile());
        }
    }

    /** Image {@code n} of a colour set (R, G, B planes) as an RGB picture. */
    public static BufferedImage colour(ImageSet set, int n) {
        int plane = set.height() * set.width(), at = n * set.imageSize();
        byte[] px = set.pixels();
        BufferedImage image = new BufferedImage(set.width(), set.height(), BufferedImage.TYPE_INT_RGB);
        for (int p = 0; p < plane; p++) {
            int rgb = (px[at + p] & 0xff) << 16 | (px[at + plane + p] & 0xff) << 8 | (px[at + 2 * plane + p] & 0xff);
            image.setRGB(p % set.width(), p / set.width(), rgb);
        }
        return image;
    }

    public static BufferedImage gray(ImageSet set, int n) {
        BufferedImage image = new BufferedImage(set.width(), set.height(), BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, set.width(), set.height(),
                java.util.Arrays.copyOfRange(set.pixels(), n * set.imageSize(), (n + 1) * set.imageSize()));
        return image;
    }

    /** The first {@code keep} bytes of {@code file}, as a truncated download leaves it. */
    public static void truncate(Path file, long keep) throws IOException {
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, (int) Math.min(keep, all.length)));
    }
}
