package org.latentexplorer.data;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * Image files as 8-bit pixels through javax.imageio (PNG, JPEG, BMP, GIF): gray ones as one channel, colour ones
 * as three (R, G, B planes); alpha is ignored. Resizing averages the covered source pixels when shrinking and
 * interpolates bilinearly otherwise, plane by plane.
 */
final class Pictures {
    static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "gif");

    /** Decoded pixels, channel first: 1 channel for gray content, 3 (R, G, B) when any pixel has colour. */
    record Picture(byte[] pixels, int channels, int height, int width) {}

    private Pictures() {}

    static boolean isPicture(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))
                && Files.isRegularFile(file);
    }

    /** Height and width from the file's header, without decoding the pixels. */
    static int[] size(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) throw new BadFileException(file, "picture.cannotOpen");
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new BadFileException(file, "picture.notPicture");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getHeight(0), reader.getWidth(0)};
            } finally {
                reader.dispose();
            }
        } catch (BadFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new BadFileException(file, "picture.badHeader", e, e.getMessage());
        }
    }

    static Picture read(Path file) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            // javax.imageio's decoders fail on truncated files with anything from IIOException to index errors.
            throw new BadFileException(file, "picture.corrupt", e, e.getMessage());
        }
        if (image == null) throw new BadFileException(file, "picture.notPicture");
        int h = image.getHeight(), w = image.getWidth(), plane = h * w;
        if (image.getColorModel().getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            // The raster, not getRGB: getRGB would pass gray values through a colour conversion and change them.
            byte[] out = new byte[plane];
            Raster raster = image.getRaster();
            int shift = Math.max(0, image.getColorModel().getComponentSize(0) - 8);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) out[y * w + x] = (byte) (raster.getSample(x, y, 0) >> shift);
            }
            return new Picture(out, 1, h, w);
        }
        byte[] rgb = new byte[3 * plane];
        boolean colour = false;
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x], r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
                colour |= r != g || g != b;
                int at = y * w + x;
                rgb[at] = (byte) r;
                rgb[plane + at] = (byte) g;
                rgb[2 * plane + at] = (byte) b;
            }
        }
        // A GIF or palette PNG of gray pixels is stored as RGB; its content, not its colour model, decides.
        return colour ? new Picture(rgb, 3, h, w) : new Picture(java.util.Arrays.copyOf(rgb, plane), 1, h, w);
    }

    /** {@code src} ({@code channels} planes of {@code sh × sw}) with each plane scaled to {@code th × tw}. */
    static byte[] resize(byte[] src, int channels, int sh, int sw, int th, int tw) {
        if (sh == th && sw == tw) return src;
        byte[] out = new byte[channels * th * tw];
        for (int c = 0; c < channels; c++) {
            byte[] plane = java.util.Arrays.copyOfRange(src, c * sh * sw, (c + 1) * sh * sw);
            System.arraycopy(resize(plane, sh, sw, th, tw), 0, out, c * th * tw, th * tw);
        }
        return out;
    }

    /** {@code src} ({@code sh × sw}) scaled to {@code th × tw}. */
    static byte[] resize(byte[] src, int sh, int sw, int th, int tw) {
        if (sh == th && sw == tw) return src;
        byte[] out = new byte[th * tw];
        boolean shrink = th <= sh && tw <= sw;
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                out[y * tw + x] = (byte) (shrink ? boxAverage(src, sh, sw, th, tw, y, x) : bilinear(src, sh, sw, th, tw, y, x));
            }
        }
        return out;
    }

    private static int boxAverage(byte[] src, int sh, int sw, int th, int tw, int y, int x) {
        int y0 = (int) ((long) y * sh / th), y1 = Math.max(y0 + 1, (int) (((long) y + 1) * sh / th));
        int x0 = (int) ((long) x * sw / tw), x1 = Math.max(x0 + 1, (int) (((long) x + 1) * sw / tw));
        long sum = 0;
        for (int yy = y0; yy < y1; yy++) for (int xx = x0; xx < x1; xx++) sum += src[yy * sw + xx] & 0xff;
        int n = (y1 - y0) * (x1 - x0);
        return (int) ((sum + n / 2) / n);
    }

    private static int bilinear(byte[] src, int sh, int sw, int th, int tw, int y, int x) {
        double sy = Math.max(0, Math.min(sh - 1, (y + 0.5) * sh / th - 0.5));
        double sx = Math.max(0, Math.min(sw - 1, (x + 0.5) * sw / tw - 0.5));
        int y0 = (int) sy, x0 = (int) sx, y1 = Math.min(sh - 1, y0 + 1), x1 = Math.min(sw - 1, x0 + 1);
        double fy = sy - y0, fx = sx - x0;
        double top = (src[y0 * sw + x0] & 0xff) * (1 - fx) + (src[y0 * sw + x1] & 0xff) * fx;
        double bottom = (src[y1 * sw + x0] & 0xff) * (1 - fx) + (src[y1 * sw + x1] & 0xff) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }
}
