package org.latentexplorer.ui.anomalies;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.latentexplorer.latent.Histogram;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.FileSaver;
import org.latentexplorer.wall.Palette;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The Anomalies panel: histogram of reconstruction errors with the threshold (drag on it or use the slider),
 * how many images lie above, the worst K as a clickable gallery, and the AUC for a held-out class.
 */
public final class AnomaliesView extends VBox {
    private static final Messages.Bundle T = AnomaliesViewModel.TEXT;
    /** Matches the wall's ring around highlighted points, so flagged bars and flagged points look alike. */
    private static final Color FLAGGED = Color.web("#E8590C");
    private static final Color BAR = Color.web("#8A9BB8");
    private static final double PAD_X = 8;
    private static final double PAD_BOTTOM = 18;
    private final AnomaliesViewModel vm;
    private final Canvas chart = new Canvas(340, 130);

    public AnomaliesView(AnomaliesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("anomalies-panel");
        getStylesheets().add(Objects.requireNonNull(AnomaliesView.class.getResource("anomalies.css")).toExternalForm());
        getChildren().addAll(title(T.text("title")), hint(T.text("intro")), hint(vm.summaryProperty()), histogram(),
                thresholdSlider(), thresholdText(), flagRow(), title(T.text("auc.title")), auc(), worstRow(),
                hint(T.text("worst.hint")), gallery(), saveButton(), message());
    }

