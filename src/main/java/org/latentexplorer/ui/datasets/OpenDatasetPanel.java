package org.latentexplorer.ui.datasets;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.data.DatasetNote;
import org.latentexplorer.data.ReadOptions;
import org.latentexplorer.ui.common.Messages;

import static org.latentexplorer.ui.datasets.DatasetNoteTexts.TEXT;

/**
 * The dataset panel over the wall: while a dataset is read, its progress, ETA and Cancel; then what was read
 * (name, format, splits, size, channels, classes with counts, what the reader did), the image size and test
 * share to read it with, and Train on it / Close.
 */
public final class OpenDatasetPanel extends StackPane {
    private final OpenDatasetViewModel vm;
    private final VBox card = new VBox(10);
    private final VBox loading = new VBox(8);
    private final VBox summary = new VBox(8);

    public OpenDatasetPanel(OpenDatasetViewModel vm) {
        this.vm = vm;
        setId("datasetPanel");
        getStyleClass().add("dataset-panel");
        card.getStyleClass().add("dataset-card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        Label title = new Label();
        title.textProperty().bind(TEXT.text("title"));
        title.getStyleClass().add("dataset-title");
        loadingSection();
        card.getChildren().addAll(title, loading, summary);
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        visibleProperty().bind(vm.stageProperty().isNotEqualTo(OpenDatasetViewModel.Stage.HIDDEN));
        managedProperty().bind(visibleProperty());
        loading.visibleProperty().bind(vm.busyProperty());
        loading.managedProperty().bind(vm.busyProperty());
        summary.visibleProperty().bind(vm.stageProperty().isEqualTo(OpenDatasetViewModel.Stage.SUMMARY).and(vm.busyProperty().not()));
        summary.managedProperty().bind(summary.visibleProperty());
        vm.summaryProperty().addListener((o, a, s) -> summarySection());
        Messages.localeProperty().addListener((o, a, b) -> summarySection());
    }

    private void loadingSection() {
        Label what = new Label();
        what.setId("datasetLoadingText");
        what.textProperty().bind(vm.loadingTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("datasetProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label count = new Label();
        count.setId("datasetProgressText");
        count.textProperty().bind(vm.progressTextProperty());
        Button cancel = new Button();
        cancel.setId("datasetCancel");
        cancel.textProperty().bind(TEXT.text("cancel"));
        cancel.setOnAction(e -> vm.cancel());
        Label limit = wrapped(vm.limitText());
        limit.getStyleClass().add("dataset-hint");
        Messages.localeProperty().addListener((o, a, b) -> limit.setText(vm.limitText()));
        loading.getChildren().addAll(what, bar, new HBox(10, count, grow(), cancel), limit);
    }

    /** Rebuilt for each summary (and language): the facts, classes and notes differ per dataset. */
    private void summarySection() {
        summary.getChildren().clear();
        DatasetSummary s = vm.summaryProperty().get();
        if (s == null) return;
        summary.getChildren().addAll(facts(s), heading("notes"), notes(s));
        if (s.sizesDiffer()) summary.getChildren().add(sizeChooser(s));
        if (s.splitMade()) summary.getChildren().add(splitChooser());
        summary.getChildren().add(buttons());
    }

    private GridPane facts(DatasetSummary s) {
        GridPane grid = new GridPane();
        grid.setId("datasetFacts");
        grid.setHgap(12);
        grid.setVgap(4);
        String[][] rows = {
            {TEXT.get("fact.name"), s.name()},
            {TEXT.get("fact.format"), s.format()},
            {TEXT.get("fact.split"), TEXT.get("fact.split.value", s.trainCount(), s.testCount())},
            {TEXT.get("fact.size"), TEXT.get("fact.size.value", s.height(), s.width())},
            {TEXT.get("fact.channels"), TEXT.get("fact.channels.value", s.channels())},
            {TEXT.get("fact.classes"), s.unlabeled() ? TEXT.get("fact.classes.unlabeled") : classes(s)},
        };
        for (int r = 0; r < rows.length; r++) {
            Label key = new Label(rows[r][0]);
            key.getStyleClass().add("dataset-key");
            GridPane.setValignment(key, javafx.geometry.VPos.TOP);
            Label value = wrapped(rows[r][1]);
            value.setId("datasetFact" + r);
            grid.addRow(r, key, value);
        }
        return grid;
    }

    private static String classes(DatasetSummary s) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(12, s.classes().size());
        for (int c = 0; c < shown; c++) {
            DatasetSummary.ClassCount k = s.classes().get(c);
            sb.append(c == 0 ? "" : "\n").append(TEXT.get("class.count", k.name(), k.train(), k.test()));
        }
        if (s.classes().size() > shown) sb.append("\n…");
        return sb.toString();
    }

    private VBox notes(DatasetSummary s) {
        VBox box = new VBox(3);
        box.setId("datasetNotes");
        if (s.notes().isEmpty()) box.getChildren().add(wrapped(TEXT.get("notes.none")));
        for (DatasetNote n : s.notes()) box.getChildren().add(wrapped("• " + DatasetNoteTexts.text(n)));
        return box;
    }

    private VBox sizeChooser(DatasetSummary s) {
        Spinner<Integer> height = new Spinner<>(1, 1024, s.height());
        Spinner<Integer> width = new Spinner<>(1, 1024, s.width());
        height.setId("datasetHeight");
        width.setId("datasetWidth");
        for (Spinner<Integer> sp : java.util.List.of(height, width)) {
            sp.setEditable(true);
            sp.setPrefWidth(90);
        }
        Button apply = new Button(TEXT.get("apply"));
        apply.setId("datasetApplySize");
        apply.setOnAction(e -> vm.chooseSize(height.getValue(), width.getValue()));
        HBox row = new HBox(8, new Label(TEXT.get("size.choose")), height, new Label("×"), width, apply);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = wrapped(TEXT.get("size.hint"));
        hint.getStyleClass().add("dataset-hint");
        return new VBox(4, row, hint);
    }

    private VBox splitChooser() {
        ReadOptions o = vm.optionsProperty().get();
        Spinner<Integer> percent = new Spinner<>(5, 50, (int) Math.round(o.testFraction() * 100), 5);
        percent.setId("datasetTestShare");
        percent.setEditable(true);
        percent.setPrefWidth(90);
        Button apply = new Button(TEXT.get("apply"));
        apply.setId("datasetApplySplit");
        apply.setOnAction(e -> vm.chooseTestFraction(percent.getValue() / 100.0));
        HBox row = new HBox(8, new Label(TEXT.get("split.choose")), percent, new Label("%"), apply);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = wrapped(TEXT.get("split.hint", o.seed()));
        hint.getStyleClass().add("dataset-hint");
        return new VBox(4, row, hint);
    }

    private HBox buttons() {
        Button train = new Button(TEXT.get("train"));
        train.setId("datasetTrain");
        train.setDefaultButton(true);
        train.setOnAction(e -> vm.train());
        Button close = new Button(TEXT.get("close"));
        close.setId("datasetClose");
        close.setCancelButton(true);
        close.setOnAction(e -> vm.close());
        return new HBox(10, grow(), close, train);
    }

    private static Label heading(String key) {
        Label l = new Label(TEXT.get(key));
        l.getStyleClass().add("dataset-heading");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private static Node grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
