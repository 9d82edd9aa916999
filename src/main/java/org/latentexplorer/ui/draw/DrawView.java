package org.latentexplorer.ui.draw;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.FileSaver;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The Draw panel: a canvas to sketch on with the mouse (or load a picture), the damage sliders, and what the
 * model sees beside what it reconstructs.
 */
public final class DrawView extends VBox {
    private static final Messages.Bundle T = DrawViewModel.TEXT;
    static final double CANVAS = 196;
    static final double OUTPUT = 84;
    /** How a picture to load is chosen; tests replace it to answer without a native dialog. */
    public static volatile java.util.function.BiFunction<javafx.stage.Window, FileChooser, File> openDialog =
            (owner, chooser) -> chooser.showOpenDialog(owner);
    private final DrawViewModel vm;

    public DrawView(DrawViewModel vm) {
        this.vm = vm;
        getStyleClass().add("draw-panel");
        getStylesheets().add(Objects.requireNonNull(DrawView.class.getResource("draw.css")).toExternalForm());
        // The result beside the canvas, so drawing and what the model makes of it are seen together.
        HBox canvasAndResult = new HBox(12, canvas(), outputs());
        canvasAndResult.setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(title(T.text("title")), hint(T.text("intro")), canvasAndResult, caption(), canvasButtons(), centreCheck(),
                title(T.text("source.title")));
        getChildren().addAll(sourceChoice());
        getChildren().addAll(title(T.text("damage.title")), hint(T.text("damage.hint")), damageSliders(), new HBox(8, saveButton()), message());
    }

