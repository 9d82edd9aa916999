package org.latentexplorer.ui.features;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentexplorer.latent.features.FeatureComparison;
import org.latentexplorer.latent.features.LabelBudget;
import org.latentexplorer.training.PretrainedClassifier;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.features.FeaturesViewModel.Row;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * The Features window's content: a tab comparing codes, pixels and PCA as classifier features (chart of test
 * accuracy against labels per class, and the table), a tab for unsupervised pretraining (loss curves, accuracies),
 * and the shared progress line.
 */
public final class FeaturesView extends BorderPane {
    private static final Messages.Bundle T = FeaturesViewModel.TEXT;
    private final FeaturesViewModel vm;
    private final LineChart<String, Number> accuracyChart = new LineChart<>(new CategoryAxis(), new NumberAxis(0, 1, 0.1));
    private final LineChart<Number, Number> lossChart = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final Label pretrainAccuracy = new Label();

    public FeaturesView(FeaturesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("features");
        getStylesheets().add(Objects.requireNonNull(FeaturesView.class.getResource("features.css")).toExternalForm());
        Label model = new Label();
        model.setId("featuresModel");
        model.getStyleClass().add("features-model");
        model.textProperty().bind(vm.modelTextProperty());
        setTop(model);
        TabPane tabs = new TabPane(featuresTab(), pretrainingTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        setBottom(statusBar());
    }

    public LineChart<String, Number> accuracyChart() { return accuracyChart; }
    public LineChart<Number, Number> lossChart() { return lossChart; }

    // --- features -----------------------------------------------------------------------------------------

    private Tab featuresTab() {
        Tab tab = Messages.bind(new Tab(), T.text("tab.features"));
        tab.setId("featuresTab");
        // Chart and table side by side: the numbers stay readable beside the curves on a 1280×720 projector.
        LineChart<String, Number> chart = accuracySection();
        TableView<Row> table = featuresTable();
        HBox results = new HBox(8, chart, table);
        HBox.setHgrow(chart, Priority.ALWAYS);
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox box = new VBox(8, hint(T.text("features.intro")), featuresControls(), results);
        box.getStyleClass().add("features-page");
        tab.setContent(box);
        return tab;
    }

    private ToolBar featuresControls() {
        TextField budgets = new TextField();
        budgets.setId("featuresBudgets");
        budgets.setPrefColumnCount(14);
        budgets.textProperty().bindBidirectional(vm.budgetsProperty());
        budgets.setTooltip(Messages.bind(new Tooltip(), T.text("budgets.tip")));
        Spinner<Integer> hidden = spinner("featuresHidden", 0, 512, vm.hiddenProperty(), 16);
        hidden.setTooltip(Messages.bind(new Tooltip(), T.text("hidden.tip")));
        Spinner<Integer> seed = spinner("featuresSeed", 0, 9999, vm.seedProperty(), 1);
        seed.setTooltip(Messages.bind(new Tooltip(), T.text("seed.tip")));
        Button run = Messages.bind(new Button(), T.text("features.run"));
        run.setId("featuresRun");
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.runFeatures());
        return new ToolBar(Messages.bind(new Label(), T.text("budgets")), budgets, Messages.bind(new Label(), T.text("hidden")), hidden,
                Messages.bind(new Label(), T.text("seed")), seed, run);
    }

    private LineChart<String, Number> accuracySection() {
        Messages.Bundle t = T;
        accuracyChart.setId("featuresChart");
        accuracyChart.setAnimated(false);
        accuracyChart.getXAxis().labelProperty().bind(t.text("axis.labelsPerClass"));
        accuracyChart.getYAxis().labelProperty().bind(t.text("axis.accuracy"));
        accuracyChart.titleProperty().bind(t.text("chart.features"));
        VBox.setVgrow(accuracyChart, Priority.ALWAYS);
        vm.resultProperty().addListener((o, a, r) -> fillAccuracy(r));
        return accuracyChart;
    }

    private void fillAccuracy(FeatureComparison.Result r) {
        accuracyChart.getData().clear();
        if (r == null) return;
        for (FeatureComparison.Curve c : r.curves()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.nameProperty().bind(Bindings.createStringBinding(() -> FeaturesViewModel.sourceName(c.source()) + " (" + c.dimension() + ")",
                    Messages.localeProperty()));
            for (int b = 0; b < r.budgets().length; b++) {
                if (!Double.isNaN(c.accuracy()[b])) series.getData().add(new XYChart.Data<>(LabelBudget.name(r.budgets()[b]), c.accuracy()[b]));
            }
            accuracyChart.getData().add(series);
        }
    }

