package org.latentexplorer.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/** Keyboard shortcuts of tools: scene accelerators, added once the tool's view is in a scene. */
public final class ToolShortcuts {
    private ToolShortcuts() {}

    /** Runs {@code action} when {@code combo} is pressed anywhere in the window that shows {@code node}. */
    public static void add(Node node, KeyCombination combo, Runnable action) {
        if (node.getScene() != null) {
            put(node.getScene(), combo, action);
            return;
        }
        node.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene == null) return;
                node.sceneProperty().removeListener(this);
                put(scene, combo, action);
            }
        });
    }

    private static void put(Scene scene, KeyCombination combo, Runnable action) {
        scene.getAccelerators().put(combo, action);
    }
}
