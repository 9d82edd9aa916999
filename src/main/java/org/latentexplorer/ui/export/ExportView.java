package org.latentexplorer.ui.export;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.latentexplorer.ui.common.FileSaver;
import org.latentexplorer.ui.common.Messages;

import java.nio.file.Path;
import java.util.Objects;

/** The Export panel: the wall as PNG (size, terrain) or SVG, and the codes as CSV. */
public final class ExportView extends VBox {
    private static final Messages.Bundle T = ExportViewModel.TEXT;
    private final ExportViewModel vm;

    public ExportView(ExportViewModel vm) {
        this.vm = vm;
        getStyleClass().add("export-panel");
        getStylesheets().add(Objects.requireNonNull(ExportView.class.getResource("export.css")).toExternalForm());
        getChildren().addAll(title(T.text("title")), hint(T.text("intro")), title(T.text("wall.title")), sizeForm(),
                keepAspectCheck(), terrainCheck(), sizeHint(), wallButtons(), title(T.text("codes.title")),
                hint(T.text("codes.hint")), csvButton(), hint(T.text("galleries.hint")), message());
    }

    private static Label hint(javafx.beans.value.ObservableValue<String> text) {
        Label hint = Messages.bind(new Label(), text);
        hint.getStyleClass().add("export-hint");
        hint.setWrapText(true);
        return hint;
    }

    /** The PNG's width and height in pixels. */
    private GridPane sizeForm() {
        Spinner<Integer> width = sizeSpinner(vm.widthProperty().get());
        width.setId("exportWidth");
        Spinner<Integer> height = sizeSpinner(vm.heightProperty().get());
        height.setId("exportHeight");
        link(width, vm.widthProperty());
        link(height, vm.heightProperty());
        GridPane size = new GridPane();
        size.getStyleClass().add("export-form");
        size.addRow(0, Messages.bind(new Label(), T.text("png.width")), width, Messages.bind(new Label(), T.text("png.pixels")));
        size.addRow(1, Messages.bind(new Label(), T.text("png.height")), height, Messages.bind(new Label(), T.text("png.pixels")));
        return size;
    }

    private CheckBox keepAspectCheck() {
        CheckBox aspect = Messages.bind(new CheckBox(), T.text("png.keepAspect"));
        aspect.setId("exportKeepAspect");
        aspect.selectedProperty().bindBidirectional(vm.keepAspectProperty());
        aspect.setTooltip(Messages.bind(new Tooltip(), T.text("png.keepAspect.tip")));
        return aspect;
    }

    private CheckBox terrainCheck() {
        CheckBox terrain = Messages.bind(new CheckBox(), T.text("wall.terrain"));
        terrain.setId("exportWithTerrain");
        terrain.selectedProperty().bindBidirectional(vm.withTerrainProperty());
        terrain.disableProperty().bind(vm.terrainAvailable().not());
        terrain.setTooltip(Messages.bind(new Tooltip(), T.text("wall.terrain.tip")));
        return terrain;
    }

    private Label sizeHint() {
        Label hint = new Label();
        hint.getStyleClass().add("export-hint");
        hint.setWrapText(true);
        hint.textProperty().bind(vm.sizeHint());
        return hint;
    }

    private HBox wallButtons() {
        Button png = Messages.bind(new Button(), T.text("png.save"));
        png.setId("exportPng");
        png.setTooltip(Messages.bind(new Tooltip(), T.text("png.save.tip")));
        png.disableProperty().bind(vm.wallAvailable().not().or(vm.busyProperty()));
        png.setOnAction(e -> savePng(getScene().getWindow()));
        Button svg = Messages.bind(new Button(), T.text("svg.save"));
        svg.setId("exportSvg");
        svg.setTooltip(Messages.bind(new Tooltip(), T.text("svg.save.tip")));
        svg.disableProperty().bind(vm.wallAvailable().not().or(vm.busyProperty()));
        svg.setOnAction(e -> saveSvg(getScene().getWindow()));
        HBox wallButtons = new HBox(8, png, svg);
        wallButtons.setAlignment(Pos.CENTER_LEFT);
        return wallButtons;
    }

    private Button csvButton() {
        Button csv = Messages.bind(new Button(), T.text("csv.save"));
        csv.setId("exportCsv");
        csv.setTooltip(Messages.bind(new Tooltip(), T.text("csv.save.tip")));
        csv.disableProperty().bind(vm.codesAvailable().not().or(vm.busyProperty()));
        csv.setOnAction(e -> saveCsv(getScene().getWindow()));
        return csv;
    }

    private Label message() {
        Label message = new Label();
        message.setId("exportMessage");
        message.setWrapText(true);
        message.getStyleClass().add("export-message");
        message.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().addListener((o, was, error) -> {
            if (error) message.getStyleClass().add("export-error");
            else message.getStyleClass().remove("export-error");
        });
        return message;
    }

    public void savePng(Window owner) {
        Path file = FileSaver.ask(owner, T.get("png.dialog"), T.get("filter.png"), "png", vm.suggestedName("wall", "png"));
        if (file != null) vm.savePng(file);
    }

    public void saveSvg(Window owner) {
        Path file = FileSaver.ask(owner, T.get("svg.dialog"), T.get("filter.svg"), "svg", vm.suggestedName("wall", "svg"));
        if (file != null) vm.saveSvg(file);
    }

    public void saveCsv(Window owner) {
        Path file = FileSaver.ask(owner, T.get("csv.dialog"), T.get("filter.csv"), "csv", vm.suggestedName("codes", "csv"));
        if (file != null) vm.saveCsv(file);
    }

    private static Label title(javafx.beans.value.ObservableValue<String> text) {
        Label l = Messages.bind(new Label(), text);
        l.getStyleClass().add("export-title");
        return l;
    }

    private static Spinner<Integer> sizeSpinner(int initial) {
        Spinner<Integer> s = new Spinner<>(ExportViewModel.MIN_SIZE, ExportViewModel.MAX_SIZE, Math.max(ExportViewModel.MIN_SIZE, initial), 100);
        s.setEditable(true);
        s.setPrefWidth(110);
        return s;
    }

    /** Two-way link of a spinner and an integer property (spinner values are boxed, properties are not). */
    private static void link(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty property) {
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        property.addListener((o, a, v) -> {
            if (v.intValue() >= ExportViewModel.MIN_SIZE && !v.equals(factory.getValue())) factory.setValue(v.intValue());
        });
        factory.valueProperty().addListener((o, a, v) -> {
            if (v != null && v != property.get()) property.set(v);
        });
        // Typed text counts when focus leaves, not only on Enter.
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) commit(spinner);
        });
    }

    private static void commit(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText();
        try {
            int v = Integer.parseInt(text.strip());
            spinner.getValueFactory().setValue(Math.max(ExportViewModel.MIN_SIZE, Math.min(ExportViewModel.MAX_SIZE, v)));
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }
}
