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

    /** {@code view} in a black frame of {@code size} plus its border (the {@code image-frame} style). */
    public static javafx.scene.layout.StackPane framed(javafx.scene.image.ImageView view, double size) {
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(view);
        frame.getStyleClass().add("image-frame");
        frame.setMinSize(size + 2, size + 2);
        frame.setMaxSize(size + 2, size + 2);
        return frame;
    }

    /** A framed crisp picture of {@code size} showing {@code image}, with a wrapped {@code caption} beside it. */
    public static javafx.scene.layout.HBox pictureBeside(String id, javafx.beans.value.ObservableValue<? extends javafx.scene.image.Image> image,
                                                        javafx.beans.value.ObservableValue<String> caption, double size) {
        javafx.scene.image.ImageView view = crispView(size);
        view.setId(id);
        view.imageProperty().bind(image);
        javafx.scene.control.Label text = new javafx.scene.control.Label();
        text.setId(id + "Caption");
        text.setWrapText(true);
        text.getStyleClass().add("hint");
        text.textProperty().bind(caption);
        javafx.scene.layout.HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(10, framed(view, size), text);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
