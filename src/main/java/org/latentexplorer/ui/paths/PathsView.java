package org.latentexplorer.ui.paths;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.latentexplorer.ui.common.FxImages;
import org.latentexplorer.ui.common.Messages;

import java.io.File;
import java.util.Objects;

/** The Paths panel: the two ends, steps and slerp, the player, the filmstrip and export. Binds to {@link PathsViewModel}. */
public final class PathsView extends VBox {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.paths.messages");
    private static final double TILE = 46;
    private static final double PLAYER = 140;

    private final PathsViewModel vm;
    private final FlowPane strip = new FlowPane(4, 6);

    public PathsView(PathsViewModel vm) {
        this.vm = vm;
        getStyleClass().add("paths-panel");
        getStylesheets().add(Objects.requireNonNull(PathsView.class.getResource("paths.css")).toExternalForm());
        Label title = Messages.bind(new Label(), TEXT.text("title"));
        title.getStyleClass().add("panel-title");
        getChildren().addAll(title, hint(TEXT.text("hint")), modeSection(), endsSection(), optionsSection(), infoLabel(),
                section(TEXT.text("strip")), stripSection(), stripHint(), playerControls(), playerSection(), exportSection());
    }

    /** How wall clicks are used: two clicks set A and B, or a drag draws a path. */
    private HBox modeSection() {
        ToggleGroup modes = new ToggleGroup();
        ToggleButton clicks = Messages.bind(new ToggleButton(), TEXT.text("pick.clicks"));
        clicks.setId("pathPickClicks");
        clicks.setTooltip(Messages.bind(new Tooltip(), TEXT.text("pick.clicks.tip")));
        ToggleButton draw = Messages.bind(new ToggleButton(), TEXT.text("pick.draw"));
        draw.setId("pathDraw");
        draw.setTooltip(Messages.bind(new Tooltip(), TEXT.text("pick.draw.tip")));
        clicks.setToggleGroup(modes);
        draw.setToggleGroup(modes);
        modes.selectedToggleProperty().addListener((o, a, t) -> vm.pickProperty().set(
                t == clicks ? PathsViewModel.Pick.CLICKS : t == draw ? PathsViewModel.Pick.DRAW : PathsViewModel.Pick.NONE));
        vm.pickProperty().addListener((o, a, p) -> {
            clicks.setSelected(p == PathsViewModel.Pick.CLICKS);
            draw.setSelected(p == PathsViewModel.Pick.DRAW);
        });
        HBox modeRow = new HBox(8, clicks, draw);
        return modeRow;
    }

    /** A and B, each with its picture and a "Set" button, and Swap between them. */
    private HBox endsSection() {
        Button swap = Messages.bind(new Button(), TEXT.text("swap"));
        swap.setId("pathSwap");
        swap.setTooltip(Messages.bind(new Tooltip(), TEXT.text("swap.tip")));
        swap.setOnAction(e -> vm.swap());
        swap.disableProperty().bind(vm.aProperty().isNull().or(vm.bProperty().isNull()));
        VBox swapBox = new VBox(swap);
        swapBox.setAlignment(Pos.CENTER);
        HBox ends = new HBox(10, end("A", vm.aProperty(), vm.aImageProperty(), vm::useAsA, "pathSetA"), swapBox,
                end("B", vm.bProperty(), vm.bImageProperty(), vm::useAsB, "pathSetB"));
        ends.setAlignment(Pos.TOP_LEFT);
        return ends;
    }

