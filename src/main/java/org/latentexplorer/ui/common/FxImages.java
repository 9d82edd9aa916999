package org.latentexplorer.ui.common;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.latentexplorer.wall.Images;

/** Model images as JavaFX images; views enlarge them without smoothing so pixels stay crisp. */
public final class FxImages {
    private FxImages() {}

    /**
     * An image view of {@code size}×{@code size} scaled without smoothing: model outputs are 28×28, and smoothing
     * would hide what the decoder produced.
     */
    public static javafx.scene.image.ImageView crispView(double size) {
        javafx.scene.image.ImageView view = new javafx.scene.image.ImageView();
        view.setSmooth(false);
        view.setPreserveRatio(true);
        view.setFitWidth(size);
        view.setFitHeight(size);
        return view;
    }

    /** A model image of 1 or 3 channels (the count follows from its length; the name is from before colour). */
    public static WritableImage grey(float[] pixels, int height, int width) {
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                Images.argb(pixels, height, width), 0, width);
        return image;
    }
}
