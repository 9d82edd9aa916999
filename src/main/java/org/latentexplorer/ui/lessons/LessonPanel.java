package org.latentexplorer.ui.lessons;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.latentexplorer.ui.common.Messages;

/**
 * The lesson card over the wall: the step's text in the current language, "step k of n", Back and Next.
 * Showing a step (forwards or back) applies its actions again, so every step can be replayed.
 */
public final class LessonPanel extends VBox {
    private final LessonPlayer player;
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>();
    private final IntegerProperty step = new SimpleIntegerProperty();
    private final Label title = new Label();
    private final Label text = new Label();
    private final Label counter = new Label();

    public LessonPanel(LessonPlayer player) {
        this.player = player;
        setId("lessonPanel");
        getStyleClass().add("lesson-panel");
        title.setId("lessonTitle");
        title.getStyleClass().add("lesson-title");
        text.setId("lessonText");
        text.getStyleClass().add("lesson-text");
        text.setWrapText(true);
        counter.setId("lessonCounter");
        Button back = Messages.bind(new Button(), Messages.text("lesson.back"));
        back.setId("lessonBack");
        back.disableProperty().bind(step.lessThanOrEqualTo(0));
        back.setOnAction(e -> show(step.get() - 1));
        Button next = Messages.bind(new Button(), Messages.text("lesson.next"));
        next.setId("lessonNext");
        next.setDefaultButton(false);
        next.setOnAction(e -> show(step.get() + 1));
        Button close = Messages.bind(new Button(), Messages.text("lesson.close"));
        close.setId("lessonClose");
        close.setOnAction(e -> setVisible(false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, counter, gap, close, back, next);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, text, buttons);
        StackPane.setAlignment(this, Pos.BOTTOM_LEFT);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setVisible(false);
        managedProperty().bind(visibleProperty());
        Messages.localeProperty().addListener((o, a, b) -> render());
        lesson.addListener((o, a, b) -> next.disableProperty().bind(step.greaterThanOrEqualTo(b == null ? 0 : b.steps().size() - 1)));
    }

    /** Starts {@code l} at its first step. */
    public void start(Lesson l) {
        lesson.set(l);
        setVisible(true);
        show(0);
    }

    /** Shows step {@code k} (0-based) and applies its state. */
    public void show(int k) {
        Lesson l = lesson.get();
        if (l == null || k < 0 || k >= l.steps().size()) return;
        step.set(k);
        render();
        player.apply(l.steps().get(k));
    }

    public ObjectProperty<Lesson> lessonProperty() { return lesson; }
    public IntegerProperty stepProperty() { return step; }

    private void render() {
        Lesson l = lesson.get();
        if (l == null) return;
        title.setText(Lesson.in(l.title(), Messages.locale()));
        text.setText(Lesson.in(l.steps().get(step.get()).text(), Messages.locale()));
        counter.setText(Messages.get("lesson.step", step.get() + 1, l.steps().size()));
    }
}
