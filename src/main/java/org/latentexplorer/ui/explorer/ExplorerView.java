package org.latentexplorer.ui.explorer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.inspect.InspectorView;
import org.latentexplorer.ui.training.TrainingView;
import org.latentexplorer.ui.training.TrainingViewModel;
import org.latentexplorer.ui.wall.GalleryWall;

import java.io.File;

/** The main window's content: toolbar, the wall in the middle, inspector and training on the right, status below. */
public final class ExplorerView extends BorderPane {
    private final ExplorerViewModel vm;
    private final GalleryWall wall = new GalleryWall();
    private final StackPane center = new StackPane();

    public ExplorerView(ExplorerViewModel vm, TrainingViewModel training) {
        this.vm = vm;
        getStyleClass().add("explorer");
        wall.setId("galleryWall");
        wall.wallSceneProperty().bind(vm.wallSceneProperty());
        wall.setOnProbe(vm::probe);
        wall.setOnPointSelected(vm::selectPoint);
        wall.setOnPointerMoved(vm::pointerMoved);
        wall.setThumbnails(vm::thumbnail);
        wall.setPointCaptions(vm::caption);
        // A new model gets a fitted view; new codes of the same model keep the user's zoom.
        vm.modelProperty().addListener((o, a, b) -> wall.viewportProperty().set(null));
        center.getChildren().add(wall);
        center.getStyleClass().add("wall-pane");

        TabPane side = new TabPane();
        side.setId("sidePanel");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab inspect = new Tab(Messages.get("tab.inspect"), scroll(new InspectorView(vm)));
        Tab train = new Tab(Messages.get("tab.train"), scroll(new TrainingView(training)));
        train.setId("trainTab");
        side.getTabs().addAll(inspect, train);
        side.setMinWidth(340);
        side.setPrefWidth(380);

        SplitPane split = new SplitPane(center, side);
        split.setDividerPositions(0.70);
        SplitPane.setResizableWithParent(side, false);

        setTop(toolbar());
        setCenter(split);
        setBottom(statusBar());
    }

    public GalleryWall wall() {
        return wall;
    }

    public StackPane centerPane() {
        return center;
    }

    private ToolBar toolbar() {
        Label modelLabel = new Label(Messages.get("toolbar.model"));
        ComboBox<ExplorerViewModel.ModelEntry> picker = new ComboBox<>(vm.models());
        picker.setId("modelPicker");
        picker.setPrefWidth(240);
        picker.valueProperty().bind(vm.currentEntryProperty());
        picker.setOnAction(e -> {
            ExplorerViewModel.ModelEntry chosen = picker.getSelectionModel().getSelectedItem();
            if (chosen != null && !chosen.equals(vm.currentEntryProperty().get())) vm.open(chosen);
        });
        picker.disableProperty().bind(vm.trainingProperty());
        Button open = new Button(Messages.get("toolbar.open"));
        open.setTooltip(new Tooltip(Messages.get("toolbar.open.tip")));
        open.disableProperty().bind(vm.trainingProperty());
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Messages.get("toolbar.open.title"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.modelBundle"), "*.zip"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) vm.openFile(file.toPath());
        });
        Button fit = new Button(Messages.get("toolbar.fit"));
        fit.setId("fitButton");
        fit.setTooltip(new Tooltip(Messages.get("toolbar.fit.tip")));
        fit.setOnAction(e -> wall.fitToData());
        Label spec = new Label();
        spec.getStyleClass().add("spec-label");
        spec.textProperty().bind(Bindings.createStringBinding(() -> vm.modelProperty().get() == null ? ""
                : vm.modelProperty().get().spec().describe(), vm.modelProperty()));
        return new ToolBar(modelLabel, picker, open, new Separator(Orientation.VERTICAL), fit,
                new Separator(Orientation.VERTICAL), spec);
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(vm.statusProperty());
        vm.statusIsErrorProperty().addListener((o, was, error) -> {
            if (error) status.getStyleClass().add("error-text");
            else status.getStyleClass().remove("error-text");
        });
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label pointer = new Label();
        pointer.setId("pointerLabel");
        pointer.getStyleClass().add("pointer-label");
        pointer.textProperty().bind(vm.pointerTextProperty());
        HBox bar = new HBox(10, progress, status, grow, pointer);
        bar.getStyleClass().add("status-line");
        return bar;
    }

    private static ScrollPane scroll(javafx.scene.Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().add("side-scroll");
        return pane;
    }
}
