package org.latentexplorer.ui.attributes;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.FileSaver;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** The Attributes panel: the two groups, the strength, the decode and the path along the vector, export. */
public final class AttributesView extends VBox {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.attributes.messages");
    private static final double PICTURE = 112;
    private static final double TILE = 28;

    private final AttributesViewModel vm;
    private final HBox strip = new HBox(3);

    public AttributesView(AttributesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("attributes-panel");
        getStylesheets().add(Objects.requireNonNull(AttributesView.class.getResource("attributes.css")).toExternalForm());
        Label title = Messages.bind(new Label(), TEXT.text("title"));
        title.getStyleClass().add("panel-title");
        Label hint = Messages.bind(new Label(), TEXT.text("hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        getChildren().addAll(title, hint, sources(), classRow(), pickedRow(), strengthRow(), picture(), pathSection(), exportRow());
    }

    private VBox sources() {
        ToggleGroup group = new ToggleGroup();
        RadioButton classes = Messages.bind(new RadioButton(), TEXT.text("source.classes"));
        classes.setId("attributeClasses");
        RadioButton picked = Messages.bind(new RadioButton(), TEXT.text("source.picked"));
        picked.setId("attributePicked");
        picked.setTooltip(Messages.bind(new Tooltip(), TEXT.text("source.picked.tip")));
        classes.setToggleGroup(group);
        picked.setToggleGroup(group);
        Runnable show = () -> (vm.sourceProperty().get() == AttributesViewModel.Source.CLASSES ? classes : picked).setSelected(true);
        show.run();
        vm.sourceProperty().addListener((o, a, b) -> show.run());
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) vm.sourceProperty().set(t == classes ? AttributesViewModel.Source.CLASSES : AttributesViewModel.Source.SELECTIONS);
        });
        return new VBox(4, classes, picked);
    }

    private HBox classRow() {
        ComboBox<String> a = classChoice("attributeClassA", vm.classAProperty());
        ComboBox<String> b = classChoice("attributeClassB", vm.classBProperty());
        HBox row = new HBox(6, Messages.bind(new Label(), TEXT.text("from")), a, Messages.bind(new Label(), TEXT.text("to")), b);
        row.setAlignment(Pos.CENTER_LEFT);
        showFor(row, AttributesViewModel.Source.CLASSES);
        return row;
    }

    private ComboBox<String> classChoice(String id, javafx.beans.property.IntegerProperty label) {
        ComboBox<String> box = new ComboBox<>(vm.classNames());
        box.setId(id);
        Runnable show = () -> box.getSelectionModel().select(label.get());
        show.run();
        label.addListener((o, x, y) -> show.run());
        vm.classNames().addListener((ListChangeListener<String>) c -> show.run());
        box.getSelectionModel().selectedIndexProperty().addListener((o, x, i) -> {
            if (i.intValue() >= 0) label.set(i.intValue());
        });
        return box;
    }

    private HBox pickedRow() {
        Button toA = new Button();
        toA.setId("attributeAddA");
        toA.textProperty().bind(TEXT.text("addA", Bindings.createIntegerBinding(() -> vm.pickedAProperty().get().length, vm.pickedAProperty())));
        toA.setTooltip(Messages.bind(new Tooltip(), TEXT.text("add.tip")));
        toA.setOnAction(e -> vm.addSelectedToA());
        Button toB = new Button();
        toB.setId("attributeAddB");
        toB.textProperty().bind(TEXT.text("addB", Bindings.createIntegerBinding(() -> vm.pickedBProperty().get().length, vm.pickedBProperty())));
        toB.setTooltip(Messages.bind(new Tooltip(), TEXT.text("add.tip")));
        toB.setOnAction(e -> vm.addSelectedToB());
        Button clear = Messages.bind(new Button(), TEXT.text("clearPicked"));
        clear.setOnAction(e -> vm.clearPicked());
        HBox row = new HBox(6, toA, toB, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        showFor(row, AttributesViewModel.Source.SELECTIONS);
        return row;
    }

    private HBox strengthRow() {
        Slider slider = new Slider(AttributesViewModel.MIN_STRENGTH, AttributesViewModel.MAX_STRENGTH, vm.strengthProperty().get());
        slider.setId("attributeStrength");
        slider.setMajorTickUnit(0.5);
        slider.setShowTickMarks(true);
        slider.valueProperty().bindBidirectional(vm.strengthProperty());
        slider.setTooltip(Messages.bind(new Tooltip(), TEXT.text("strength.tip")));
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label value = new Label();
        value.getStyleClass().add("strength-value");
        value.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%+.2f", vm.strengthProperty().get()), vm.strengthProperty()));
        HBox row = new HBox(8, Messages.bind(new Label(), TEXT.text("strength")), slider, value);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox picture() {
        return FxImages.pictureBeside("attributeDecoded", vm.decodedProperty(), vm.infoProperty(), PICTURE);
    }

    private VBox pathSection() {
        Label title = Messages.bind(new Label(), TEXT.text("path.title"));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        strip.setId("attributePath");
        vm.frames().addListener((ListChangeListener<Image>) c -> {
            strip.getChildren().clear();
            for (Image image : vm.frames()) {
                ImageView view = FxImages.crispView(TILE);
                view.setImage(image);
                strip.getChildren().add(FxImages.framed(view, TILE));
            }
        });
        return new VBox(4, title, strip);
    }

    private HBox exportRow() {
        Button png = Messages.bind(new Button(), TEXT.text("export.png"));
        png.setId("attributeExportPng");
        png.setOnAction(e -> export(false));
        Button gif = Messages.bind(new Button(), TEXT.text("export.gif"));
        gif.setId("attributeExportGif");
        gif.setOnAction(e -> export(true));
        png.disableProperty().bind(Bindings.isEmpty(vm.frames()));
        gif.disableProperty().bind(Bindings.isEmpty(vm.frames()));
        return new HBox(8, png, gif);
    }

    private void export(boolean gif) {
        Path file = FileSaver.ask(getScene().getWindow(), TEXT.get(gif ? "export.gif.title" : "export.png.title"),
                TEXT.get(gif ? "file.gif" : "file.png"), gif ? "gif" : "png", gif ? "attribute.gif" : "attribute.png");
        if (file != null) vm.export(file, gif);
    }

    private void showFor(HBox row, AttributesViewModel.Source source) {
        BooleanBinding shown = vm.sourceProperty().isEqualTo(source);
        row.visibleProperty().bind(shown);
        row.managedProperty().bind(shown);
    }
}
