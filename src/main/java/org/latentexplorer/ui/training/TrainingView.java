package org.latentexplorer.ui.training;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.latentexplorer.model.ModelKind;
import org.latentexplorer.model.ReconstructionLoss;
import org.latentexplorer.training.Preset;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.Tooltips;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The training panel: the recipe form, Start/Cancel, progress with ETA, the live loss chart, Save/Discard. */
public final class TrainingView extends VBox {
    private final TrainingViewModel vm;

    public TrainingView(TrainingViewModel vm) {
        this.vm = vm;
        getStyleClass().add("training-panel");
        LossChart losses = new LossChart(vm);
        VBox.setVgrow(losses.chart, Priority.ALWAYS);
        getChildren().addAll(settingsSection(), buttonsSection(), progressBar(), progressText(), facts(), losses.chart,
                losses.timeline, batchLossToggle());
        setPadding(new Insets(0));
    }

    // --- the settings -----------------------------------------------------------------------------------

    /**
     * The title, the form and what a preset means. They scroll on their own, so on a short screen (1280×720)
     * Train and the chart stay in view.
     */
    private javafx.scene.control.ScrollPane settingsSection() {
        Label title = Messages.bind(new Label(), Messages.text("train.title"));
        title.getStyleClass().add("panel-title");
        javafx.scene.control.ScrollPane settings = new javafx.scene.control.ScrollPane(
                new VBox(10, title, untrainableNote(), form(), presetExplanation(), formError()));
        settings.setFitToWidth(true);
        settings.getStyleClass().add("training-settings");
        return settings;
    }

    private GridPane form() {
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        // Labels keep their full text; the fields give up width when the panel is narrow.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        form.getColumnConstraints().addAll(labels, fields);
        ComboBox<ModelKind> kind = kindPicker();
        Spinner<Integer> latent = intSpinner(1, 1024, vm.latentProperty());
        TextField hidden = hiddenField();
        ComboBox<ReconstructionLoss> loss = lossPicker();
        // A preset's architecture is exact: only the schedule stays editable.
        for (javafx.scene.Node n : List.of(kind, latent, hidden, loss)) n.disableProperty().bind(vm.presetProperty().isNotNull());
        Spinner<Integer> epochs = intSpinner(1, 1000, vm.epochsProperty());
        epochs.setId("epochsSpinner");
        int row = 0;
        row = addRow(form, row, "train.preset", presetPicker());
        row = addRow(form, row, "train.dataset", datasetPicker());
        row = addRow(form, row, "train.holdOut", holdOutPicker());
        row = addRow(form, row, "train.kind", kind);
        row = addRow(form, row, "train.latent", latent);
        row = addRow(form, row, "train.hidden", hidden);
        row = addRow(form, row, "train.loss", loss);
        row = addRow(form, row, "train.epochs", epochs);
        row = addRow(form, row, "train.batch", intSpinner(1, 8192, vm.batchProperty()));
        row = addRow(form, row, "train.lr", learningRateField());
        row = addRow(form, row, "train.seed", intSpinner(0, Integer.MAX_VALUE, vm.seedProperty()));
        layerwiseRows(form, row);
        form.disableProperty().bind(vm.phaseProperty().isEqualTo(TrainingViewModel.Phase.RUNNING));
        return form;
    }

    private ComboBox<Preset> presetPicker() {
        ComboBox<Preset> preset = new ComboBox<>();
        preset.setId("presetPicker");
        preset.getItems().add(null);
        preset.getItems().addAll(vm.presets());
        preset.setConverter(converter(p -> p == null ? Messages.get("train.preset.custom") : p.name()));
        // One cell class for the list and the button: the list's null row ("Custom") is a real choice, not blank.
        preset.setCellFactory(list -> presetCell());
        preset.setButtonCell(presetCell());
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        Messages.relabelOnLanguageChange(preset);
        return preset;
    }

    private Label presetExplanation() {
        Label explanation = new Label();
        explanation.setId("presetExplanation");
        explanation.getStyleClass().add("hint");
        explanation.setWrapText(true);
        explanation.textProperty().bind(vm.presetExplanationProperty());
        explanation.managedProperty().bind(explanation.textProperty().isNotEmpty());
        explanation.visibleProperty().bind(explanation.managedProperty());
        return explanation;
    }

