package org.latentexplorer.ui.scorecard;

import org.latentexplorer.ui.common.ModelTexts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.latentexplorer.latent.DefectsScorecard;
import org.latentexplorer.latent.LatentRegion;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.Tooltips;
import org.latentexplorer.ui.explorer.ExplorerViewModel.ModelEntry;
import org.latentexplorer.ui.scorecard.ScorecardViewModel.Metric;
import org.latentexplorer.ui.scorecard.ScorecardViewModel.RegionChoice;
import org.latentexplorer.ui.wall.GalleryWall;
import org.latentexplorer.wall.Viewport;
import org.latentexplorer.wall.WallScene;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Compare window's content: two models on linked walls side by side, each above its scorecard; the
 * region, grid and gap overlay on top; progress and the selection below.
 */
public final class ScorecardView extends BorderPane {
    private static final Messages.Bundle T = ScorecardViewModel.TEXT;
    private final ScorecardViewModel vm;
    private final SideView leftView;
    private final SideView rightView;

    public ScorecardView(ScorecardViewModel vm) {
        this.vm = vm;
        getStyleClass().add("scorecard");
        getStylesheets().add(Objects.requireNonNull(ScorecardView.class.getResource("scorecard.css")).toExternalForm());
        leftView = new SideView(vm.left());
        rightView = new SideView(vm.right());
        // Two equal halves (the divider can be dragged).
        javafx.scene.control.SplitPane sides = new javafx.scene.control.SplitPane(leftView, rightView);
        sides.setDividerPositions(0.5);
        sides.getStyleClass().add("scorecard-sides");
        setTop(toolbar());
        setCenter(sides);
        Label note = new Label();
        note.setId("scorecardNote");
        note.getStyleClass().add("scorecard-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.comparisonNoteProperty());
        note.visibleProperty().bind(vm.comparisonNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        note.setMaxWidth(Double.MAX_VALUE);
        setBottom(new VBox(note, statusBar()));
    }

    public GalleryWall leftWall() { return leftView.wall; }
    public GalleryWall rightWall() { return rightView.wall; }

    private ToolBar toolbar() {
        ComboBox<RegionChoice> region = new ComboBox<>();
        region.setId("scorecardRegion");
        region.getItems().addAll(RegionChoice.values());
        Messages.relabelOnLanguageChange(region);
        region.setConverter(new StringConverter<>() {
            @Override public String toString(RegionChoice c) {
                return c == null ? "" : T.get("region.choice." + c.name().toLowerCase(Locale.ROOT));
            }

            @Override public RegionChoice fromString(String s) {
                return null;
            }
        });
        region.valueProperty().bindBidirectional(vm.regionProperty());
        region.setTooltip(Messages.bind(new Tooltip(), T.text("region.tip")));
        Spinner<Integer> grid = new Spinner<>(10, 100, vm.gridProperty().get(), 10);
        grid.setId("scorecardGrid");
        grid.setPrefWidth(80);
        grid.valueProperty().addListener((o, a, g) -> { if (g != null) vm.gridProperty().set(g); });
        grid.setTooltip(Messages.bind(new Tooltip(), T.text("grid.tip")));
        CheckBox gaps = Messages.bind(new CheckBox(), T.text("gaps.show"));
        gaps.setId("scorecardShowGaps");
        gaps.selectedProperty().bindBidirectional(vm.showGapsProperty());
        gaps.setTooltip(Messages.bind(new Tooltip(), T.text("gaps.show.tip")));
        Button clear = Messages.bind(new Button(), T.text("selection.clear"));
        clear.setId("scorecardClearSelection");
        clear.setOnAction(e -> vm.clearSelection());
        clear.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectionProperty().get().length == 0, vm.selectionProperty()));
        return new ToolBar(Messages.bind(new Label(), T.text("region")), region, Messages.bind(new Label(), T.text("grid")), grid, gaps,
                new Separator(Orientation.VERTICAL), clear);
    }

