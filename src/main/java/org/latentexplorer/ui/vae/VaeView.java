package org.latentexplorer.ui.vae;

import org.latentexplorer.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.latentexplorer.latent.PosteriorStats;

import static org.latentexplorer.ui.vae.VaeViewModel.TEXT;

/** The VAE tab: KL per latent dimension as bars, and samples from the selected image's posterior. */
public final class VaeView extends VBox {
    public VaeView(VaeViewModel vm) {
        getStyleClass().add("vae-panel");
        getStylesheets().add(VaeView.class.getResource("vae.css").toExternalForm());
        Label klTitle = Messages.bind(new Label(), TEXT.text("klTitle"));
        klTitle.getStyleClass().add("panel-title");
        CategoryAxis x = new CategoryAxis();
        x.labelProperty().bind(TEXT.text("klAxisDimension"));
        NumberAxis y = new NumberAxis();
        y.labelProperty().bind(TEXT.text("klAxisNats"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("klChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(220);
        XYChart.Series<String, Number> bars = new XYChart.Series<>();
        chart.getData().add(bars);
        vm.klPerDimension().addListener((ListChangeListener<Double>) c -> {
            bars.getData().clear();
            for (int j = 0; j < vm.klPerDimension().size(); j++) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>("z" + j, vm.klPerDimension().get(j));
                bars.getData().add(bar);
                if (vm.klPerDimension().get(j) < PosteriorStats.COLLAPSE_NATS) {
                    bar.nodeProperty().addListener((o, a, node) -> {
                        if (node != null) node.getStyleClass().add("collapsed-bar");
                    });
                }
            }
        });
        Label summary = new Label();
        summary.setId("klSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(vm.klSummaryProperty());

        javafx.scene.control.CheckBox ellipses = Messages.bind(new javafx.scene.control.CheckBox(), TEXT.text("ellipses"));
        ellipses.setId("posteriorEllipses");
        ellipses.setTooltip(Messages.bind(new Tooltip(), TEXT.text("ellipsesTip")));
        ellipses.selectedProperty().bindBidirectional(vm.showEllipsesProperty());
        ellipses.disableProperty().bind(vm.availableProperty().not());

        Label samplesTitle = Messages.bind(new Label(), TEXT.text("samplesTitle"));
        samplesTitle.getStyleClass().add("panel-title");
        Label explain = Messages.bind(new Label(), TEXT.text("samplesExplain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("hint");
        Spinner<Integer> count = new Spinner<>(1, 64, vm.sampleCountProperty().get());
        count.valueProperty().addListener((o, a, b) -> vm.sampleCountProperty().set(b));
        count.setPrefWidth(80);
        Button sample = Messages.bind(new Button(), TEXT.text("sample"));
        sample.setId("posteriorSample");
        sample.setTooltip(Messages.bind(new Tooltip(), TEXT.text("sampleTip")));
        sample.setOnAction(e -> vm.sampleSelected());
        Button clear = Messages.bind(new Button(), TEXT.text("clear"));
        clear.setOnAction(e -> vm.clearSamples());
        HBox controls = new HBox(8, count, sample, clear);
        controls.getStyleClass().add("button-row");
        FlowPane gallery = new FlowPane(4, 4);
        gallery.setId("posteriorSamples");
        vm.samples().addListener((ListChangeListener<Image>) c -> {
            gallery.getChildren().clear();
            for (Image image : vm.samples()) {
                ImageView view = new ImageView(image);
                view.setSmooth(false);
                view.setFitWidth(56);
                view.setFitHeight(56);
                gallery.getChildren().add(view);
            }
        });
        Label caption = new Label();
        caption.setWrapText(true);
        caption.getStyleClass().add("hint");
        caption.textProperty().bind(vm.samplesCaptionProperty());
        VBox samplePart = new VBox(8, samplesTitle, explain, controls, gallery, caption);
        samplePart.disableProperty().bind(vm.availableProperty().not());
        getChildren().addAll(klTitle, chart, summary, ellipses, samplePart);
    }
}