    /** The sketch pad: drawing with the primary button, in the sketch's own pixels. */
    private StackPane canvas() {
        ImageView sketch = FxImages.crispView(CANVAS);
        sketch.setId("drawSketch");
        sketch.imageProperty().bind(vm.sketchImageProperty());
        StackPane pad = new StackPane(sketch);
        pad.setId("drawCanvas");
        pad.getStyleClass().add("draw-canvas");
        // The border (2 px each side) is outside the drawing: events are taken in the image's own coordinates.
        pad.setMinSize(CANVAS + 4, CANVAS + 4);
        pad.setPrefSize(CANVAS + 4, CANVAS + 4);
        pad.setMaxSize(CANVAS + 4, CANVAS + 4);
        sketch.setCursor(Cursor.CROSSHAIR);
        Tooltip.install(sketch, Messages.bind(new Tooltip(), T.text("canvas.tip")));
        sketch.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            vm.beginStroke(toSketchX(e.getX()), toSketchY(e.getY()));
        });
        sketch.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown()) vm.strokeTo(toSketchX(e.getX()), toSketchY(e.getY()));
        });
        sketch.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> vm.endStroke());
        return pad;
    }

    /** The model's input (the sketch or the selected image, damaged) and its reconstruction. */
    private VBox outputs() {
        ImageView input = FxImages.crispView(OUTPUT);
        input.setId("drawInput");
        input.imageProperty().bind(vm.inputImageProperty());
        ImageView reconstruction = FxImages.crispView(OUTPUT);
        reconstruction.setId("drawReconstruction");
        reconstruction.imageProperty().bind(vm.reconstructionImageProperty());
        return new VBox(6, captioned(input, T.text("input")), captioned(reconstruction, T.text("reconstruction")));
    }

    private Label caption() {
        Label caption = new Label();
        caption.setId("drawCaption");
        caption.setWrapText(true);
        caption.getStyleClass().add("draw-hint");
        caption.textProperty().bind(vm.captionProperty());
        return caption;
    }

    /** Clear the pad, or load a picture onto it. */
    private HBox canvasButtons() {
        Button clear = Messages.bind(new Button(), T.text("clear"));
        clear.setId("drawClear");
        clear.setTooltip(Messages.bind(new Tooltip(), T.text("clear.tip")));
        clear.setOnAction(e -> vm.clear());
        Button load = Messages.bind(new Button(), T.text("load"));
        load.setId("drawLoad");
        load.setTooltip(Messages.bind(new Tooltip(), T.text("load.tip")));
        load.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(T.get("load.dialog"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(T.get("filter.images"), "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp"));
            File file = openDialog.apply(getScene().getWindow(), chooser);
            if (file != null) vm.loadImage(file.toPath());
        });
        HBox canvasButtons = new HBox(8, clear, load);
        canvasButtons.setAlignment(Pos.CENTER_LEFT);
        return canvasButtons;
    }

    private CheckBox centreCheck() {
        CheckBox centre = Messages.bind(new CheckBox(), T.text("centre"));
        centre.setId("drawCentre");
        centre.setTooltip(Messages.bind(new Tooltip(), T.text("centre.tip")));
        centre.selectedProperty().bindBidirectional(vm.centreProperty());
        return centre;
    }

    /** What the model reads: my sketch, or the image selected on the wall. */
    private List<RadioButton> sourceChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton mine = Messages.bind(new RadioButton(), T.text("source.sketch"));
        mine.setId("drawSourceSketch");
        mine.setToggleGroup(group);
        mine.setUserData(DrawViewModel.Source.SKETCH);
        RadioButton selected = Messages.bind(new RadioButton(), T.text("source.selected"));
        selected.setId("drawSourceSelected");
        selected.setToggleGroup(group);
        selected.setUserData(DrawViewModel.Source.SELECTED);
        selected.setTooltip(Messages.bind(new Tooltip(), T.text("source.selected.tip")));
        group.selectToggle(vm.sourceProperty().get() == DrawViewModel.Source.SKETCH ? mine : selected);
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) vm.sourceProperty().set((DrawViewModel.Source) t.getUserData());
        });
        vm.sourceProperty().addListener((o, a, s) -> group.selectToggle(s == DrawViewModel.Source.SKETCH ? mine : selected));
        return List.of(mine, selected);
    }

    /** The damage done before encoding: noise and a covered part. */
    private GridPane damageSliders() {
        Slider noise = new Slider(0, 1, 0);
        noise.setId("drawNoise");
        noise.valueProperty().bindBidirectional(vm.noiseProperty());
        noise.setTooltip(Messages.bind(new Tooltip(), T.text("noise.tip")));
        Label noiseValue = value(Bindings.createStringBinding(() -> T.get("noise.value", String.format(Locale.ROOT, "%.2f", vm.noiseProperty().get())), vm.noiseProperty(), Messages.localeProperty()));
        Slider cover = new Slider(0, 1, 0);
        cover.setId("drawCover");
        cover.valueProperty().bindBidirectional(vm.coverProperty());
        cover.setTooltip(Messages.bind(new Tooltip(), T.text("cover.tip")));
        Label coverValue = value(Bindings.createStringBinding(() -> T.get("cover.value", String.format(Locale.ROOT, "%.0f", 100 * vm.coverProperty().get())), vm.coverProperty(), Messages.localeProperty()));
        GridPane damage = new GridPane();
        damage.getStyleClass().add("draw-form");
        damage.addRow(0, Messages.bind(new Label(), T.text("noise")), noise, noiseValue);
        damage.addRow(1, Messages.bind(new Label(), T.text("cover")), cover, coverValue);
        return damage;
    }

    private Button saveButton() {
        Button save = Messages.bind(new Button(), T.text("save"));
        save.setId("drawSave");
        save.setTooltip(Messages.bind(new Tooltip(), T.text("save.tip")));
        save.disableProperty().bind(vm.reconstructionImageProperty().isNull());
        save.setOnAction(e -> {
            Path file = FileSaver.ask(getScene().getWindow(), T.get("save.dialog"), T.get("filter.png"), "png", vm.suggestedName());
            if (file != null) vm.saveStrip(file);
        });
        return save;
    }

    private Label message() {
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("draw-message");
        message.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().addListener((o, was, error) -> {
            if (error) message.getStyleClass().add("draw-error");
            else message.getStyleClass().remove("draw-error");
        });
        return message;
    }

    private static Label hint(javafx.beans.value.ObservableValue<String> text) {
        Label hint = Messages.bind(new Label(), text);
        hint.setWrapText(true);
        hint.getStyleClass().add("draw-hint");
        return hint;
    }

    private double toSketchX(double px) {
        return px / CANVAS * vm.sketchWidth();
    }

    private double toSketchY(double py) {
        return py / CANVAS * vm.sketchHeight();
    }

    private static Label value(javafx.beans.binding.StringBinding text) {
        Label l = new Label();
        l.textProperty().bind(text);
        l.getStyleClass().add("draw-value");
        return l;
    }

    private static VBox captioned(ImageView view, javafx.beans.value.ObservableValue<String> caption) {
        StackPane frame = new StackPane(view);
        frame.getStyleClass().add("draw-frame");
        frame.setMinSize(view.getFitWidth(), view.getFitHeight());
        frame.setPrefSize(view.getFitWidth(), view.getFitHeight());
        frame.setMaxSize(view.getFitWidth(), view.getFitHeight());
        Label label = Messages.bind(new Label(), caption);
        label.getStyleClass().add("draw-hint");
        VBox box = new VBox(4, frame, label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Label title(javafx.beans.value.ObservableValue<String> text) {
        Label l = Messages.bind(new Label(), text);
        l.getStyleClass().add("draw-title");
        return l;
    }
}
