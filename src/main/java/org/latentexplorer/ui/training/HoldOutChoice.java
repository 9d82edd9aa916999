package org.latentexplorer.ui.training;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.latentexplorer.data.ImageDataset;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.UiTasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The form's "hold out a class" choice (as {@code train --hold-out-class}): the classes of the chosen dataset,
 * offered once it is read. A class chosen for another dataset is cleared: class K of one dataset is not class K
 * of another.
 */
final class HoldOutChoice {
    /** null (hold out nothing), then each class of the chosen dataset. */
    private final ObservableList<Integer> choices = FXCollections.observableArrayList((Integer) null);
    private final ObjectProperty<Integer> chosen = new SimpleObjectProperty<>(this, "holdOutClass");
    private List<String> classNames = List.of();

    /** Follows {@code dataset}, reading each dataset it names with {@code read}. */
    HoldOutChoice(ReadOnlyStringProperty dataset, Function<String, CompletableFuture<ImageDataset>> read) {
        dataset.addListener((o, old, name) -> offerClassesOf(name, dataset, read));
        offerClassesOf(dataset.get(), dataset, read);
    }

    ObservableList<Integer> choices() { return choices; }
    /** The class left out of the training split, or null for none. */
    ObjectProperty<Integer> chosenProperty() { return chosen; }

    /** The picker's text for a choice: the class name, or "none". */
    String text(Integer label) {
        if (label == null) return Messages.get("train.holdOut.none");
        return label < classNames.size() ? classNames.get(label) : Integer.toString(label);
    }

    private void offerClassesOf(String name, ReadOnlyStringProperty dataset, Function<String, CompletableFuture<ImageDataset>> read) {
        chosen.set(null);
        classNames = List.of();
        choices.setAll((Integer) null);
        if (name == null) return;
        UiTasks.onFx(read.apply(name), data -> {
            if (!name.equals(dataset.get())) return;
            classNames = data.classNames();
            List<Integer> all = new ArrayList<>();
            all.add(null);
            for (int k = 0; k < classNames.size(); k++) all.add(k);
            choices.setAll(all);
        }, error -> { /* Training this dataset reports the failure; until then nothing can be held out. */ });
    }
}
