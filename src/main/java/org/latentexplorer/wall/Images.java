package org.latentexplorer.wall;

import org.latentexplorer.data.SafeFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Path;

/** Pixel conversions shared by the app and the command line. */
public final class Images {
    private Images() {}

    /** Grey level 0..255 of a value in [0, 1] (clamped). */
    public static int grey(float value) {
        return Math.max(0, Math.min(255, Math.round(value * 255f)));
    }

    /** An image of values in [0, 1] as opaque ARGB, white ink on black as MNIST is stored. */
    public static int[] greyArgb(float[] pixels) {
        int[] out = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            int v = grey(pixels[i]);
            out[i] = 0xFF000000 | (v << 16) | (v << 8) | v;
        }
        return out;
    }

    /**
     * How many channels an image of {@code height × width} held in {@code length} values has: 1 (gray) or 3
     * (R, G, B planes, channel first, as datasets and models store them).
     */
    public static int channels(int length, int height, int width) {
        int plane = height * width;
        if (plane < 1 || (length != plane && length != 3 * plane)) {
            throw new IllegalArgumentException("expected " + plane + " (gray) or " + 3 * plane + " (colour) values for a "
                    + height + "×" + width + " image, got " + length);
        }
        return length / plane;
    }

    /**
     * Opaque ARGB of pixel {@code i} of an image of {@code channels} planes of {@code plane} values each: gray
     * repeated in R, G and B for one channel, the three planes otherwise.
     */
    public static int rgb(float[] pixels, int i, int plane, int channels) {
        int r = grey(pixels[i]);
        if (channels == 1) return 0xFF000000 | (r << 16) | (r << 8) | r;
        return 0xFF000000 | (r << 16) | (grey(pixels[plane + i]) << 8) | grey(pixels[2 * plane + i]);
    }

    /** An image of 1 or 3 channels (values in [0, 1], channel first) as opaque ARGB, row-major. */
    public static int[] argb(float[] pixels, int height, int width) {
        int plane = height * width, channels = channels(pixels.length, height, width);
        int[] out = new int[plane];
        for (int i = 0; i < plane; i++) out[i] = rgb(pixels, i, plane, channels);
        return out;
    }

    public static BufferedImage argbImage(int[] argb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        return image;
    }

    /**
     * The pixels as an image without copying them: {@link #argbImage}'s {@code setRGB} converts pixel by pixel
     * (8 ms for a 1200×800 wall), wrapping costs nothing. The image shares {@code argb}; draw it before changing it.
     */
    public static BufferedImage wrapArgb(int[] argb, int width, int height) {
        if (argb.length < width * height) throw new IllegalArgumentException("expected " + width * height + " pixels, got " + argb.length);
        DirectColorModel model = (DirectColorModel) ColorModel.getRGBdefault();
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argb, width * height), width, height, width,
                model.getMasks(), null);
        return new BufferedImage(model, raster, false, null);
    }

    /** {@link #wrapArgb} for pixels premultiplied by alpha (a {@code TYPE_INT_ARGB_PRE} image, no copy). */
    public static BufferedImage wrapArgbPremultiplied(int[] argbPre, int width, int height) {
        if (argbPre.length < width * height) throw new IllegalArgumentException("expected " + width * height + " pixels, got " + argbPre.length);
        DirectColorModel model = new DirectColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB),
                32, 0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000, true, java.awt.image.DataBuffer.TYPE_INT);
        WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(argbPre, width * height), width, height, width,
                model.getMasks(), null);
        return new BufferedImage(model, raster, true, null);
    }

    /**
     * An image of 1 or 3 channels enlarged {@code scale} times without smoothing, so pixels stay crisp: an 8-bit
     * gray image for one channel, RGB for three.
     */
    public static BufferedImage enlarged(float[] pixels, int height, int width, int scale) {
        int plane = height * width, channels = channels(pixels.length, height, width);
        int s = Math.max(1, scale);
        BufferedImage image = new BufferedImage(width * s, height * s,
                channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = rgb(pixels, y * width + x, plane, channels);
                for (int dy = 0; dy < s; dy++) for (int dx = 0; dx < s; dx++) image.setRGB(x * s + dx, y * s + dy, rgb);
            }
        }
        return image;
    }

    public static void writePng(Path file, BufferedImage image) throws IOException {
        SafeFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
        });
    }
}
