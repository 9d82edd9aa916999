package org.latentexplorer.ui.training;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
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
        Label title = Messages.bind(new Label(), Messages.text("train.title"));
        title.getStyleClass().add("panel-title");

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
        Label explanation = new Label();
        explanation.setId("presetExplanation");
        explanation.getStyleClass().add("hint");
        explanation.setWrapText(true);
        explanation.textProperty().bind(vm.presetExplanationProperty());
        explanation.managedProperty().bind(explanation.textProperty().isNotEmpty());
        explanation.visibleProperty().bind(explanation.managedProperty());
        ComboBox<String> dataset = new ComboBox<>(vm.datasets());
        dataset.setId("datasetPicker");
        // A user's own dataset is a path: its last name is what fits the form (the tooltip has all of it).
        dataset.setCellFactory(list -> datasetCell());
        dataset.setButtonCell(datasetCell());
        dataset.valueProperty().bindBidirectional(vm.datasetProperty());
        ComboBox<Integer> holdOut = new ComboBox<>(vm.holdOutChoices());
        holdOut.setId("holdOutPicker");
        // The null item means "none"; default cells would show it blank.
        holdOut.setButtonCell(holdOutCell());
        holdOut.setCellFactory(list -> holdOutCell());
        holdOut.valueProperty().bindBidirectional(vm.holdOutClassProperty());
        Messages.relabelOnLanguageChange(holdOut);
        holdOut.setTooltip(Tooltips.wrapped(Messages.text("train.holdOut.tip")));
        ComboBox<ModelKind> kind = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(ModelKind.values()));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setConverter(converter(k -> Messages.get("train.kind." + k.id())));
        Messages.relabelOnLanguageChange(kind);
        Spinner<Integer> latent = intSpinner(1, 1024, vm.latentProperty().get());
        link(latent, vm.latentProperty());
        TextField hidden = new TextField();
        hidden.textProperty().bindBidirectional(vm.hiddenProperty());
        hidden.setTooltip(Messages.bind(new Tooltip(), Messages.text("train.hidden.tip")));
        ComboBox<ReconstructionLoss> loss = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(ReconstructionLoss.values()));
        loss.valueProperty().bindBidirectional(vm.lossProperty());
        loss.setConverter(converter(l -> Messages.get("train.loss." + l.id())));
        Messages.relabelOnLanguageChange(loss);
        Spinner<Integer> epochs = intSpinner(1, 1000, vm.epochsProperty().get());
        epochs.setId("epochsSpinner");
        link(epochs, vm.epochsProperty());
        Spinner<Integer> batch = intSpinner(1, 8192, vm.batchProperty().get());
        link(batch, vm.batchProperty());
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
        Spinner<Integer> seed = intSpinner(0, Integer.MAX_VALUE, vm.seedProperty().get());
        link(seed, vm.seedProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        // Labels keep their full text; the fields give up width when the panel is narrow.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(0);
        form.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        row = addRow(form, row, "train.preset", preset);
        row = addRow(form, row, "train.dataset", dataset);
        row = addRow(form, row, "train.holdOut", holdOut);
        row = addRow(form, row, "train.kind", kind);
        row = addRow(form, row, "train.latent", latent);
        row = addRow(form, row, "train.hidden", hidden);
        row = addRow(form, row, "train.loss", loss);
        // A preset's architecture is exact: only the schedule stays editable.
        for (javafx.scene.Node n : List.of(kind, latent, hidden, loss)) n.disableProperty().bind(vm.presetProperty().isNotNull());
        row = addRow(form, row, "train.epochs", epochs);
        row = addRow(form, row, "train.batch", batch);
        row = addRow(form, row, "train.lr", lr);
        row = addRow(form, row, "train.seed", seed);
        CheckBox layerwise = Messages.bind(new CheckBox(), Messages.text("train.layerwise"));
        layerwise.setId("layerwiseCheck");
        layerwise.setTooltip(Messages.bind(new Tooltip(), Messages.text("train.layerwise.tip")));
        layerwise.selectedProperty().bindBidirectional(vm.layerwiseProperty());
        Spinner<Integer> fineTune = intSpinner(0, 1000, vm.fineTuneEpochsProperty().get());
        link(fineTune, vm.fineTuneEpochsProperty());
        fineTune.disableProperty().bind(layerwise.selectedProperty().not());
        form.add(layerwise, 0, row, 2, 1);
        addRow(form, row + 1, "train.fineTune", fineTune);
        form.disableProperty().bind(vm.phaseProperty().isEqualTo(TrainingViewModel.Phase.RUNNING));

        Button start = Messages.bind(new Button(), Messages.text("train.start"));
        start.setId("startTraining");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.phaseProperty().isEqualTo(TrainingViewModel.Phase.RUNNING));
        start.setOnAction(e -> vm.start());
        Button cancel = Messages.bind(new Button(), Messages.text("train.cancel"));
        cancel.setId("cancelTraining");
        cancel.disableProperty().bind(vm.phaseProperty().isNotEqualTo(TrainingViewModel.Phase.RUNNING));
        cancel.setOnAction(e -> vm.cancel());
        Button save = Messages.bind(new Button(), Messages.text("train.save"));
        save.setId("saveModel");
        save.disableProperty().bind(vm.phaseProperty().isNotEqualTo(TrainingViewModel.Phase.FINISHED));
        save.setOnAction(e -> chooseSaveFile().ifPresent(vm::save));
        Button discard = Messages.bind(new Button(), Messages.text("train.discard"));
        discard.setId("discardModel");
        discard.disableProperty().bind(vm.phaseProperty().isNotEqualTo(TrainingViewModel.Phase.FINISHED));
        discard.setOnAction(e -> vm.discard());
        HBox buttons = new HBox(8, start, cancel, save, discard);
        buttons.getStyleClass().add("button-row");

        Label formError = new Label();
        formError.getStyleClass().add("error-text");
        formError.textProperty().bind(vm.formErrorProperty());
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());
        formError.visibleProperty().bind(formError.managedProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("trainingProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.phaseProperty().isNotEqualTo(TrainingViewModel.Phase.IDLE));
        Label progressText = new Label();
        progressText.setId("trainingStatus");
        progressText.getStyleClass().add("hint");
        progressText.setWrapText(true);
        progressText.textProperty().bind(vm.progressTextProperty());

        Label facts = new Label();
        facts.setId("modelFacts");
        facts.getStyleClass().add("hint");
        facts.textProperty().bind(vm.modelFactsProperty());

        CheckBox batchLoss = Messages.bind(new CheckBox(), Messages.text("train.showBatchLoss"));
        batchLoss.selectedProperty().bindBidirectional(vm.showBatchLossProperty());

        LineChart<Number, Number> chart = lossChart();
        VBox timeline = timeline(chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        // The settings scroll on their own, so on a short screen (1280×720) Train and the chart stay in view.
        Label untrainable = Messages.bind(new Label(), Messages.text("train.notTrainable"));
        untrainable.setId("trainNotTrainable");
        untrainable.getStyleClass().add("hint");
        untrainable.setWrapText(true);
        untrainable.managedProperty().bind(vm.wallModelUntrainable());
        untrainable.visibleProperty().bind(untrainable.managedProperty());
        javafx.scene.control.ScrollPane settings = new javafx.scene.control.ScrollPane(new VBox(10, title, untrainable, form, explanation, formError));
        settings.setFitToWidth(true);
        settings.getStyleClass().add("training-settings");
        getChildren().addAll(settings, buttons, progress, progressText, facts, chart, timeline, batchLoss);
        setPadding(new Insets(0));
    }

    private LineChart<Number, Number> lossChart() {
        NumberAxis x = new NumberAxis();
        x.labelProperty().bind(Messages.text("train.chart.epoch"));
        epochAxis(x);
        NumberAxis y = new NumberAxis();
        y.labelProperty().bind(Messages.text("train.chart.loss"));
        y.setForceZeroInRange(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("lossChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(220);
        StagedSeries train = new StagedSeries(chart, Messages.text("train.chart.train"), vm.trainLoss());
        StagedSeries test = new StagedSeries(chart, Messages.text("train.chart.test"), vm.testLoss());
        StagedSeries adversarial = new StagedSeries(chart, Messages.text("train.chart.discriminator"), vm.discriminatorLoss());
        XYChart.Series<Number, Number> batch = series(Messages.text("train.chart.batch"), vm.batchLoss());
        vm.showBatchLossProperty().addListener((o, was, show) -> {
            if (show && !chart.getData().contains(batch)) chart.getData().add(batch);
            if (!show) chart.getData().remove(batch);
        });
        return chart;
    }

    /**
     * The timeline: a slider over the finished epochs that moves the wall's points back and forth through
     * training (fractions glide between epochs), Play to watch the map form again, and a mark on the chart.
     */
    private VBox timeline(LineChart<Number, Number> chart) {
        javafx.scene.control.Slider slider = new javafx.scene.control.Slider(0, 0, 0);
        slider.setId("epochSlider");
        slider.setTooltip(Messages.bind(new Tooltip(), Messages.text("train.timeline.tip")));
        HBox.setHgrow(slider, Priority.ALWAYS);
        vm.timeline().addListener((ListChangeListener<Object>) c -> slider.setMax(Math.max(0, vm.timeline().size() - 1)));
        slider.valueProperty().bindBidirectional(vm.shownEpochProperty());
        Label shown = new Label();
        shown.getStyleClass().add("hint");
        shown.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                Messages.get("train.timeline.shown", vm.shownEpochProperty().get()), vm.shownEpochProperty(),
                Messages.localeProperty()));
        Button play = Messages.bind(new Button(), Messages.text("train.timeline.play"));
        play.setId("playTimeline");
        javafx.animation.Timeline animation = new javafx.animation.Timeline();
        play.setOnAction(e -> {
            animation.stop();
            double end = slider.getMax();
            animation.getKeyFrames().setAll(
                    new javafx.animation.KeyFrame(javafx.util.Duration.ZERO, new javafx.animation.KeyValue(vm.shownEpochProperty(), 0)),
                    new javafx.animation.KeyFrame(javafx.util.Duration.seconds(Math.max(1, end * 0.5)),
                            new javafx.animation.KeyValue(vm.shownEpochProperty(), end)));
            animation.play();
        });
        XYChart.Series<Number, Number> mark = new XYChart.Series<>();
        mark.nameProperty().bind(Messages.text("train.timeline.mark"));
        vm.shownEpochProperty().addListener((o, a, epoch) -> {
            double e = Math.round(epoch.doubleValue());
            var point = vm.trainLoss().stream().filter(p -> p.x() == e).findFirst();
            mark.getData().setAll(point.map(p -> java.util.List.of(new XYChart.Data<Number, Number>(p.x(), p.loss())))
                    .orElse(java.util.List.of()));
            if (!chart.getData().contains(mark) && !mark.getData().isEmpty()) chart.getData().add(mark);
        });
        HBox row = new HBox(8, play, slider);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(4, row, shown);
        // Only a run's own epochs can be scrubbed: without them the row would name an epoch of nothing.
        var scrubbable = javafx.beans.binding.Bindings.size(vm.timeline()).greaterThanOrEqualTo(2);
        box.visibleProperty().bind(scrubbable);
        box.managedProperty().bind(scrubbable);
        return box;
    }

    /** Epochs are whole numbers: ticks at whole epochs, from 0 to the run's length (at most ten ticks). */
    private void epochAxis(NumberAxis x) {
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setMinorTickVisible(false);
        Runnable range = () -> {
            double last = vm.trainLoss().isEmpty() ? 1 : vm.trainLoss().get(vm.trainLoss().size() - 1).x();
            double upper = Math.max(1, Math.max(vm.epochsProperty().get(), Math.ceil(last)));
            x.setUpperBound(upper);
            x.setTickUnit(Math.max(1, Math.ceil(upper / 10)));
        };
        vm.trainLoss().addListener((ListChangeListener<TrainingViewModel.LossPoint>) c -> range.run());
        vm.epochsProperty().addListener((o, a, b) -> {
            if (vm.phaseProperty().get() != TrainingViewModel.Phase.RUNNING) range.run();
        });
        range.run();
    }

    /**
     * One line per stage of a layer-wise run ("Train loss · layer 1: 784→100"), since each stage's loss is on
     * its own scale; an ordinary run has a single line. Lines appear with their first finite value, so a loss a
     * model does not have (a discriminator's) adds nothing to the legend.
     */
    private static final class StagedSeries {
        private final LineChart<Number, Number> chart;
        private final javafx.beans.value.ObservableValue<String> name;
        private final java.util.Map<String, XYChart.Series<Number, Number>> byStage = new java.util.LinkedHashMap<>();

        StagedSeries(LineChart<Number, Number> chart, javafx.beans.value.ObservableValue<String> name, ObservableList<TrainingViewModel.LossPoint> points) {
            this.chart = chart;
            this.name = name;
            points.addListener((ListChangeListener<TrainingViewModel.LossPoint>) c -> {
                while (c.next()) {
                    if (c.wasRemoved() && points.isEmpty()) reset();
                    for (TrainingViewModel.LossPoint p : c.getAddedSubList()) {
                        if (Double.isFinite(p.loss())) seriesFor(p.stage()).getData().add(new XYChart.Data<>(p.x(), p.loss()));
                    }
                }
            });
        }

        private XYChart.Series<Number, Number> seriesFor(String stage) {
            return byStage.computeIfAbsent(stage, s -> {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.nameProperty().bind(s.isEmpty() ? name : name.map(n -> n + " · " + s));
                chart.getData().add(series);
                return series;
            });
        }

        private void reset() {
            chart.getData().removeAll(byStage.values());
            byStage.clear();
        }
    }

    private static XYChart.Series<Number, Number> series(javafx.beans.value.ObservableValue<String> name,
                                                         ObservableList<TrainingViewModel.LossPoint> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.nameProperty().bind(name);
        points.addListener((ListChangeListener<TrainingViewModel.LossPoint>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && points.isEmpty()) s.getData().clear();
                for (TrainingViewModel.LossPoint p : c.getAddedSubList()) s.getData().add(new XYChart.Data<>(p.x(), p.loss()));
            }
        });
        return s;
    }

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

    private static Spinner<Integer> intSpinner(int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value));
        spinner.setEditable(true);
        return spinner;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override public String toString(T value) { return value == null ? "" : toText.apply(value); }
            @Override public T fromString(String s) { return null; }
        };
    }

}
