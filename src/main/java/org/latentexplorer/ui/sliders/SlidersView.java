package org.latentexplorer.ui.sliders;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.Messages;

import java.util.Locale;
import java.util.Objects;

/** The Sliders panel: where the code started, its decode, a slider per direction and the traverse row. */
public final class SlidersView extends VBox {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.sliders.messages");
    private static final double PICTURE = 112;
    private static final double TILE = 32;

    private final SlidersViewModel vm;
    private final GridPane rows = new GridPane();
    private final HBox traverseRow = new HBox(2);
    private final ToggleGroup traverseChoice = new ToggleGroup();

    public SlidersView(SlidersViewModel vm) {
        this.vm = vm;
        getStyleClass().add("sliders-panel");
        getStylesheets().add(Objects.requireNonNull(SlidersView.class.getResource("sliders.css")).toExternalForm());
        getChildren().addAll(header(), startRow(), picture(), sliderRows(), traverseSection());
    }

    private VBox header() {
        Label title = Messages.bind(new Label(), TEXT.text("title"));
        title.getStyleClass().add("panel-title");
        Label info = new Label();
        info.setId("slidersInfo");
        info.getStyleClass().add("hint");
        info.setWrapText(true);
        info.textProperty().bind(vm.infoProperty());
        return new VBox(4, title, info);
    }

    private HBox startRow() {
        Button selected = Messages.bind(new Button(), TEXT.text("fromSelection"));
        selected.setId("slidersFromSelection");
        selected.setTooltip(Messages.bind(new Tooltip(), TEXT.text("fromSelection.tip")));
        selected.setOnAction(e -> vm.startAtSelection());
        Button centre = Messages.bind(new Button(), TEXT.text("centre"));
        centre.setId("slidersCentre");
        centre.setTooltip(Messages.bind(new Tooltip(), TEXT.text("centre.tip")));
        centre.setOnAction(e -> vm.centre());
        HBox row = new HBox(8, selected, centre);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox picture() {
        return FxImages.pictureBeside("slidersDecoded", vm.decodedProperty(), vm.originProperty(), PICTURE);
    }

    private GridPane sliderRows() {
        rows.setId("slidersRows");
        rows.getStyleClass().add("slider-rows");
        vm.sliders().addListener((ListChangeListener<SlidersViewModel.Slider>) c -> rebuildRows());
        traverseChoice.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) vm.traverseAxisProperty().set((Integer) t.getUserData());
        });
        rebuildRows();
        return rows;
    }

    private void rebuildRows() {
        rows.getChildren().clear();
        traverseChoice.getToggles().clear();
        for (SlidersViewModel.Slider s : vm.sliders()) {
            int r = s.axis();
            Label name = new Label(s.name());
            name.getStyleClass().add("axis-name");
            Tooltip.install(name, Messages.bind(new Tooltip(), TEXT.text("axis.tip", Math.round(s.explained() * 100))));
            Slider slider = new Slider(-SlidersViewModel.RANGE, SlidersViewModel.RANGE, s.value().get());
            slider.setId("latentSlider" + r);
            slider.setMajorTickUnit(1);
            slider.setShowTickMarks(true);
            slider.valueProperty().bindBidirectional(s.value());
            GridPane.setHgrow(slider, Priority.ALWAYS);
            Label value = new Label();
            value.getStyleClass().add("axis-value");
            value.textProperty().bind(Bindings.createStringBinding(() -> sigma(s.value().get()), s.value()));
            RadioButton traverse = new RadioButton();
            traverse.setId("traverse" + r);
            traverse.setUserData(r);
            traverse.setToggleGroup(traverseChoice);
            traverse.setTooltip(Messages.bind(new Tooltip(), TEXT.text("traverse.pick.tip", s.name())));
            traverse.setSelected(r == vm.traverseAxisProperty().get());
            rows.addRow(r, name, slider, value, traverse);
        }
    }

    private VBox traverseSection() {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            int a = vm.traverseAxisProperty().get();
            String name = a < vm.sliders().size() ? vm.sliders().get(a).name() : "";
            return TEXT.get("traverse.title", name, Math.round(SlidersViewModel.TRAVERSE_RANGE));
        }, vm.traverseAxisProperty(), vm.sliders(), Messages.localeProperty()));
        traverseRow.setId("slidersTraverse");
        traverseRow.getStyleClass().add("traverse-row");
        vm.traverse().addListener((ListChangeListener<javafx.scene.image.Image>) c -> rebuildTraverse());
        Label hint = Messages.bind(new Label(), TEXT.text("traverse.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return new VBox(4, title, traverseRow, hint);
    }

    private void rebuildTraverse() {
        traverseRow.getChildren().clear();
        for (int k = 0; k < vm.traverse().size(); k++) {
            ImageView view = FxImages.crispView(TILE);
            view.setImage(vm.traverse().get(k));
            // Every other step is labelled: nine labels do not fit under nine small pictures.
            Label at = new Label(k % 2 == 0 ? sigma(SlidersViewModel.traverseValue(k)) : "");
            at.getStyleClass().add("tile-caption");
            VBox cell = new VBox(1, FxImages.framed(view, TILE), at);
            cell.setAlignment(Pos.CENTER);
            traverseRow.getChildren().add(cell);
        }
    }

    private static String sigma(double v) {
        return String.format(Locale.ROOT, "%+.1f\u03c3", v);
    }
}
