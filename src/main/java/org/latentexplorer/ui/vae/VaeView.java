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
    private final VaeViewModel vm;

    public VaeView(VaeViewModel vm) {
        this.vm = vm;
        getStyleClass().add("vae-panel");
        getStylesheets().add(VaeView.class.getResource("vae.css").toExternalForm());
        getChildren().addAll(title(TEXT.text("klTitle")), klChart(), klSummary(), ellipsesCheck(), posteriorSamplesSection());
    }

    private static Label title(javafx.beans.value.ObservableValue<String> text) {
        Label title = Messages.bind(new Label(), text);
        title.getStyleClass().add("panel-title");
        return title;
    }

    /** Each code dimension's KL divergence from the prior; a collapsed dimension's bar is marked. */
    private BarChart<String, Number> klChart() {
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
        return chart;
    }

    private Label klSummary() {
        Label summary = new Label();
        summary.setId("klSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("hint");
        summary.textProperty().bind(vm.klSummaryProperty());
        return summary;
    }

    private javafx.scene.control.CheckBox ellipsesCheck() {
        javafx.scene.control.CheckBox ellipses = Messages.bind(new javafx.scene.control.CheckBox(), TEXT.text("ellipses"));
        ellipses.setId("posteriorEllipses");
        ellipses.setTooltip(Messages.bind(new Tooltip(), TEXT.text("ellipsesTip")));
        ellipses.selectedProperty().bindBidirectional(vm.showEllipsesProperty());
        ellipses.disableProperty().bind(vm.availableProperty().not());
        return ellipses;
    }

    /** Decodes of codes drawn from the selected image's posterior; only for a VAE. */
    private VBox posteriorSamplesSection() {
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
        VBox samplePart = new VBox(8, title(TEXT.text("samplesTitle")), explain, controls, samplesGallery(), samplesCaption());
        samplePart.disableProperty().bind(vm.availableProperty().not());
        return samplePart;
    }

    private FlowPane samplesGallery() {
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
        return gallery;
    }

    private Label samplesCaption() {
        Label caption = new Label();
        caption.setWrapText(true);
        caption.getStyleClass().add("hint");
        caption.textProperty().bind(vm.samplesCaptionProperty());
        return caption;
    }
}