    private TableView<Row> featuresTable() {
        TableView<Row> table = new TableView<>(vm.rows());
        table.setId("featuresTable");
        table.setPrefWidth(470);
        table.setMinWidth(360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> budget = column(T.text("column.labelsPerClass"));
        budget.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(c.getValue().labelsPerClass()));
        TableColumn<Row, String> labelled = column(T.text("column.labelled"));
        labelled.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(Integer.toString(c.getValue().labelled())));
        table.getColumns().add(budget);
        table.getColumns().add(labelled);
        table.getColumns().add(accuracyColumn(T.text("source.codes"), Row::codes));
        table.getColumns().add(accuracyColumn(T.text("source.pixels"), Row::pixels));
        table.getColumns().add(accuracyColumn(T.text("column.pca"), Row::pca));
        table.setPlaceholder(Messages.bind(new Label(), T.text("table.empty")));
        return table;
    }

    private static TableColumn<Row, String> accuracyColumn(javafx.beans.value.ObservableValue<String> name, ToDoubleFunction<Row> value) {
        TableColumn<Row, String> column = column(name);
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleStringProperty(FeaturesViewModel.percent(value.applyAsDouble(c.getValue()))));
        column.getStyleClass().add("features-number");
        return column;
    }

    private static TableColumn<Row, String> column(javafx.beans.value.ObservableValue<String> name) {
        TableColumn<Row, String> column = new TableColumn<>();
        column.textProperty().bind(name);
        column.setSortable(false);
        return column;
    }

    // --- pretraining --------------------------------------------------------------------------------------

    private Tab pretrainingTab() {
        Tab tab = Messages.bind(new Tab(), T.text("tab.pretraining"));
        tab.setId("pretrainingTab");
        pretrainAccuracy.setId("pretrainAccuracy");
        pretrainAccuracy.getStyleClass().add("features-accuracy");
        pretrainAccuracy.setWrapText(true);
        vm.pretrainResultProperty().addListener((o, a, r) -> showPretrainAccuracy(r));
        Messages.localeProperty().addListener((o, a, l) -> showPretrainAccuracy(vm.pretrainResultProperty().get()));
        VBox box = new VBox(8, hint(T.text("pretraining.intro")), pretrainingControls(), lossSection(), pretrainAccuracy);
        box.getStyleClass().add("features-page");
        tab.setContent(box);
        return tab;
    }

    private ToolBar pretrainingControls() {
        Spinner<Integer> labels = spinner("pretrainLabels", 1, 1000, vm.pretrainLabelsProperty(), 5);
        labels.setTooltip(Messages.bind(new Tooltip(), T.text("pretrain.labels.tip")));
        Spinner<Integer> epochs = spinner("pretrainEpochs", 1, 500, vm.epochsProperty(), 5);
        CheckBox fineTune = Messages.bind(new CheckBox(), T.text("pretrain.fineTune"));
        fineTune.setId("pretrainFineTune");
        fineTune.selectedProperty().bindBidirectional(vm.fineTuneProperty());
        fineTune.setTooltip(Messages.bind(new Tooltip(), T.text("pretrain.fineTune.tip")));
        Button run = Messages.bind(new Button(), T.text("pretrain.run"));
        run.setId("pretrainRun");
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.runPretraining());
        return new ToolBar(Messages.bind(new Label(), T.text("pretrain.labels")), labels, Messages.bind(new Label(), T.text("pretrain.epochs")),
                epochs, fineTune, run);
    }

    private LineChart<Number, Number> lossSection() {
        lossChart.setId("pretrainChart");
        lossChart.setAnimated(false);
        lossChart.setCreateSymbols(false);
        NumberAxis epochAxis = (NumberAxis) lossChart.getXAxis();
        // Whole epochs from 1: the range is set when the curves are.
        epochAxis.setAutoRanging(false);
        epochAxis.setMinorTickVisible(false);
        epochAxis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override public String toString(Number n) { return Integer.toString(n.intValue()); }
            @Override public Number fromString(String s) { return Integer.valueOf(s); }
        });
        lossChart.getXAxis().labelProperty().bind(T.text("axis.epoch"));
        lossChart.getYAxis().labelProperty().bind(T.text("axis.loss"));
        lossChart.titleProperty().bind(T.text("chart.pretraining"));
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        vm.lossesProperty().addListener((o, a, l) -> fillLosses(l));
        return lossChart;
    }

    private void fillLosses(Map<PretrainedClassifier.Variant, List<Double>> losses) {
        lossChart.getData().clear();
        int epochs = Math.max(2, losses.values().stream().mapToInt(List::size).max().orElse(2));
        NumberAxis epochAxis = (NumberAxis) lossChart.getXAxis();
        epochAxis.setLowerBound(1);
        epochAxis.setUpperBound(epochs);
        epochAxis.setTickUnit(Math.max(1, Math.ceil(epochs / 10.0)));
        for (Map.Entry<PretrainedClassifier.Variant, List<Double>> e : losses.entrySet()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.nameProperty().bind(Bindings.createStringBinding(() -> FeaturesViewModel.variantName(e.getKey()), Messages.localeProperty()));
            for (int i = 0; i < e.getValue().size(); i++) series.getData().add(new XYChart.Data<>(i + 1, e.getValue().get(i)));
            lossChart.getData().add(series);
        }
    }

    private void showPretrainAccuracy(PretrainedClassifier.Result r) {
        if (r == null) {
            pretrainAccuracy.setText("");
            return;
        }
        StringBuilder text = new StringBuilder(T.get("pretrain.accuracy.head", r.labelled(), r.testCount()));
        for (PretrainedClassifier.Run run : r.runs()) {
            text.append("\n").append(T.get("pretrain.accuracy.line", FeaturesViewModel.variantName(run.variant()),
                    FeaturesViewModel.percent(run.accuracy())));
        }
        pretrainAccuracy.setText(text.toString());
    }

    // --- shared -------------------------------------------------------------------------------------------

    private HBox statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("featuresProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("featuresStatus");
        status.textProperty().bind(vm.statusProperty());
        Button cancel = Messages.bind(new Button(), T.text("cancel"));
        cancel.setId("featuresCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, status, grow, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("features-status");
        return bar;
    }

    /** A spinner that shows and sets {@code value} (the view model's). */
    private static Spinner<Integer> spinner(String id, int min, int max, javafx.beans.property.IntegerProperty value, int step) {
        Spinner<Integer> s = new Spinner<>(min, max, value.get(), step);
        value.addListener((o, a, v) -> s.getValueFactory().setValue(v.intValue()));
        s.valueProperty().addListener((o, a, v) -> { if (v != null) value.set(v); });
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(85);
        return s;
    }

    private static Label hint(javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        // The chart grows into all free height; the hint keeps the lines it needs.
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add("features-hint");
        return l;
    }
}
