package org.latentexplorer.ui.explorer;

import org.latentexplorer.ui.common.ModelTexts;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;
import org.latentexplorer.ui.common.Messages;

import java.util.Locale;

/** What the inspector shows: the probe's decode, and the selected image with its reconstruction. */
final class PointInspector {
    private final ReadOnlyObjectWrapper<Image> decodedImage = new ReadOnlyObjectWrapper<>(this, "decodedImage");
    private final ReadOnlyStringWrapper decodedCaption = new ReadOnlyStringWrapper(this, "decodedCaption", "");
    private final ReadOnlyObjectWrapper<Image> selectedOriginal = new ReadOnlyObjectWrapper<>(this, "selectedOriginal");
    private final ReadOnlyObjectWrapper<Image> selectedReconstruction = new ReadOnlyObjectWrapper<>(this, "selectedReconstruction");
    private final ReadOnlyStringWrapper selectedCaption = new ReadOnlyStringWrapper(this, "selectedCaption", "");

    ReadOnlyObjectProperty<Image> decodedImageProperty() { return decodedImage.getReadOnlyProperty(); }
    ReadOnlyStringProperty decodedCaptionProperty() { return decodedCaption.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<Image> selectedOriginalProperty() { return selectedOriginal.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<Image> selectedReconstructionProperty() { return selectedReconstruction.getReadOnlyProperty(); }
    ReadOnlyStringProperty selectedCaptionProperty() { return selectedCaption.getReadOnlyProperty(); }

    void clear() {
        decodedImage.set(null);
        decodedCaption.set("");
        selectedOriginal.set(null);
        selectedReconstruction.set(null);
        selectedCaption.set("");
    }

    void showDecoded(Image image, float[] code) {
        decodedImage.set(image);
        decodedCaption.set(Messages.get("inspect.decodedAt", formatCode(code)));
    }

    void showSelected(Image original) {
        selectedOriginal.set(original);
    }

    void showReconstruction(Image reconstruction, int index, String label, float error, float[] code) {
        selectedReconstruction.set(reconstruction);
        selectedCaption.set(Messages.get("inspect.pointCaption", index, label, String.format(Locale.ROOT, "%.4f", error), formatCode(code)));
    }

    private static String formatCode(float[] code) {
        return ModelTexts.code(code, 8);
    }
}
