package org.latentexplorer.ui.inspect;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

/**
 * The right-hand panel: the decode of the probed coordinate, large and crisp, and the selected test image
 * beside its reconstruction.
 */
public final class InspectorView extends VBox {
    public InspectorView(ExplorerViewModel vm) {
        getStyleClass().add("inspector");
        Label decodedTitle = title(Messages.text("inspect.decoded"));
        ImageView decoded = FxImages.crispView(256);
        decoded.setId("decodedImage");
        decoded.imageProperty().bind(vm.decodedImageProperty());
        Label decodedHint = new Label();
        decodedHint.getStyleClass().add("hint");
        decodedHint.setWrapText(true);
        decodedHint.textProperty().bind(javafx.beans.binding.Bindings.when(vm.decodedImageProperty().isNull())
                .then(Messages.text("inspect.decodedHint")).otherwise(vm.decodedCaptionProperty()));
        decodedHint.setId("decodedCaption");

        Label pointTitle = title(Messages.text("inspect.point"));
        ImageView original = FxImages.crispView(120);
        original.setId("originalImage");
        original.imageProperty().bind(vm.selectedOriginalProperty());
        ImageView reconstruction = FxImages.crispView(120);
        reconstruction.setId("reconstructionImage");
        reconstruction.imageProperty().bind(vm.selectedReconstructionProperty());
        HBox pair = new HBox(12, captioned(original, Messages.text("inspect.original")),
                captioned(reconstruction, Messages.text("inspect.reconstruction")));
        pair.setAlignment(Pos.CENTER_LEFT);
        Label pointCaption = new Label();
        pointCaption.setId("pointCaption");
        pointCaption.setWrapText(true);
        pointCaption.getStyleClass().add("hint");
        pointCaption.textProperty().bind(javafx.beans.binding.Bindings.when(vm.selectedOriginalProperty().isNull())
                .then(Messages.text("inspect.pointHint")).otherwise(vm.selectedCaptionProperty()));

        Label navigation = Messages.bind(new Label(), Messages.text("inspect.navigation"));
        navigation.getStyleClass().addAll("hint", "navigation-hint");
        navigation.setWrapText(true);
        getChildren().addAll(decodedTitle, framed(decoded, 256), decodedHint, pointTitle, pair, pointCaption, navigation);
        VBox.setVgrow(pointCaption, Priority.NEVER);
    }

    private static Label title(javafx.beans.value.ObservableValue<String> text) {
        Label l = Messages.bind(new Label(), text);
        l.getStyleClass().add("panel-title");
        return l;
    }

    private static StackPane framed(ImageView view, double size) {
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("image-frame");
        frame.setMinSize(size, size);
        frame.setPrefSize(size, size);
        frame.setMaxSize(size, size);
        return frame;
    }

    private static VBox captioned(ImageView view, javafx.beans.value.ObservableValue<String> caption) {
        Label label = Messages.bind(new Label(), caption);
        label.getStyleClass().add("image-caption");
        VBox box = new VBox(4, framed(view, view.getFitWidth()), label);
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