    /** How many steps, and whether they follow a spherical arc (VAEs). */
    private HBox optionsSection() {
        Spinner<Integer> steps = new Spinner<>();
        steps.setId("pathSteps");
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                PathsViewModel.MIN_STEPS, PathsViewModel.MAX_STEPS, vm.stepsProperty().get());
        steps.setValueFactory(factory);
        steps.setEditable(true);
        steps.setPrefWidth(80);
        steps.setTooltip(Messages.bind(new Tooltip(), TEXT.text("steps.tip")));
        factory.valueProperty().addListener((o, a, v) -> {
            if (v != null) vm.stepsProperty().set(v);
        });
        vm.stepsProperty().addListener((o, a, v) -> factory.setValue(v.intValue()));
        CheckBox slerp = Messages.bind(new CheckBox(), TEXT.text("slerp"));
        slerp.setId("pathSlerp");
        slerp.setTooltip(Messages.bind(new Tooltip(), TEXT.text("slerp.tip")));
        slerp.selectedProperty().bindBidirectional(vm.slerpProperty());
        slerp.disableProperty().bind(vm.slerpAvailableProperty().not().or(vm.freehandProperty()));
        Label stepsLabel = Messages.bind(new Label(), TEXT.text("steps"));
        HBox options = new HBox(10, stepsLabel, steps, slerp);
        options.setAlignment(Pos.CENTER_LEFT);
        return options;
    }

    private Label infoLabel() {
        Label info = new Label();
        info.setId("pathInfo");
        info.setWrapText(true);
        info.getStyleClass().add("path-info");
        info.textProperty().bind(vm.infoProperty());
        return info;
    }

    /** Every frame's decode (and cross-fade) in a row; a click shows that frame. */
    private FlowPane stripSection() {
        strip.setId("pathStrip");
        strip.getStyleClass().add("filmstrip");
        vm.frames().addListener((ListChangeListener<Image>) c -> rebuildStrip());
        vm.fades().addListener((ListChangeListener<Image>) c -> rebuildStrip());
        vm.frameProperty().addListener((o, a, b) -> highlight());
        return strip;
    }

    private Label stripHint() {
        Label stripHint = hint(TEXT.text("strip.hint"));
        stripHint.visibleProperty().bind(Bindings.isNotEmpty(vm.fades()));
        stripHint.managedProperty().bind(stripHint.visibleProperty());
        return stripHint;
    }

    /** Play/Pause, the scrubber and which frame is shown. */
    private HBox playerControls() {
        ToggleButton play = new ToggleButton();
        play.setId("pathPlay");
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then(TEXT.text("pause")).otherwise(TEXT.text("play")));
        play.setTooltip(Messages.bind(new Tooltip(), TEXT.text("play.tip")));
        play.selectedProperty().bindBidirectional(vm.playingProperty());
        play.disableProperty().bind(Bindings.size(vm.frames()).lessThan(2));
        Slider scrub = new Slider(0, 1, 0);
        scrub.setId("pathScrub");
        scrub.setMajorTickUnit(1);
        scrub.setMinorTickCount(0);
        scrub.setSnapToTicks(true);
        scrub.setBlockIncrement(1);
        scrub.maxProperty().bind(Bindings.max(1, Bindings.size(vm.frames()).subtract(1)));
        scrub.disableProperty().bind(Bindings.size(vm.frames()).lessThan(2));
        scrub.valueProperty().addListener((o, a, v) -> {
            int i = (int) Math.round(v.doubleValue());
            if (i != vm.frameProperty().get()) vm.frameProperty().set(i);
        });
        vm.frameProperty().addListener((o, a, i) -> scrub.setValue(i.intValue()));
        HBox.setHgrow(scrub, Priority.ALWAYS);
        Label t = new Label();
        t.getStyleClass().add("frame-label");
        t.textProperty().bind(Bindings.createStringBinding(() -> vm.frames().size() < 2 ? ""
                        : TEXT.get("frame", vm.frameProperty().get() + 1, vm.frames().size()),
                vm.frameProperty(), vm.frames(), Messages.localeProperty()));
        HBox controls = new HBox(8, play, scrub, t);
        controls.setAlignment(Pos.CENTER_LEFT);
        return controls;
    }

    /** The shown frame's decode, and beside it the cross-fade of the originals. */
    private HBox playerSection() {
        ImageView current = FxImages.crispView(PLAYER);
        current.setId("pathCurrentFrame");
        current.imageProperty().bind(vm.currentFrameProperty());
        ImageView fade = FxImages.crispView(PLAYER);
        fade.setId("pathCurrentFade");
        fade.imageProperty().bind(vm.currentFadeProperty());
        VBox fadeBox = captioned(fade, TEXT.text("player.fade"));
        fadeBox.visibleProperty().bind(Bindings.isNotEmpty(vm.fades()));
        fadeBox.managedProperty().bind(fadeBox.visibleProperty());
        HBox player = new HBox(10, captioned(current, TEXT.text("player.decoder")), fadeBox);
        return player;
    }

    /** Export as PNG or GIF, and Clear. */
    private HBox exportSection() {
        Button png = Messages.bind(new Button(), TEXT.text("export.png"));
        png.setId("pathExportPng");
        png.setTooltip(Messages.bind(new Tooltip(), TEXT.text("export.png.tip")));
        png.setOnAction(e -> export(false));
        Button gif = Messages.bind(new Button(), TEXT.text("export.gif"));
        gif.setId("pathExportGif");
        gif.setTooltip(Messages.bind(new Tooltip(), TEXT.text("export.gif.tip")));
        gif.setOnAction(e -> export(true));
        Button clear = Messages.bind(new Button(), TEXT.text("clear"));
        clear.setId("pathClear");
        clear.setOnAction(e -> vm.clear());
        png.disableProperty().bind(Bindings.isEmpty(vm.frames()));
        gif.disableProperty().bind(Bindings.isEmpty(vm.frames()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox exportRow = new HBox(8, png, gif, grow, clear);
        return exportRow;
    }

    private VBox end(String name, javafx.beans.value.ObservableValue<PathsViewModel.End> end,
                     javafx.beans.value.ObservableValue<Image> image, Runnable set, String buttonId) {
        Label label = new Label(name);
        label.getStyleClass().add("end-name");
        ImageView view = FxImages.crispView(72);
        view.imageProperty().bind(image);
        Label caption = new Label();
        caption.setWrapText(true);
        caption.getStyleClass().add("end-caption");
        caption.setMaxWidth(130);
        caption.textProperty().bind(Bindings.createStringBinding(() -> end.getValue() == null ? TEXT.get("end.none")
                : end.getValue().caption(), end, Messages.localeProperty()));
        Button button = Messages.bind(new Button(), TEXT.text("set", name));
        button.setId(buttonId);
        button.setTooltip(Messages.bind(new Tooltip(), TEXT.text("set.tip", name)));
        button.setOnAction(e -> set.run());
        HBox top = new HBox(8, label, FxImages.framed(view, 72));
        top.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(4, top, caption, button);
        box.getStyleClass().add("path-end");
        return box;
    }

    private void rebuildStrip() {
        strip.getChildren().clear();
        int n = vm.frames().size();
        for (int i = 0; i < n; i++) {
            int index = i;
            ImageView decode = FxImages.crispView(TILE);
            decode.setImage(vm.frames().get(i));
            VBox column = new VBox(2, FxImages.framed(decode, TILE));
            if (i < vm.fades().size()) {
                ImageView f = FxImages.crispView(TILE);
                f.setImage(vm.fades().get(i));
                column.getChildren().add(FxImages.framed(f, TILE));
            }
            column.getStyleClass().add("strip-column");
            column.setOnMouseClicked(e -> vm.frameProperty().set(index));
            Tooltip.install(column, Messages.bind(new Tooltip(), TEXT.text("strip.frame", i + 1, n)));
            strip.getChildren().add(column);
        }
        highlight();
    }

    private void highlight() {
        for (int i = 0; i < strip.getChildren().size(); i++) {
            var styles = strip.getChildren().get(i).getStyleClass();
            styles.remove("current");
            if (i == vm.frameProperty().get()) styles.add("current");
        }
    }

    private void export(boolean gif) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TEXT.get(gif ? "export.gif.title" : "export.png.title"));
        chooser.getExtensionFilters().add(gif ? new FileChooser.ExtensionFilter(TEXT.get("file.gif"), "*.gif")
                : new FileChooser.ExtensionFilter(TEXT.get("file.png"), "*.png"));
        chooser.setInitialFileName(gif ? "path.gif" : "filmstrip.png");
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) vm.export(file.toPath(), gif);
    }

    private static VBox captioned(ImageView view, javafx.beans.value.ObservableValue<String> caption) {
        Label label = Messages.bind(new Label(), caption);
        label.getStyleClass().add("image-caption");
        VBox box = new VBox(4, FxImages.framed(view, view.getFitWidth()), label);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Label section(javafx.beans.value.ObservableValue<String> text) {
        Label l = Messages.bind(new Label(), text);
        l.getStyleClass().add("section-label");
        return l;
    }

    private static Label hint(javafx.beans.value.ObservableValue<String> text) {
        Label l = Messages.bind(new Label(), text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
