package org.latentexplorer.ui.terrain;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.Messages;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The terrain's side panel: on/off, what to show, tiles per side, opacity. Binds to {@link TerrainViewModel}. */
public final class TerrainView extends VBox {
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.terrain.messages");

    private final TerrainViewModel vm;
    private final Map<TerrainViewModel.Mode, RadioButton> modeButtons = new EnumMap<>(TerrainViewModel.Mode.class);

    public TerrainView(TerrainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("terrain-panel");
        getStylesheets().add(stylesheet());
        getChildren().addAll(header(), showCheck(), section(TEXT.text("mode")), modeChoices(), vaeNote(), tilesRow(),
                opacityRow(), info(), hint());
    }

    /** The title, and a spinner while a terrain is computed. */
    private HBox header() {
        Label title = Messages.bind(new Label(), TEXT.text("title"));
        title.getStyleClass().add("panel-title");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, busy);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private CheckBox showCheck() {
        CheckBox show = Messages.bind(new CheckBox(), TEXT.text("show"));
        show.setId("terrainShow");
        show.selectedProperty().bindBidirectional(vm.enabledProperty());
        return show;
    }

    /** One radio button per mode; the prior's modes only for a VAE. */
    private VBox modeChoices() {
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox();
        choices.getStyleClass().add("mode-choices");
        for (TerrainViewModel.Mode m : TerrainViewModel.Mode.values()) {
            String key = "mode." + m.name().toLowerCase(java.util.Locale.ROOT);
            RadioButton b = Messages.bind(new RadioButton(), TEXT.text(key));
            b.setId("terrainMode-" + m.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(m);
            b.setTooltip(Messages.tooltip(m.vaeOnly() ? TEXT.text(key + ".tip").concat("\n").concat(TEXT.text("mode.vaeOnly")) : TEXT.text(key + ".tip")));
            if (m.vaeOnly()) b.disableProperty().bind(vm.priorModesProperty().not());
            modeButtons.put(m, b);
            choices.getChildren().add(b);
        }
        modeButtons.get(vm.modeProperty().get()).setSelected(true);
        vm.modeProperty().addListener((o, a, m) -> modeButtons.get(m).setSelected(true));
        group.selectedToggleProperty().addListener((o, a, t) -> {
            if (t != null) vm.modeProperty().set((TerrainViewModel.Mode) t.getUserData());
        });
        return choices;
    }

    private Label vaeNote() {
        Label vaeNote = Messages.bind(new Label(), TEXT.text("mode.vaeOnly"));
        vaeNote.getStyleClass().add("mode-note");
        vaeNote.setWrapText(true);
        vaeNote.visibleProperty().bind(vm.priorModesProperty().not());
        vaeNote.managedProperty().bind(vaeNote.visibleProperty());
        return vaeNote;
    }

    /** How many tiles a side (the density maps do not use it). */
    private HBox tilesRow() {
        Spinner<Integer> tiles = new Spinner<>();
        tiles.setId("terrainTiles");
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                TerrainViewModel.MIN_TILES, TerrainViewModel.MAX_TILES, vm.tilesProperty().get());
        tiles.setValueFactory(factory);
        tiles.setEditable(true);
        tiles.setPrefWidth(90);
        factory.valueProperty().addListener((o, a, v) -> {
            if (v != null) vm.tilesProperty().set(v);
        });
        vm.tilesProperty().addListener((o, a, v) -> factory.setValue(v.intValue()));
        tiles.setTooltip(Messages.bind(new Tooltip(), TEXT.text("tiles.tip")));
        tiles.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            TerrainViewModel.Mode m = vm.modeProperty().get();
            return m == TerrainViewModel.Mode.DENSITY || m == TerrainViewModel.Mode.PRIOR;
        }, vm.modeProperty()));
        Label tilesLabel = Messages.bind(new Label(), TEXT.text("tiles"));
        tilesLabel.setLabelFor(tiles);
        HBox tilesRow = new HBox(10, tilesLabel, tiles);
        tilesRow.setAlignment(Pos.CENTER_LEFT);
        return tilesRow;
    }

    private HBox opacityRow() {
        Slider opacity = new Slider(0.2, 1, vm.opacityProperty().get());
        opacity.setId("terrainOpacity");
        opacity.valueProperty().bindBidirectional(vm.opacityProperty());
        opacity.setTooltip(Messages.bind(new Tooltip(), TEXT.text("opacity.tip")));
        HBox.setHgrow(opacity, Priority.ALWAYS);
        Label opacityLabel = Messages.bind(new Label(), TEXT.text("opacity"));
        HBox opacityRow = new HBox(10, opacityLabel, opacity);
        opacityRow.setAlignment(Pos.CENTER_LEFT);
        return opacityRow;
    }

    private Label info() {
        Label info = new Label();
        info.setId("terrainInfo");
        info.setWrapText(true);
        info.textProperty().bind(vm.infoProperty());
        return info;
    }

    private Label hint() {
        Label hint = Messages.bind(new Label(), TEXT.text("hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        return hint;
    }

    private static Label section(javafx.beans.value.ObservableValue<String> text) {
        Label l = Messages.bind(new Label(), text);
        l.getStyleClass().add("section-label");
        return l;
    }

    static String stylesheet() {
        return Objects.requireNonNull(TerrainView.class.getResource("terrain.css")).toExternalForm();
    }
}
