package org.latentexplorer.ui.paths;

import org.latentexplorer.ui.common.UiTasks;
import org.latentexplorer.wall.AnimatedGif;
import org.latentexplorer.wall.Images;
import org.latentexplorer.wall.Mosaic;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A path's decoded frames as files: a PNG filmstrip (the decodes in a row, the cross-fade beneath if there is
 * one) or an animated GIF that plays forward and back. Holds the pixels of one path, so a path computed while
 * the file is written does not change it.
 */
final class PathExport {
    /** Pixel size of a frame in exports. */
    static final int SCALE = 3;
    static final int GAP = 3;

    private final float[][] decodes;
    private final float[][] fades;
    private final int height;
    private final int width;

    /** {@code fades} may be null: the path had no two test images to cross-fade. */
    PathExport(float[][] decodes, float[][] fades, int height, int width) {
        this.decodes = decodes;
        this.fades = fades;
        this.height = height;
        this.width = width;
    }

    Mosaic.Picture strip() {
        return Mosaic.filmstrip(decodes, fades, height, width, SCALE, GAP);
    }

    /** The animation's pictures: each frame (above its cross-fade), forward and back. */
    List<BufferedImage> gifFrames() {
        int n = decodes.length;
        List<BufferedImage> out = new ArrayList<>();
        for (int k = 0; k < Math.max(1, 2 * n - 2); k++) {
            int i = k < n ? k : 2 * n - 2 - k;
            float[][] tiles = fades == null ? new float[][] {decodes[i]} : new float[][] {decodes[i], fades[i]};
            out.add(Mosaic.render(tiles, 1, height, width, 4, 4, Mosaic.BACKGROUND, null).toBufferedImage());
        }
        return out;
    }

    /** Renders and writes the strip (PNG) or the animation (GIF) on a worker. */
    CompletableFuture<Path> write(Path file, boolean gif) {
        return UiTasks.background(() -> {
            if (gif) AnimatedGif.write(file, gifFrames(), (int) PathsViewModel.FRAME_TIME.toMillis());
            else Images.writePng(file, strip().toBufferedImage());
            return file;
        });
    }
}
