package org.latentexplorer.ui.lessons;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.training.TrainingViewModel;

import java.util.List;

/**
 * Applies a lesson step's actions through the same commands a user's clicks use. A step that opens a model
 * runs its other actions once that model is on the wall; a newer step cancels what an older one still waits for.
 */
public final class LessonPlayer {
    private final ExplorerView view;
    private final ExplorerViewModel explorer;
    private final TrainingViewModel training;
    private int generation;
    /** The rest of a step that waits for its model, and that model's name (one listener, never removed). */
    private Runnable pending;
    private String pendingModel;

    public LessonPlayer(ExplorerView view, ExplorerViewModel explorer, TrainingViewModel training) {
        this.view = view;
        this.explorer = explorer;
        this.training = training;
        // One listener for the player's life: adding and removing listeners while the wall notifies is fragile.
        explorer.wallSceneProperty().addListener((o, was, now) -> {
            if (pending == null || now == null || !isOnWall(pendingModel)) return;
            Runnable rest = pending;
            pending = null;
            javafx.application.Platform.runLater(rest); // after this notification: the rest sets the wall scene again
        });
    }

    public void apply(Lesson.Step step) {
        int mine = ++generation;
        pending = null;
        run(step.actions(), 0, mine);
    }

    private void run(List<Lesson.Action> actions, int from, int mine) {
        for (int i = from; i < actions.size(); i++) {
            if (mine != generation) return;
            Lesson.Action a = actions.get(i);
            switch (a.name()) {
                case "open" -> {
                    String name = a.argument().getAsString();
                    if (!isOnWall(name)) {
                        explorer.models().stream().filter(m -> m.name().equals(name)).findFirst().ifPresent(explorer::open);
                        int next = i + 1;
                        pending = () -> run(actions, next, mine); // dropped if a newer step starts (generation)
                        pendingModel = name;
                        return;
                    }
                }
                case "select" -> explorer.selectPoint(a.argument().getAsInt());
                case "probe" -> explorer.probe(a.argument().getAsJsonArray().get(0).getAsDouble(),
                        a.argument().getAsJsonArray().get(1).getAsDouble());
                case "panel" -> showPanel(a.argument().getAsString());
                case "train" -> {
                    var o = a.argument().getAsJsonObject();
                    if (o.has("epochs")) training.epochsProperty().set(o.get("epochs").getAsInt());
                    showPanel("trainTab");
                    if (training.phaseProperty().get() != TrainingViewModel.Phase.RUNNING) training.start();
                }
                default -> throw new IllegalArgumentException("unknown lesson action " + a.name());
            }
        }
    }

    private boolean isOnWall(String name) {
        var entry = explorer.currentEntryProperty().get();
        return entry != null && entry.name().equals(name) && explorer.modelProperty().get() != null
                && explorer.wallSceneProperty().get() != null;
    }

    /** A side panel is shown as its button in the side column shows it (the button's id is the tab's + "Button"). */
    private void showPanel(String tabId) {
        Node button = view.lookup("#" + tabId + "Button");
        if (button instanceof ButtonBase b) b.fire();
    }
}
