package org.latentexplorer.ui.explorer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.latentexplorer.ui.common.Messages;

/** The explorer's toolbar: the model picker, Open…, Fit, 3-D, Follow and Presenter; tools add theirs after. */
final class ExplorerToolbar {
    private final ExplorerView view;
    private final ExplorerViewModel vm;

    private ExplorerToolbar(ExplorerView view, ExplorerViewModel vm) {
        this.view = view;
        this.vm = vm;
    }

    static ToolBar create(ExplorerView view, ExplorerViewModel vm) {
        ExplorerToolbar t = new ExplorerToolbar(view, vm);
        Label modelLabel = Messages.bind(new Label(), Messages.text("toolbar.model"));
        // The model's description is the wall's title; the toolbar keeps room for the tools' controls.
        return new ToolBar(modelLabel, t.picker(), t.openButton(), new Separator(Orientation.VERTICAL), t.fitButton(),
                view.threeDToggle(), t.followToggle(), t.presenterToggle(), new Separator(Orientation.VERTICAL));
    }

    private ComboBox<ExplorerViewModel.ModelEntry> picker() {
        ComboBox<ExplorerViewModel.ModelEntry> picker = new ComboBox<>(vm.models());
        picker.setId("modelPicker");
        picker.setPrefWidth(240);
        // Two one-way links, not a binding: the user's pick asks the view model to open a model, and the view
        // model's current entry (which reverts if loading fails) is what the picker shows.
        // The button names the wall's bundle; a model trained here and not saved has none, and says so. (Its own
        // cell: a ComboBox set back to null shows a blank button, not its prompt.)
        StringBinding unsaved = Messages.text("picker.unsaved");
        picker.promptTextProperty().bind(Bindings.createStringBinding(
                () -> vm.stateProperty().get().hasUnsavedWork() ? unsaved.get() : "", vm.stateProperty(), unsaved));
        ListCell<ExplorerViewModel.ModelEntry> button = new ListCell<>() {
            @Override protected void updateItem(ExplorerViewModel.ModelEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(entry == null ? picker.getPromptText() : entry.name());
            }
        };
        picker.promptTextProperty().addListener((o, a, text) -> {
            if (picker.getValue() == null) button.setText(text);
        });
        picker.setButtonCell(button);
        // Only the user's picks open a model; the view's own updates (to what the wall shows) do not.
        boolean[] syncing = {false};
        Runnable showWallsEntry = () -> {
            syncing[0] = true;
            picker.setValue(vm.currentEntryProperty().get());
            syncing[0] = false;
        };
        showWallsEntry.run();
        vm.currentEntryProperty().addListener((o, a, entry) -> showWallsEntry.run());
        // After a load that failed or was cancelled at the unsaved-model question, show what the wall shows.
        vm.stateProperty().addListener((o, a, state) -> {
            if (state != ModelState.LOADING) showWallsEntry.run();
        });
        picker.valueProperty().addListener((o, a, chosen) -> {
            if (syncing[0] || chosen == null || chosen.equals(vm.currentEntryProperty().get())) return;
            vm.open(chosen);
            if (vm.stateProperty().get() != ModelState.LOADING) Platform.runLater(showWallsEntry);
        });
        picker.disableProperty().bind(vm.trainingProperty());
        return picker;
    }

    private Button openButton() {
        Button open = Messages.bind(new Button(), Messages.text("toolbar.open"));
        open.setTooltip(Messages.bind(new Tooltip(), Messages.text("toolbar.open.tip")));
        open.disableProperty().bind(vm.trainingProperty());
        open.setOnAction(e -> view.chooseAndOpenModel());
        return open;
    }

    private Button fitButton() {
        Button fit = Messages.bind(new Button(), Messages.text("toolbar.fit"));
        fit.setId("fitButton");
        fit.setTooltip(Messages.bind(new Tooltip(), Messages.text("toolbar.fit.tip")));
        fit.setOnAction(e -> {
            if (view.threeDToggle().isSelected() && view.wall3d() != null) view.wall3d().resetView();
            else view.wall().fitToData();
        });
        return fit;
    }

    private ToggleButton presenterToggle() {
        ToggleButton presenting = Messages.bind(new ToggleButton(), Messages.text("toolbar.presenter"));
        presenting.setId("presenterToggle");
        presenting.setTooltip(Messages.bind(new Tooltip(), Messages.text("toolbar.presenter.tip")));
        presenting.selectedProperty().bindBidirectional(view.presenterProperty());
        return presenting;
    }

    private ToggleButton followToggle() {
        ToggleButton follow = Messages.bind(new ToggleButton(), Messages.text("wall.follow"));
        follow.setId("followToggle");
        follow.setTooltip(Messages.bind(new Tooltip(), Messages.text("wall.follow.tip")));
        follow.selectedProperty().bindBidirectional(vm.followProperty());
        follow.visibleProperty().bind(vm.trainingProperty());
        follow.managedProperty().bind(vm.trainingProperty());
        return follow;
    }
}