    private ComboBox<String> datasetPicker() {
        ComboBox<String> dataset = new ComboBox<>(vm.datasets());
        dataset.setId("datasetPicker");
        // A user's own dataset is a path: its last name is what fits the form (the tooltip has all of it).
        dataset.setCellFactory(list -> datasetCell());
        dataset.setButtonCell(datasetCell());
        dataset.valueProperty().bindBidirectional(vm.datasetProperty());
        return dataset;
    }

    private ComboBox<Integer> holdOutPicker() {
        ComboBox<Integer> holdOut = new ComboBox<>(vm.holdOutChoices());
        holdOut.setId("holdOutPicker");
        // The null item means "none"; default cells would show it blank.
        holdOut.setButtonCell(holdOutCell());
        holdOut.setCellFactory(list -> holdOutCell());
        holdOut.valueProperty().bindBidirectional(vm.holdOutClassProperty());
        Messages.relabelOnLanguageChange(holdOut);
        holdOut.setTooltip(Tooltips.wrapped(Messages.text("train.holdOut.tip")));
        return holdOut;
    }

    private ComboBox<ModelKind> kindPicker() {
        ComboBox<ModelKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(ModelKind.values()));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setConverter(converter(k -> Messages.get(k.family().labelKey())));
        Messages.relabelOnLanguageChange(kind);
        return kind;
    }

    private TextField hiddenField() {
        TextField hidden = new TextField();
        hidden.textProperty().bindBidirectional(vm.hiddenProperty());
        hidden.setTooltip(Messages.bind(new Tooltip(), Messages.text("train.hidden.tip")));
        return hidden;
    }

    private ComboBox<ReconstructionLoss> lossPicker() {
        ComboBox<ReconstructionLoss> loss = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(ReconstructionLoss.values()));
        loss.valueProperty().bindBidirectional(vm.lossProperty());
        loss.setConverter(converter(l -> Messages.get("train.loss." + l.id())));
        Messages.relabelOnLanguageChange(loss);
        return loss;
    }

    /** A number field: text that is not a number is marked and leaves the rate as it was. */
    private TextField learningRateField() {
        TextField lr = new TextField(Double.toString(vm.learningRateProperty().get()));
        vm.learningRateProperty().addListener((o, a, b) -> {
            if (!lr.getText().trim().equals(Double.toString(b.doubleValue()))) lr.setText(Double.toString(b.doubleValue()));
        });
        lr.textProperty().addListener((o, a, b) -> {
            try {
                vm.learningRateProperty().set(Double.parseDouble(b.trim()));
                lr.getStyleClass().remove("invalid");
            } catch (NumberFormatException e) {
                if (!lr.getStyleClass().contains("invalid")) lr.getStyleClass().add("invalid");
            }
        });
        return lr;
    }

    /** "Train layer by layer" across both columns, then its fine-tuning epochs. */
    private void layerwiseRows(GridPane form, int row) {
        CheckBox layerwise = Messages.bind(new CheckBox(), Messages.text("train.layerwise"));
        layerwise.setId("layerwiseCheck");
        layerwise.setTooltip(Messages.bind(new Tooltip(), Messages.text("train.layerwise.tip")));
        layerwise.selectedProperty().bindBidirectional(vm.layerwiseProperty());
        Spinner<Integer> fineTune = intSpinner(0, 1000, vm.fineTuneEpochsProperty());
        fineTune.disableProperty().bind(layerwise.selectedProperty().not());
        form.add(layerwise, 0, row, 2, 1);
        addRow(form, row + 1, "train.fineTune", fineTune);
    }

    private Label formError() {
        Label formError = new Label();
        formError.getStyleClass().add("error-text");
        formError.textProperty().bind(vm.formErrorProperty());
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());
        formError.visibleProperty().bind(formError.managedProperty());
        return formError;
    }

    // --- the run ----------------------------------------------------------------------------------------

    /** Shown while the model on the wall was imported (ONNX): it runs here but cannot be trained. */
    private Label untrainableNote() {
        Label untrainable = Messages.bind(new Label(), Messages.text("train.notTrainable"));
        untrainable.setId("trainNotTrainable");
        untrainable.getStyleClass().add("hint");
        untrainable.setWrapText(true);
        untrainable.managedProperty().bind(vm.wallModelUntrainable());
        untrainable.visibleProperty().bind(untrainable.managedProperty());
        return untrainable;
    }

    private HBox buttonsSection() {
        Button start = button("startTraining", "train.start", TrainingViewModel.Phase.RUNNING, false, vm::start);
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        Button cancel = button("cancelTraining", "train.cancel", TrainingViewModel.Phase.RUNNING, true, vm::cancel);
        Button save = button("saveModel", "train.save", TrainingViewModel.Phase.FINISHED, true, () -> chooseSaveFile().ifPresent(vm::save));
        Button discard = button("discardModel", "train.discard", TrainingViewModel.Phase.FINISHED, true, vm::discard);
        HBox buttons = new HBox(8, start, cancel, save, discard);
        buttons.getStyleClass().add("button-row");
        return buttons;
    }

    /** A button enabled only in {@code phase} ({@code onlyIn}) or in any phase but it. */
    private Button button(String id, String key, TrainingViewModel.Phase phase, boolean onlyIn, Runnable action) {
        Button button = Messages.bind(new Button(), Messages.text(key));
        button.setId(id);
        button.disableProperty().bind(onlyIn ? vm.phaseProperty().isNotEqualTo(phase) : vm.phaseProperty().isEqualTo(phase));
        button.setOnAction(e -> action.run());
        return button;
    }

    private ProgressBar progressBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("trainingProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(TrainingViewModel.Phase.IDLE));
        return progress;
    }

    private Label progressText() {
        Label progressText = new Label();
        progressText.setId("trainingStatus");
        progressText.getStyleClass().add("hint");
        progressText.setWrapText(true);
        progressText.textProperty().bind(vm.progressTextProperty());
        return progressText;
    }

    private Label facts() {
        Label facts = new Label();
        facts.setId("modelFacts");
        facts.getStyleClass().add("hint");
        facts.textProperty().bind(vm.modelFactsProperty());
        return facts;
    }

    private CheckBox batchLossToggle() {
        CheckBox batchLoss = Messages.bind(new CheckBox(), Messages.text("train.showBatchLoss"));
        batchLoss.selectedProperty().bindBidirectional(vm.showBatchLossProperty());
        return batchLoss;
    }

    // --- cells and fields -------------------------------------------------------------------------------

    private static javafx.scene.control.ListCell<String> datasetCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                boolean path = !empty && name != null && (name.contains("/") || name.contains("\\"));
                setText(empty || name == null ? null : path ? java.nio.file.Path.of(name).getFileName().toString() : name);
                setTooltip(path ? new Tooltip(name) : null);
            }
        };
    }

    private static javafx.scene.control.ListCell<Preset> presetCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(Preset p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty ? null : p == null ? Messages.get("train.preset.custom") : p.name());
            }
        };
    }

    private java.util.Optional<Path> chooseSaveFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("train.save.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.modelBundle"), "*.zip"));
        chooser.setInitialFileName(vm.suggestedFileName());
        File file = chooser.showSaveDialog(getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }

    private javafx.scene.control.ListCell<Integer> holdOutCell() {
        return new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(Integer label, boolean empty) {
                super.updateItem(label, empty);
                setText(empty ? null : vm.holdOutText(label));
            }
        };
    }

    private static int addRow(GridPane form, int row, String key, javafx.scene.Node field) {
        Label label = Messages.bind(new Label(), Messages.text(key));
        label.setLabelFor(field);
        form.add(label, 0, row);
        form.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (field instanceof javafx.scene.control.Control c) c.setMaxWidth(Double.MAX_VALUE);
        return row + 1;
    }

    /** Both ways: the user's edits go to the view model, and a preset's values come back into the spinner. */
    private static void link(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty property) {
        spinner.getValueFactory().valueProperty().addListener((o, a, b) -> {
            if (b != null) property.set(b);
        });
        property.addListener((o, a, b) -> spinner.getValueFactory().setValue(b.intValue()));
    }

    /** An editable spinner linked both ways to {@code property}. */
    private static Spinner<Integer> intSpinner(int min, int max, javafx.beans.property.IntegerProperty property) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, property.get()));
        spinner.setEditable(true);
        link(spinner, property);
        return spinner;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override public String toString(T value) { return value == null ? "" : toText.apply(value); }
            @Override public T fromString(String s) { return null; }
        };
    }
}
