package org.latentexplorer.ui.datasets;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.data.DatasetSource;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.latentexplorer.ui.datasets.DatasetNoteTexts.TEXT;

/** "Where is the dataset?": names the recorded place and fingerprint, then a file or folder chooser. */
public final class DatasetLocationDialog implements DatasetLocator.Prompt {
    private final Supplier<Window> owner;

    public DatasetLocationDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The question, before it is shown (a test looks at it and answers it). */
    public static Alert question(Path model, DatasetSource recorded) {
        ButtonType file = new ButtonType(TEXT.get("where.file"), ButtonBar.ButtonData.YES);
        ButtonType folder = new ButtonType(TEXT.get("where.folder"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(TEXT.get("where.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, TEXT.get("where.text", recorded.path(), recorded.format(),
                recorded.height(), recorded.width(), recorded.shortFingerprint()), file, folder, cancel);
        alert.setTitle(TEXT.get("where.title"));
        alert.setHeaderText(TEXT.get("where.header", model.getFileName()));
        alert.getDialogPane().setId("datasetLocationDialog");
        alert.getDialogPane().setPrefWidth(560);
        return alert;
    }

    @Override
    public CompletableFuture<Path> ask(Path model, DatasetSource recorded) {
        Alert alert = question(model, recorded);
        alert.initOwner(owner.get());
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        Path near = recorded.path().getParent();
        while (near != null && !Files.isDirectory(near)) near = near.getParent();
        File chosen = null;
        if (answer.getButtonData() == ButtonBar.ButtonData.YES) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(TEXT.get("where.title"));
            if (near != null) chooser.setInitialDirectory(near.toFile());
            chosen = chooser.showOpenDialog(owner.get());
        } else if (answer.getButtonData() == ButtonBar.ButtonData.NO) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(TEXT.get("where.title"));
            if (near != null) chooser.setInitialDirectory(near.toFile());
            chosen = chooser.showDialog(owner.get());
        }
        return CompletableFuture.completedFuture(chosen == null ? null : chosen.toPath());
    }
}
