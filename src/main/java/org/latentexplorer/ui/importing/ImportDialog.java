package org.latentexplorer.ui.importing;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.ui.common.Messages;

import java.io.File;
import java.nio.file.Path;

/** The Import ONNX model dialog: the form of {@link ImportViewModel}, in small sections. */
public final class ImportDialog {
    private final ImportViewModel vm;
    private final Window owner;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public ImportDialog(ImportViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("import.title"));
        dialog.setHeaderText(Messages.get("import.header"));
        dialog.getDialogPane().setId("importOnnxDialog");
        dialog.getDialogPane().setContent(new VBox(10, files(), mapping(), status()));
        buttons();
    }

    public void show() {
        dialog.show();
    }

    private GridPane files() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        row(grid, 0, "import.encoder", pathLabel(vm.encoderProperty(), "importEncoder"),
                chooser("importChooseEncoder", () -> open("import.encoder", "*.onnx"), vm::chooseEncoder));
        row(grid, 1, "import.decoder", pathLabel(vm.decoderProperty(), "importDecoder"),
                chooser("importChooseDecoder", () -> open("import.decoder", "*.onnx"), vm.decoderProperty()::set));
        ComboBox<String> dataset = new ComboBox<>();
        dataset.setId("importDataset");
        dataset.setEditable(true);
        dataset.getItems().setAll(ImportViewModel.bundledDatasets());
        dataset.valueProperty().bindBidirectional(vm.datasetProperty());
        dataset.setPrefWidth(320);
        row(grid, 2, "import.dataset", dataset, chooser("importChooseDataset", () -> open("import.dataset", "*"),
                f -> vm.datasetProperty().set(f.toString())));
        row(grid, 3, "import.out", pathLabel(vm.outProperty(), "importOut"), chooser("importChooseOut", this::saveAs, vm.outProperty()::set));
        return grid;
    }

    /** μ and log σ² among the encoder's two outputs; only for an encoder with two. */
    private GridPane mapping() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ComboBox<String> mu = new ComboBox<>(vm.outputs());
        mu.setId("importMu");
        mu.valueProperty().bindBidirectional(vm.muProperty());
        ComboBox<String> logVar = new ComboBox<>(vm.outputs());
        logVar.setId("importLogVar");
        logVar.valueProperty().bindBidirectional(vm.logVarProperty());
        Label note = Messages.bind(new Label(), Messages.text("import.mapping"));
        note.setWrapText(true);
        grid.add(note, 0, 0, 2, 1);
        grid.addRow(1, Messages.bind(new Label(), Messages.text("import.mu")), mu);
        grid.addRow(2, Messages.bind(new Label(), Messages.text("import.logvar")), logVar);
        grid.managedProperty().bind(vm.mappingShownProperty());
        grid.visibleProperty().bind(vm.mappingShownProperty());
        return grid;
    }

    private HBox status() {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.runningProperty());
        busy.managedProperty().bind(vm.runningProperty());
        Label error = new Label();
        error.setId("importError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.setMaxWidth(560);
        error.textProperty().bind(vm.errorProperty());
        return new HBox(8, busy, error);
    }

    /** Import runs in the background and keeps the dialog open until the bundle is saved, or shows why not. */
    private void buttons() {
        ButtonType importButton = new ButtonType(Messages.get("import.run"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        Button run = (Button) dialog.getDialogPane().lookupButton(importButton);
        run.setId("importRun");
        run.disableProperty().bind(vm.readyProperty().not());
        run.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.importModel(dialog::close);
        });
    }

    private static void row(GridPane grid, int row, String key, javafx.scene.Node field, Button choose) {
        grid.addRow(row, Messages.bind(new Label(), Messages.text(key)), field, choose);
    }

    private static Label pathLabel(ObjectProperty<Path> path, String id) {
        Label label = new Label();
        label.setId(id);
        label.setPrefWidth(320);
        label.textProperty().bind(Bindings.createStringBinding(() -> path.get() == null ? Messages.get("import.none")
                : path.get().getFileName().toString(), path, Messages.localeProperty()));
        return label;
    }

    private static Button chooser(String id, java.util.function.Supplier<File> choose, java.util.function.Consumer<Path> chosen) {
        Button b = Messages.bind(new Button(), Messages.text("import.choose"));
        b.setId(id);
        b.setOnAction(e -> {
            File f = choose.get();
            if (f != null) chosen.accept(f.toPath());
        });
        return b;
    }

    private File open(String titleKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        if (pattern.equals("*.onnx")) chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.onnxFiles"), pattern));
        return chooser.showOpenDialog(owner);
    }

    private File saveAs() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.out"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.modelBundle"), "*.zip"));
        if (vm.outProperty().get() != null) chooser.setInitialFileName(vm.outProperty().get().getFileName().toString());
        return chooser.showSaveDialog(owner);
    }
}
