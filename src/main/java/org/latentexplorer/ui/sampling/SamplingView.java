package org.latentexplorer.ui.sampling;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.Messages;

import java.util.Objects;

/** The Sample panel: where from, how many, the Sample button and the gallery. Binds to {@link SamplingViewModel}. */
public final class SamplingView extends VBox {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.sampling.messages");
    private static final double TILE = 60;

    private final TilePane gallery = new TilePane(6, 6);
    private final Button sample = Messages.bind(new Button(), TEXT.text("sample"));

    public SamplingView(SamplingViewModel vm) {
        getStyleClass().add("sampling-panel");
        getStylesheets().add(Objects.requireNonNull(SamplingView.class.getResource("sampling.css")).toExternalForm());
        Label title = Messages.bind(new Label(), TEXT.text("title"));
        title.getStyleClass().add("panel-title");
        getChildren().addAll(title, hint(), sourceChoice(vm), sampleRow(vm), info(vm), gallery(vm), legend(vm));
    }

    private static Label hint() {
        Label hint = Messages.bind(new Label(), TEXT.text("hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    /** Where codes are drawn from: the prior (VAEs) or the box around the test codes. */
    private static VBox sourceChoice(SamplingViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        RadioButton prior = Messages.bind(new RadioButton(), TEXT.text("source.prior"));
        prior.setId("samplePrior");
        prior.setTooltip(Messages.bind(new Tooltip(), TEXT.text("source.prior.tip")));
        RadioButton box = Messages.bind(new RadioButton(), TEXT.text("source.box"));
        box.setId("sampleBox");
        box.setTooltip(Messages.bind(new Tooltip(), TEXT.text("source.box.tip")));
        prior.setToggleGroup(group);
        box.setToggleGroup(group);
        (vm.sourceProperty().get() == SamplingViewModel.Source.PRIOR ? prior : box).setSelected(true);
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) vm.sourceProperty().set(t == prior ? SamplingViewModel.Source.PRIOR : SamplingViewModel.Source.BOX);
        });
        vm.sourceProperty().addListener((o, a, s) -> (s == SamplingViewModel.Source.PRIOR ? prior : box).setSelected(true));
        VBox sources = new VBox(6, prior, box);
        return sources;
    }

    /** How many, Sample, a spinner while decoding, and Clear. */
    private HBox sampleRow(SamplingViewModel vm) {
        Spinner<Integer> count = new Spinner<>();
        count.setId("sampleCount");
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                SamplingViewModel.MIN_COUNT, SamplingViewModel.MAX_COUNT, vm.countProperty().get());
        count.setValueFactory(factory);
        count.setEditable(true);
        count.setPrefWidth(80);
        count.setTooltip(Messages.bind(new Tooltip(), TEXT.text("count.tip")));
        factory.valueProperty().addListener((o, a, v) -> {
            if (v != null) vm.countProperty().set(v);
        });
        vm.countProperty().addListener((o, a, v) -> factory.setValue(v.intValue()));

        sample.setId("sampleButton");
        sample.getStyleClass().add("accent");
        sample.setDefaultButton(false);
        sample.setTooltip(Messages.bind(new Tooltip(), TEXT.text("sample.tip")));
        sample.setOnAction(e -> vm.sample());
        Button clear = Messages.bind(new Button(), TEXT.text("clear"));
        clear.setId("sampleClear");
        clear.setOnAction(e -> vm.clear());
        clear.disableProperty().bind(Bindings.isEmpty(vm.samples()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8, Messages.bind(new Label(), TEXT.text("count")), count, sample, busy, grow, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label info(SamplingViewModel vm) {
        Label info = new Label();
        info.setId("sampleInfo");
        info.setWrapText(true);
        info.textProperty().bind(vm.infoProperty());
        return info;
    }

    private TilePane gallery(SamplingViewModel vm) {
        gallery.setId("sampleGallery");
        gallery.setPrefTileWidth(TILE + 6);
        gallery.getStyleClass().add("sample-gallery");
        vm.samples().addListener((ListChangeListener<SamplingViewModel.Sample>) c -> rebuild(vm));
        return gallery;
    }

    private static Label legend(SamplingViewModel vm) {
        Label legend = Messages.bind(new Label(), TEXT.text("gallery.legend"));
        legend.getStyleClass().add("hint");
        legend.setWrapText(true);
        legend.visibleProperty().bind(Bindings.isNotEmpty(vm.samples()));
        legend.managedProperty().bind(legend.visibleProperty());
        return legend;
    }

    /** The Sample button (the shortcut presses it). */
    public Button sampleButton() {
        return sample;
    }

    private void rebuild(SamplingViewModel vm) {
        gallery.getChildren().clear();
        for (SamplingViewModel.Sample s : vm.samples()) {
            ImageView view = new ImageView(s.image());
            view.setSmooth(false);
            view.setFitWidth(TILE);
            view.setFitHeight(TILE);
            StackPane frame = new StackPane(view);
            frame.getStyleClass().add("image-frame");
            if (s.far()) frame.getStyleClass().add("far");
            frame.setMaxSize(TILE + 4, TILE + 4);
            Label number = new Label(Integer.toString(s.number()));
            number.getStyleClass().add("sample-number");
            VBox cell = new VBox(2, frame, number);
            cell.setAlignment(Pos.CENTER);
            Tooltip.install(cell, Messages.bind(new Tooltip(), TEXT.text(s.far() ? "tile.far" : "tile.near", s.number(),
                    String.format(java.util.Locale.ROOT, "%.2f", s.nearest()))));
            gallery.getChildren().add(cell);
        }
    }
}