    /** The histogram of reconstruction errors; a press or drag on it sets the threshold. */
    private Pane histogram() {
        chart.setId("errorHistogram");
        Pane chartPane = new Pane(chart);
        chartPane.getStyleClass().add("anomalies-chart");
        chartPane.setMinHeight(130);
        chartPane.setPrefHeight(130);
        chart.widthProperty().bind(chartPane.widthProperty());
        chart.widthProperty().addListener((o, a, b) -> redraw());
        chart.addEventHandler(MouseEvent.MOUSE_PRESSED, this::setThresholdAt);
        chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::setThresholdAt);
        Tooltip.install(chart, Messages.bind(new Tooltip(), T.text("histogram.tip")));
        vm.histogramProperty().addListener((o, a, b) -> redraw());
        vm.thresholdProperty().addListener((o, a, b) -> redraw());
        return chartPane;
    }

    private Slider thresholdSlider() {
        Slider slider = new Slider();
        slider.setId("anomalyThreshold");
        slider.minProperty().bind(vm.minErrorProperty());
        slider.maxProperty().bind(vm.maxErrorProperty());
        slider.valueProperty().bindBidirectional(vm.thresholdProperty());
        slider.setTooltip(Messages.bind(new Tooltip(), T.text("threshold.tip")));
        return slider;
    }

    private Label thresholdText() {
        Label thresholdText = new Label();
        thresholdText.setId("anomalyThresholdText");
        thresholdText.setWrapText(true);
        thresholdText.getStyleClass().add("anomalies-threshold");
        thresholdText.textProperty().bind(vm.thresholdTextProperty());
        return thresholdText;
    }

    /** Flag on the wall, and set the threshold to flag the worst 5 % or 1 %. */
    private HBox flagRow() {
        Button five = Messages.bind(new Button(), T.text("flag.5"));
        five.setOnAction(e -> vm.flagFraction(0.05));
        Button one = Messages.bind(new Button(), T.text("flag.1"));
        one.setOnAction(e -> vm.flagFraction(0.01));
        five.setTooltip(Messages.bind(new Tooltip(), T.text("flag.tip")));
        one.setTooltip(Messages.bind(new Tooltip(), T.text("flag.tip")));
        CheckBox onWall = Messages.bind(new CheckBox(), T.text("flag.onWall"));
        onWall.setId("anomalyFlagOnWall");
        onWall.selectedProperty().bindBidirectional(vm.flagOnWallProperty());
        onWall.setTooltip(Messages.bind(new Tooltip(), T.text("flag.onWall.tip")));
        HBox flagRow = new HBox(8, onWall, five, one);
        flagRow.setAlignment(Pos.CENTER_LEFT);
        return flagRow;
    }

    /** How well the error tells a held-out class apart (AUC). */
    private Label auc() {
        Label auc = new Label();
        auc.setId("anomalyAuc");
        auc.setWrapText(true);
        auc.getStyleClass().add("anomalies-auc");
        auc.textProperty().bind(vm.aucTextProperty());
        return auc;
    }

    /** "The worst K" and how many. */
    private HBox worstRow() {
        Spinner<Integer> top = new Spinner<>(1, AnomaliesViewModel.MAX_TOP, vm.topProperty().get(), 5);
        top.setId("anomalyTop");
        top.setPrefWidth(80);
        top.setEditable(true);
        top.valueProperty().addListener((o, a, k) -> { if (k != null) vm.topProperty().set(k); });
        Label worstTitle = title(T.text("worst.title"));
        HBox worstRow = new HBox(8, worstTitle, top);
        worstRow.setAlignment(Pos.CENTER_LEFT);
        return worstRow;
    }

    /** The worst images, original above reconstruction; a click selects one on the wall. */
    private FlowPane gallery() {
        FlowPane gallery = new FlowPane(6, 6);
        gallery.setId("anomalyGallery");
        gallery.getStyleClass().add("anomalies-gallery");
        vm.worst().addListener((javafx.collections.ListChangeListener<AnomaliesViewModel.Item>) c -> {
            gallery.getChildren().clear();
            for (AnomaliesViewModel.Item item : vm.worst()) gallery.getChildren().add(tile(item));
        });
        return gallery;
    }

    private Button saveButton() {
        Button save = Messages.bind(new Button(), T.text("gallery.save"));
        save.setId("anomalySaveGallery");
        save.setTooltip(Messages.bind(new Tooltip(), T.text("gallery.save.tip")));
        save.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.worst()));
        save.setOnAction(e -> {
            Path file = FileSaver.ask(getScene().getWindow(), T.get("gallery.dialog"), T.get("filter.png"), "png", vm.suggestedGalleryName());
            if (file != null) vm.saveGallery(file);
        });
        return save;
    }

    private Label message() {
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("anomalies-message");
        message.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().addListener((o, was, error) -> {
            if (error) message.getStyleClass().add("anomalies-error");
            else message.getStyleClass().remove("anomalies-error");
        });
        return message;
    }

    private StackPane tile(AnomaliesViewModel.Item item) {
        ImageView original = crisp(item.original());
        ImageView reconstruction = crisp(item.reconstruction());
        VBox pair = new VBox(2, original, reconstruction);
        Label caption = new Label(String.format(java.util.Locale.ROOT, "#%d", item.index()));
        caption.getStyleClass().add("anomalies-tile-caption");
        VBox box = new VBox(2, pair, caption);
        box.setAlignment(Pos.CENTER);
        StackPane tile = new StackPane(box);
        tile.getStyleClass().add("anomalies-tile");
        tile.setStyle("-fx-border-color: " + Palette.css(item.label()) + ";");
        tile.setId("anomalyTile" + item.index());
        tile.setUserData(item.index());
        Tooltip.install(tile, Messages.bind(new Tooltip(), T.text("tile.tip", item.index(), item.className(), AnomaliesViewModel.fmt(item.error()))));
        tile.setOnMouseClicked(e -> vm.select(item.index()));
        return tile;
    }

    private static ImageView crisp(javafx.scene.image.Image image) {
        ImageView v = new ImageView(image);
        v.setSmooth(false);
        v.setFitWidth(48);
        v.setFitHeight(48);
        return v;
    }

    private void setThresholdAt(MouseEvent e) {
        Histogram h = vm.histogramProperty().get();
        if (h == null) return;
        double f = (e.getX() - PAD_X) / (chart.getWidth() - 2 * PAD_X);
        vm.thresholdProperty().set(h.lo() + Math.max(0, Math.min(1, f)) * (h.hi() - h.lo()));
    }

    private void redraw() {
        GraphicsContext g = chart.getGraphicsContext2D();
        double w = chart.getWidth(), hgt = chart.getHeight();
        g.clearRect(0, 0, w, hgt);
        Histogram h = vm.histogramProperty().get();
        if (h == null || w < 2 * PAD_X + 10) return;
        double plotW = w - 2 * PAD_X, plotH = hgt - PAD_BOTTOM - 4, base = hgt - PAD_BOTTOM;
        double t = vm.thresholdProperty().get();
        int max = Math.max(1, h.maxCount());
        double barW = plotW / h.bins();
        for (int k = 0; k < h.bins(); k++) {
            int c = h.count(k);
            if (c == 0) continue;
            // A bin straddling the threshold is drawn in both colours, split where the threshold is.
            double x0 = PAD_X + k * barW, bh = Math.max(1.5, plotH * c / max);
            double start = h.binStart(k), end = start + h.binWidth();
            double split = end <= t ? 1 : start >= t ? 0 : (t - start) / (end - start);
            g.setFill(BAR);
            g.fillRect(x0, base - bh, barW * split, bh);
            g.setFill(FLAGGED);
            g.fillRect(x0 + barW * split, base - bh, barW * (1 - split), bh);
        }
        g.setStroke(Color.web("#8A8FA0"));
        g.setLineWidth(1);
        g.strokeLine(PAD_X, base + 0.5, w - PAD_X, base + 0.5);
        double tx = PAD_X + (h.hi() > h.lo() ? (t - h.lo()) / (h.hi() - h.lo()) : 0) * plotW;
        g.setStroke(Color.web("#C92A2A"));
        g.setLineWidth(2);
        g.strokeLine(tx, 2, tx, base);
        g.setFill(Color.web("#5B6270"));
        g.setFont(Font.font(10.5));
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(AnomaliesViewModel.fmt(h.lo()), PAD_X, hgt - 4);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(AnomaliesViewModel.fmt(h.hi()), w - PAD_X, hgt - 4);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText(T.get("histogram.axis"), w / 2, hgt - 4);
    }

    private static Label title(javafx.beans.value.ObservableValue<String> text) {
        Label l = Messages.bind(new Label(), text);
        l.getStyleClass().add("anomalies-title");
        return l;
    }

    private static Label hint(javafx.beans.value.ObservableValue<String> text) {
        Label l = Messages.bind(new Label(), text);
        l.getStyleClass().add("anomalies-hint");
        l.setWrapText(true);
        return l;
    }
}
