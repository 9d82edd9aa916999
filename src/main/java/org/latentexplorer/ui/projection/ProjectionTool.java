package org.latentexplorer.ui.projection;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.Property;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.common.Tooltips;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tool;

import java.util.Objects;

/**
 * Installs the projection choice for codes of more than 3 numbers: PCA, t-SNE or UMAP in the toolbar (Ctrl+E
 * switches) with the chosen map's parameters and a Stop button while it computes, and a badge on the wall
 * saying which projection is shown and what a click there means.
 */
public final class ProjectionTool implements Tool<ProjectionViewModel> {
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final Messages.Bundle TEXT = Messages.bundle("org.latentexplorer.ui.projection.messages");

    @Override
    public ProjectionViewModel install(ExplorerView view, ExplorerViewModel explorer) {
        ProjectionViewModel vm = new ProjectionViewModel(explorer);
        String css = Objects.requireNonNull(ProjectionTool.class.getResource("projection.css")).toExternalForm();

        ComboBox<ProjectionViewModel.Kind> choice = new ComboBox<>();
        choice.setId("projectionChoice");
        choice.getItems().addAll(ProjectionViewModel.Kind.values());
        Messages.relabelOnLanguageChange(choice);
        choice.setConverter(new StringConverter<>() {
            @Override public String toString(ProjectionViewModel.Kind k) {
                return k == null ? "" : TEXT.get(switch (k) {
                    case PCA -> "kind.pca";
                    case TSNE -> "kind.tsne";
                    case UMAP -> "kind.umap";
                });
            }

            @Override public ProjectionViewModel.Kind fromString(String s) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(vm.kindProperty());
        choice.getStyleClass().add("projection-choice");
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(70);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.computingProperty());
        progress.managedProperty().bind(vm.computingProperty());
        Button stop = Messages.bind(new Button(), TEXT.text("cancel"));
        stop.setId("projectionCancel");
        stop.setTooltip(Tooltips.wrapped(TEXT.text("cancel.tip")));
        stop.setOnAction(e -> vm.cancel());
        stop.visibleProperty().bind(vm.computingProperty());
        stop.managedProperty().bind(vm.computingProperty());
        Label label = Messages.bind(new Label(), TEXT.text("label"));
        HBox item = new HBox(6, label, choice, parameters(vm), progress, stop);
        item.setAlignment(Pos.CENTER_LEFT);
        item.getStylesheets().add(css);
        Tooltip tip = Tooltips.wrapped(TEXT.text("choice.tip"));
        choice.setTooltip(tip);
        Tooltip.install(label, tip);
        item.visibleProperty().bind(vm.availableProperty());
        item.managedProperty().bind(vm.availableProperty());
        view.addToolbarItem(item);
        ToolShortcuts.add(view, SHORTCUT, vm::toggle);

        vm.switchedProperty().addListener((o, a, b) -> view.wall().fitToData());
        view.centerPane().getChildren().add(badge(vm, css));
        return vm;
    }

    /** The chosen map's parameters: perplexity for t-SNE, neighbours and minimum distance for UMAP. */
    private static HBox parameters(ProjectionViewModel vm) {
        Spinner<Integer> perplexity = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ProjectionViewModel.MIN_PERPLEXITY, ProjectionViewModel.MAX_PERPLEXITY, vm.perplexityProperty().get(), 5));
        perplexity.setId("tsnePerplexity");
        follow(perplexity, vm.perplexityProperty().asObject());
        Spinner<Integer> neighbours = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ProjectionViewModel.MIN_NEIGHBOURS, ProjectionViewModel.MAX_NEIGHBOURS, vm.neighboursProperty().get(), 1));
        neighbours.setId("umapNeighbours");
        follow(neighbours, vm.neighboursProperty().asObject());
        Spinner<Double> minDist = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                0, ProjectionViewModel.MAX_MIN_DIST, vm.minDistProperty().get(), 0.05));
        minDist.setId("umapMinDist");
        follow(minDist, vm.minDistProperty().asObject());
        HBox tsne = new HBox(4, parameterLabel("perplexity", "perplexity.tip", perplexity), perplexity);
        HBox umap = new HBox(4, parameterLabel("neighbours", "neighbours.tip", neighbours), neighbours, parameterLabel("minDist", "minDist.tip", minDist), minDist);
        showFor(tsne, vm, ProjectionViewModel.Kind.TSNE);
        showFor(umap, vm, ProjectionViewModel.Kind.UMAP);
        HBox box = new HBox(6, tsne, umap);
        box.setAlignment(Pos.CENTER_LEFT);
        tsne.setAlignment(Pos.CENTER_LEFT);
        umap.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("projection-parameters");
        return box;
    }

    private static Label parameterLabel(String key, String tipKey, Spinner<?> spinner) {
        Label label = Messages.bind(new Label(), TEXT.text(key));
        Tooltip tip = Tooltips.wrapped(TEXT.text(tipKey));
        label.setTooltip(tip);
        spinner.setTooltip(tip);
        return label;
    }

    /** The spinner edits the view model's value when committed; a change there shows in the spinner. */
    private static <T> void follow(Spinner<T> spinner, Property<T> value) {
        spinner.setEditable(true);
        spinner.getStyleClass().add("parameter-spinner");
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        // Bidirectional bindings hold their ends weakly: keep the number-as-object view alive with the spinner.
        spinner.getProperties().put(ProjectionTool.class, value);
    }

    private static void showFor(Region part, ProjectionViewModel vm, ProjectionViewModel.Kind kind) {
        BooleanBinding shown = vm.kindProperty().isEqualTo(kind);
        part.visibleProperty().bind(shown);
        part.managedProperty().bind(shown);
    }

    /** Which projection the wall shows and, on a t-SNE or UMAP map, how far the last click can be trusted. */
    private static Region badge(ProjectionViewModel vm, String css) {
        Label text = new Label();
        text.setId("projectionBadge");
        text.setWrapText(true);
        text.textProperty().bind(vm.badgeProperty());
        Label click = new Label();
        click.setId("projectionClick");
        click.getStyleClass().add("click-info");
        click.setWrapText(true);
        click.textProperty().bind(vm.clickInfoProperty());
        ProgressBar meter = new ProgressBar();
        meter.getStyleClass().add("confidence-bar");
        meter.progressProperty().bind(Bindings.max(0, vm.confidenceProperty()));
        vm.confidenceProperty().addListener((o, a, c) -> {
            meter.getStyleClass().removeAll("low", "high");
            meter.getStyleClass().add(c.doubleValue() < 0.5 ? "low" : "high");
        });
        var hasClick = vm.clickInfoProperty().isNotEmpty();
        click.visibleProperty().bind(hasClick);
        click.managedProperty().bind(hasClick);
        meter.visibleProperty().bind(hasClick);
        meter.managedProperty().bind(hasClick);
        VBox box = new VBox(text, meter, click);
        box.getStyleClass().add("projection-badge");
        box.getStylesheets().add(css);
        box.setMaxWidth(420);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setMouseTransparent(true);
        // Only PCA, t-SNE and UMAP maps have a badge: up to 3-D the wall's axes are the code's own.
        box.visibleProperty().bind(vm.badgeProperty().isNotEmpty());
        StackPane.setAlignment(box, Pos.BOTTOM_LEFT);
        StackPane.setMargin(box, new Insets(0, 0, 26, 40));
        return box;
    }
}
