package org.latentexplorer.ui.training;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.Messages;

/**
 * The training panel's live loss chart (train, test, per batch, a discriminator's; a line per stage of a
 * layer-wise run) and the timeline under it that scrubs the wall through the run's epochs.
 */
final class LossChart {
    private final TrainingViewModel vm;
    /** The chart, which grows with the panel. */
    final LineChart<Number, Number> chart;
    /** The timeline row, shown once the run has epochs to scrub. */
    final VBox timeline;

    LossChart(TrainingViewModel vm) {
        this.vm = vm;
        this.chart = lossChart();
        this.timeline = timeline();
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
    private VBox timeline() {
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

}
