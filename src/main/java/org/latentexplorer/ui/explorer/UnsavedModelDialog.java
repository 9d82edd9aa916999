package org.latentexplorer.ui.explorer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.ui.common.Messages;

import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The dialog that asks Save / Discard / Cancel before a trained, unsaved model is replaced or the app closes. */
public final class UnsavedModelDialog implements UnsavedModelPrompt {
    private final Supplier<Window> owner;

    public UnsavedModelDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public CompletableFuture<Choice> ask(String suggestedName) {
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("unsaved.text"), save, discard, cancel);
        alert.setTitle(Messages.get("unsaved.title"));
        alert.setHeaderText(Messages.get("unsaved.header"));
        alert.initOwner(owner.get());
        alert.getDialogPane().setId("unsavedModelDialog");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        if (answer == discard) return CompletableFuture.completedFuture(Choice.discard());
        if (answer != save) return CompletableFuture.completedFuture(Choice.cancel());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("train.save.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.modelBundle"), "*.zip"));
        File file = chooser.showSaveDialog(owner.get());
        return CompletableFuture.completedFuture(file == null ? Choice.cancel() : Choice.save(file.toPath()));
    }
}
