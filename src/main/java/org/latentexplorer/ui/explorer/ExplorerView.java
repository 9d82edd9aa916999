package org.latentexplorer.ui.explorer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.SceneAntialiasing;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.datasets.DatasetLocationDialog;
import org.latentexplorer.ui.datasets.DatasetLocator;
import org.latentexplorer.ui.datasets.OpenDatasetPanel;
import org.latentexplorer.ui.datasets.OpenDatasetViewModel;
import org.latentexplorer.ui.common.ToolShortcuts;
import org.latentexplorer.ui.inspect.InspectorView;
import org.latentexplorer.ui.training.TrainingView;
import org.latentexplorer.ui.training.TrainingViewModel;
import org.latentexplorer.ui.wall.GalleryWall;
import org.latentexplorer.ui.wall3d.Wall3DView;

import java.io.File;

/** The main window's content: toolbar, the wall in the middle, inspector and training on the right, status below. */
public final class ExplorerView extends BorderPane {
    private final ExplorerViewModel vm;
    private final GalleryWall wall = new GalleryWall();
    private final StackPane center = new StackPane();
    private final ToggleButton threeD = Messages.bind(new ToggleButton(), Messages.text("toolbar.threeD"));
    private final Label notice = new Label();
    private Wall3DView wall3d;
    private TabPane side;
    private ToolBar toolbar;

    public ExplorerView(ExplorerViewModel vm, TrainingViewModel training) {
        this.vm = vm;
        getStyleClass().add("explorer");
        wall.setId("galleryWall");
        wall.wallSceneProperty().bind(vm.wallSceneProperty());
        wall.terrainProperty().bind(vm.terrainProperty());
        wall.viewportProperty().addListener((o, a, vp) -> {
            if (vp != null) vm.viewportChanged(vp.minX(), vp.maxX(), vp.minY(), vp.maxY());
        });
        wall.setOnProbe(vm::probe);
        wall.setOnPointSelected(vm::selectPoint);
        wall.setOnPointerMoved(vm::pointerMoved);
        wall.setThumbnails(vm::thumbnail);
        wall.setPointCaptions(vm::caption);
        vm.pointColoursProperty().addListener((o, a, colours) -> wall.setPointColours(colours));
        // A new model gets a fitted view; new codes of the same model keep the user's zoom, except that a map
        // being trained is followed (fitted after every epoch) until the user zooms or pans.
        vm.modelProperty().addListener((o, a, b) -> wall.viewportProperty().set(null));
        wall.setOnUserMoved(() -> {
            if (vm.trainingProperty().get()) vm.followProperty().set(false);
        });
        // On the scene, not the codes: the scene of the new codes is set after them.
        vm.wallSceneProperty().addListener((o, a, b) -> {
            boolean newPoints = a != null && b != null && a.xs() != b.xs();
            if (newPoints && vm.trainingProperty().get() && vm.followProperty().get()) wall.glideToData();
        });
        this.training = training;
        acceptDroppedFiles(training);
        // A model whose dataset moved asks where it is now.
        locator = new DatasetLocator(vm.service(), new DatasetLocationDialog(() -> getScene() == null ? null : getScene().getWindow()));
        vm.setOpener(locator::open);
        classroom = new ClassroomModes(this, vm);
        vm.setUnsavedPrompt(new UnsavedModelDialog(() -> getScene() == null ? null : getScene().getWindow()));
        center.getChildren().add(wall);
        center.getStyleClass().add("wall-pane");
        setUpThreeD();
        datasets = new OpenDatasetViewModel(vm, training);
        datasets.setOnOffered(this::showTrainPanel); // where the dataset now waits
        center.getChildren().add(new OpenDatasetPanel(datasets));

        side = new TabPane();
        side.setId("sidePanel");
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab inspect = SideNavigation.titled(new Tab(null, scroll(new InspectorView(vm))), Messages.text("tab.inspect"));
        inspect.setId("inspectTab");
        ScrollPane trainScroll = scroll(new TrainingView(training));
        trainScroll.setFitToHeight(true); // the training panel scrolls its settings itself, keeping Train and the chart in view
        Tab train = SideNavigation.titled(new Tab(null, trainScroll), Messages.text("tab.train"));
        train.setId("trainTab");
        VBox nav = SideNavigation.of(side);
        side.getTabs().addAll(inspect, train);
        // A tool's armed mode (Paths' "pick on the wall") ends when another panel takes the side.
        side.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.wallClaims().endAll());
        BorderPane sidePanel = new BorderPane(side);
        sidePanel.setRight(nav);
        sidePanel.setMinWidth(430);
        sidePanel.setPrefWidth(480);