    private HBox statusBar() {
        ProgressBar progress = new ProgressBar();
        progress.setId("scorecardProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("scorecardStatus");
        status.textProperty().bind(vm.statusProperty());
        Label selection = new Label();
        selection.setId("scorecardSelection");
        selection.getStyleClass().add("scorecard-selection");
        selection.textProperty().bind(Bindings.when(vm.selectionTextProperty().isEmpty())
                .then(T.text("selection.hint")).otherwise(vm.selectionTextProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, selection, grow, status);
        bar.getStyleClass().add("scorecard-status");
        return bar;
    }

    /** One model: its picker, wall and numbers. */
    private final class SideView extends VBox {
        private final ScorecardSide side;
        private final GalleryWall wall = new GalleryWall();
        private final Rectangle band = new Rectangle();
        private double pressX, pressY;
        private boolean banding;
        private final GridPane card = new GridPane();

        SideView(ScorecardSide side) {
            this.side = side;
            getStyleClass().add("scorecard-side");
            setId("scorecard-" + side.id());
            getChildren().addAll(header(), wallSection(), cardSection());
        }

        /** Which model this side shows, and its architecture. */
        private HBox header() {
            ComboBox<ModelEntry> picker = new ComboBox<>(vm.models());
            picker.setId("scorecardModel-" + side.id());
            picker.setPrefWidth(220);
            picker.valueProperty().bindBidirectional(side.entryProperty());
            picker.setTooltip(Messages.bind(new Tooltip(), T.text("model.tip")));
            Label description = new Label();
            description.getStyleClass().add("scorecard-description");
            description.textProperty().bind(side.descriptionProperty());
            HBox header = new HBox(8, picker, description);
            header.setAlignment(Pos.CENTER_LEFT);
            header.getStyleClass().add("scorecard-header");
            return header;
        }

        /** The side's wall, the band a drag draws on it, and its status while it loads. */
        private StackPane wallSection() {
            wall.setId("scorecardWall-" + side.id());
            wall.setThumbnails(side::thumbnail);
            wall.setPointCaptions(side::caption);
            wall.setOnPointSelected(i -> vm.selectPoint(side, i));
            side.sceneProperty().addListener((o, old, scene) -> {
                // A new model gets a fitted view; new marks on the same points keep the user's zoom.
                if (scene == null || old == null || scene.xs() != old.xs()) wall.viewportProperty().set(null);
                wall.wallSceneProperty().set(scene);
            });
            wall.terrainProperty().bind(side.gapTerrainProperty());
            band.getStyleClass().add("scorecard-band");
            band.setVisible(false);
            band.setManaged(false);
            Pane overlay = new Pane(band);
            overlay.setMouseTransparent(true);
            Label loading = new Label();
            loading.getStyleClass().add("scorecard-loading");
            loading.textProperty().bind(side.statusProperty());
            loading.visibleProperty().bind(side.sceneProperty().isNull().or(side.failedProperty()));
            StackPane stack = new StackPane(wall, overlay, loading);
            stack.getStyleClass().add("scorecard-wall");
            VBox.setVgrow(stack, Priority.ALWAYS);
            installBand();
            return stack;
        }

        /** The scorecard's numbers, refilled when they or the comparison change. */
        private GridPane cardSection() {
            card.getStyleClass().add("scorecard-card");
            card.setId("scorecardCard-" + side.id());
            ColumnConstraints names = new ColumnConstraints();
            names.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints values = new ColumnConstraints();
            values.setMinWidth(Region.USE_PREF_SIZE);
            ColumnConstraints details = new ColumnConstraints();
            details.setHgrow(Priority.ALWAYS);
            card.getColumnConstraints().addAll(names, values, details);
            side.resultProperty().addListener((o, a, r) -> fillCard());
            vm.betterProperty().addListener((o, a, b) -> fillCard());
            side.busyProperty().addListener((o, a, b) -> fillCard());
            fillCard();
            return card;
        }

        /** Press and drag on empty space draws a rectangle; its test images are selected (a click clears). */
        private void installBand() {
            wall.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() != MouseButton.PRIMARY || e.isShiftDown() || e.getClickCount() != 1) return;
                if (wall.viewportProperty().get() == null || wall.pointAt(e.getX(), e.getY()) >= 0) return;
                banding = true;
                pressX = e.getX();
                pressY = e.getY();
                updateBand(e.getX(), e.getY());
                wall.requestFocus();
                e.consume();
            });
            wall.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
                if (!banding) return;
                updateBand(e.getX(), e.getY());
                band.setVisible(true);
                e.consume();
            });
            wall.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
                if (!banding) return;
                banding = false;
                band.setVisible(false);
                e.consume();
                Viewport vp = wall.viewportProperty().get();
                if (vp == null) return;
                if (Math.abs(e.getX() - pressX) < 4 && Math.abs(e.getY() - pressY) < 4) {
                    vm.clearSelection();
                    return;
                }
                vm.selectRegion(side, vp.toLatentX(pressX), vp.toLatentX(e.getX()), vp.toLatentY(pressY), vp.toLatentY(e.getY()));
            });
        }

        private void updateBand(double x, double y) {
            band.setX(Math.min(x, pressX));
            band.setY(Math.min(y, pressY));
            band.setWidth(Math.abs(x - pressX));
            band.setHeight(Math.abs(y - pressY));
        }

        private void fillCard() {
            card.getChildren().clear();
            DefectsScorecard.Result r = side.resultProperty().get();
            if (r == null) {
                Label waiting = new Label(side.busyProperty().get() ? T.get("card.measuring") : "");
                waiting.getStyleClass().add("scorecard-detail");
                card.add(waiting, 0, 0, 3, 1);
                return;
            }
            Map<Metric, Integer> better = vm.betterProperty().get();
            int me = side == vm.left() ? -1 : 1;
            DefectsScorecard.Shape s = r.shape();
            row(0, "offCentre", fmt3(s.offCentre()), T.get("card.offCentre.detail", vector(s.mean()), fmt3(s.spread())),
                    better.getOrDefault(Metric.OFF_CENTRE, 0) == me);
            row(1, "asymmetry", fmt3(s.asymmetry()), T.get("card.asymmetry.detail", vector(s.principalStd())),
                    better.getOrDefault(Metric.ASYMMETRY, 0) == me);
            row(2, "region", ScorecardViewModel.regionName(r.region()), regionDetail(r.region()), false);
            row(3, "gaps", String.format(Locale.ROOT, "%.1f%%", 100 * r.gaps().fraction()),
                    T.get("card.gaps.detail", fmt3(r.gaps().threshold()), r.gaps().samples()),
                    better.getOrDefault(Metric.GAPS, 0) == me);
            DefectsScorecard.Discontinuity c = r.discontinuity();
            boolean meanBetter = better.getOrDefault(Metric.DISCONTINUITY_MEAN, 0) == me;
            boolean p95Better = better.getOrDefault(Metric.DISCONTINUITY_P95, 0) == me;
            row(4, "discontinuity", fmt4(c.mean()), T.get("card.discontinuity.detail"), meanBetter);
            row(5, "discontinuityP95", fmt4(c.p95()), T.get("card.discontinuityP95.detail", fmt4(c.max()), c.pairs()), p95Better);
        }

        private void row(int index, String key, String value, String detail, boolean better) {
            Label name = Messages.bind(new Label(), T.text("card." + key));
            name.getStyleClass().add("scorecard-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label v = new Label(value);
            v.setMinWidth(Region.USE_PREF_SIZE);
            v.setId("scorecard-" + side.id() + "-" + key);
            v.getStyleClass().add("scorecard-value");
            if (better) v.getStyleClass().add("scorecard-better");
            Label d = new Label(detail);
            d.getStyleClass().add("scorecard-detail");
            d.setWrapText(true);
            Tooltip tip = Tooltips.wrapped(T.text("card." + key + ".tip"));
            name.setTooltip(tip);
            v.setTooltip(tip);
            card.addRow(index, name, v, d);
        }

        private String regionDetail(LatentRegion region) {
            if (region.kind() == LatentRegion.Kind.PRIOR_BALL) {
                return T.get("card.region.prior", fmt3(region.radius()), String.format(Locale.ROOT, "%.0f", 100 * region.mass()));
            }
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < region.dimension(); j++) {
                if (j > 0) sb.append(" × ");
                sb.append('[').append(fmt2(region.lo(j))).append(", ").append(fmt2(region.hi(j))).append(']');
            }
            return T.get("card.region.box", sb.toString());
        }
    }

    private static String vector(double[] v) {
        return ModelTexts.code(v, 4);
    }

    private static String fmt2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String fmt3(double v) {
        return Double.isInfinite(v) ? "∞" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String fmt4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    /** The scene a wall shows, for tests. */
    WallScene sceneOf(ScorecardSide side) {
        return side == vm.left() ? leftView.wall.wallSceneProperty().get() : rightView.wall.wallSceneProperty().get();
    }
}
