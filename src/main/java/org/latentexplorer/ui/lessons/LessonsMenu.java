package org.latentexplorer.ui.lessons;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;

/** The Lessons menu: one item per bundled lesson; choosing one shows the lesson card over the wall at step 1. */
public final class LessonsMenu {
    private LessonsMenu() {}

    public static Menu create(ExplorerView view, ExplorerViewModel explorer) {
        Menu menu = Messages.bind(new Menu(), Messages.text("menu.lessons"));
        menu.setId("menuLessons");
        LessonPanel panel = new LessonPanel(new LessonPlayer(view, explorer, view.training()));
        view.centerPane().getChildren().add(panel);
        for (Lesson lesson : Lesson.bundled()) {
            MenuItem item = new MenuItem();
            item.setMnemonicParsing(false);
            item.textProperty().bind(Messages.localeProperty().map(l -> Lesson.in(lesson.title(), l)));
            item.setId("lesson-" + lesson.id());
            item.disableProperty().bind(explorer.trainingProperty());
            item.setOnAction(e -> panel.start(lesson));
            menu.getItems().add(item);
        }
        return menu;
    }
}