        SplitPane split = new SplitPane(center, sidePanel);
        split.setDividerPositions(0.63);
        SplitPane.setResizableWithParent(sidePanel, false);

        toolbar = ExplorerToolbar.create(this, vm);
        setTop(toolbar);
        setCenter(split);
        setBottom(statusBar());
    }

    /** A model bundle dropped on the window opens; a dataset (folder or file) is offered for training. */
    private void acceptDroppedFiles(TrainingViewModel training) {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(javafx.scene.input.TransferMode.COPY_OR_MOVE);
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean any = e.getDragboard().hasFiles();
            if (any) openDropped(e.getDragboard().getFiles().stream().map(File::toPath).toList(), training);
            e.setDropCompleted(any);
            e.consume();
        });
    }

    /** What a drop of {@code files} does: each .zip opens as a model, anything else is read as a dataset (the last of each wins). */
    public void openDropped(java.util.List<java.nio.file.Path> files, TrainingViewModel training) {
        java.nio.file.Path model = null;
        for (java.nio.file.Path f : files) {
            if (f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) model = f;
            else datasets.open(f); // read with progress, then summarised; Train on it hands it to the Train panel
        }
        if (model != null) vm.openFile(model);
    }

    private final TrainingViewModel training;
    private OpenDatasetViewModel datasets;
    private final DatasetLocator locator;

    /** Finds a model's moved dataset (asks the user); the menu gives it the app's preferences to remember in. */
    public DatasetLocator datasetLocator() {
        return locator;
    }

    /** Opening the user's own dataset: its progress, summary and choices (the panel over the wall). */
    public OpenDatasetViewModel datasets() {
        return datasets;
    }

    /** Shows the Train panel (a dataset was just offered for training). */
    private void showTrainPanel() {
        side.getSelectionModel().select(1);
    }
    private final ClassroomModes classroom;

    public static final KeyCombination PRESENTER_KEY = new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F5);

    /**
     * Presenter mode (F5): full screen, larger text, points and marks, class names on the wall, darker lines,
     * readable from the back row on a 1280×720 projector.
     */
    public javafx.beans.property.BooleanProperty presenterProperty() { return classroom.presenterProperty(); }

    /** Okabe–Ito's colour-blind-safe class colours, with class names on the wall. */
    public javafx.beans.property.BooleanProperty colourBlindSafeProperty() { return classroom.colourBlindSafeProperty(); }

    /** The training panel's view model (the menu offers it a user's dataset). */
    public TrainingViewModel training() {
        return training;
    }

    public GalleryWall wall() {
        return wall;
    }

    /** Adds a tool's panel as a tab beside Inspect and Train. */
    public void addToolTab(Tab tab) {
        side.getTabs().add(tab);
    }

    /**
     * Adds a tool's panel, scrolling, as a tab beside Inspect and Train: {@code id} names the tab (its button
     * in the side column is {@code id + "Button"}), {@code tooltip} explains it.
     */
    public Tab addToolPanel(String id, ObservableValue<String> title, ObservableValue<String> tooltip, javafx.scene.Node panel) {
        Tab tab = new Tab(null, scroll(panel));
        SideNavigation.titled(tab, title);
        tab.setId(id);
        tab.setTooltip(Messages.tooltip(tooltip));
        addToolTab(tab);
        return tab;
    }

    /** {@link #addToolPanel(String, ObservableValue, ObservableValue, javafx.scene.Node)}, and {@code shortcut} opens the tab. */
    public Tab addToolPanel(String id, ObservableValue<String> title, ObservableValue<String> tooltip, javafx.scene.Node panel,
                            KeyCombination shortcut) {
        Tab tab = addToolPanel(id, title, tooltip, panel);
        ToolShortcuts.add(this, shortcut, () -> showToolTab(tab));
        return tab;
    }

    /** Selects a tool's tab (its keyboard shortcut does this). */
    public void showToolTab(Tab tab) {
        side.getSelectionModel().select(tab);
    }

    /** Adds a tool's control (a toggle, a button) to the toolbar. */
    public void addToolbarItem(javafx.scene.Node item) {
        toolbar.getItems().add(item);
    }

    /** The 3-D view, created on first use; null where the graphics system has no 3-D. */
    public Wall3DView wall3d() {
        return wall3d;
    }

    public ToggleButton threeDToggle() {
        return threeD;
    }

    /**
     * 3-D models open in the 3-D view; the toggle switches to the 2-D projection and back. Without a 3-D
     * pipeline the toggle stays off and a notice says why the wall shows a projection.
     */
    private void setUpThreeD() {
        threeD.setId("threeDToggle");
        threeD.setTooltip(Messages.bind(new Tooltip(), Messages.text("toolbar.threeD.tip")));
        notice.getStyleClass().add("wall-notice");
        notice.setWrapText(true);
        notice.setVisible(false);
        StackPane.setAlignment(notice, Pos.BOTTOM_CENTER);
        center.getChildren().add(notice);
        boolean supported = Wall3DView.isSupported();
        threeD.disableProperty().bind(Bindings.createBooleanBinding(() -> !supported || !isThreeDModel(),
                vm.modelProperty()));
        vm.modelProperty().addListener((o, a, model) -> {
            boolean is3d = isThreeDModel();
            threeD.setSelected(is3d && supported);
            notice.textProperty().bind(Messages.text("wall.no3d"));
            notice.setVisible(is3d && !supported);
            showThreeD(threeD.isSelected());
        });
        threeD.selectedProperty().addListener((o, was, on) -> showThreeD(on));
        vm.codesProperty().addListener((o, a, codes) -> {
            if (wall3d != null && codes != null && codes.dimension() == 3) show3dCodes(codes);
        });
        vm.wallSceneProperty().addListener((o, a, scene) -> {
            if (wall3d != null && scene != null && wall3d.getSelected() != scene.selected()) wall3d.setSelected(scene.selected());
        });
    }

    private boolean isThreeDModel() {
        return vm.modelProperty().get() != null && vm.modelProperty().get().spec().latentDim() == 3;
    }

    private void showThreeD(boolean on) {
        if (on && wall3d == null) {
            // No antialiasing: with software OpenGL (VMs, lab machines without drivers) it costs 10× per frame.
            wall3d = new Wall3DView(SceneAntialiasing.DISABLED);
            wall3d.setId("wall3d");
            wall3d.setOnPointClicked(vm::selectPoint);
            wall3d.setOnProbeMoved(p -> vm.probeCode(new float[] {(float) p[0], (float) p[1], (float) p[2]}));
            center.getChildren().add(0, wall3d);
        }
        if (on && vm.codesProperty().get() != null && vm.codesProperty().get().dimension() == 3) {
            show3dCodes(vm.codesProperty().get());
            if (vm.wallSceneProperty().get() != null) wall3d.setSelected(vm.wallSceneProperty().get().selected());
        }
        if (wall3d != null) wall3d.setVisible(on);
        wall.setVisible(!on);
    }

    /** The model the 3-D view last showed: its camera and probe belong to that model. */
    private Object wall3dModel;

    /** New codes in the 3-D view; a new model also gets the default camera and its probe at its codes' centre. */
    private void show3dCodes(org.latentexplorer.latent.LatentCodes codes) {
        wall3d.setPoints(codes.codes(), codes.labels());
        Object shown = vm.modelProperty().get();
        if (shown != wall3dModel) {
            wall3dModel = shown;
            wall3d.resetView();
            double[] lo = wall3d.getBoundsMin(), hi = wall3d.getBoundsMax();
            wall3d.setProbe((lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2);
        }
    }

    public StackPane centerPane() {
        return center;
    }

    /** Asks for a model bundle and opens it (the toolbar's Open… and File → Open model…). */
    public void chooseAndOpenModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("toolbar.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.modelBundle"), "*.zip"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) vm.openFile(file.toPath());
    }

    /** Puts the window's menu bar above the toolbar. */
    public void setMenuBar(javafx.scene.control.MenuBar menu) {
        setTop(new VBox(menu, toolbar));
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
