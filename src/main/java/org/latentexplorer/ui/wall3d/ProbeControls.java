package org.latentexplorer.ui.wall3d;

import java.util.function.ObjDoubleConsumer;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.latentexplorer.ui.common.Messages;

/**
 * The strip below the scene: one slider per latent axis for the probe, its value, and Reset view. The sliders
 * show the probe; a user's move of one is reported as (axis, value), never a move made by {@link #show}.
 */
final class ProbeControls extends HBox {
    private final Messages.Bundle messages;
    private final Slider[] sliders = new Slider[3];
    private final Label[] values = new Label[3];
    private final Button reset = new Button();
    private boolean showing;

    ProbeControls(Messages.Bundle messages, ObjDoubleConsumer<Integer> axisMoved, Runnable resetView) {
        this.messages = messages;
        getStyleClass().add("wall3d-controls");
        getChildren().add(title());
        for (int i = 0; i < 3; i++) getChildren().add(axisGroup(i, axisMoved));
        getChildren().add(resetButton(resetView));
    }

    private Label title() {
        Label title = Messages.bind(new Label(), messages.text("probe.title"));
        title.getStyleClass().add("wall3d-probe-title");
        title.setTooltip(Messages.tooltip(messages.text("probe.tooltip")));
        return keepWhole(title);
    }

    private HBox axisGroup(int axis, ObjDoubleConsumer<Integer> axisMoved) {
        Label name = Messages.bind(new Label(), messages.text("axis." + axis));
        name.getStyleClass().add("wall3d-probe-axis");
        keepWhole(name);
        Slider s = new Slider(-1, 1, 0);
        s.getStyleClass().add("wall3d-probe-slider");
        // Bound, so a change of language reaches screen readers too.
        s.accessibleTextProperty().bind(messages.text("probe.slider.accessible", messages.get("axis." + axis)));
        s.setTooltip(Messages.tooltip(messages.text("probe.slider.tooltip", messages.get("axis." + axis))));
        HBox.setHgrow(s, Priority.ALWAYS);
        s.valueProperty().addListener((obs, old, v) -> {
            if (!showing) axisMoved.accept(axis, v.doubleValue());
        });
        Label value = new Label();
        value.getStyleClass().add("wall3d-probe-value");
        keepWhole(value);
        sliders[axis] = s;
        values[axis] = value;
        HBox group = new HBox(name, s, value);
        group.getStyleClass().add("wall3d-probe-group");
        HBox.setHgrow(group, Priority.ALWAYS);
        return group;
    }

    private Button resetButton(Runnable resetView) {
        reset.textProperty().bind(messages.text("view.reset"));
        reset.setTooltip(Messages.tooltip(messages.text("view.reset.tooltip")));
        reset.getStyleClass().add("wall3d-reset");
        reset.setOnAction(e -> resetView.run());
        return keepWhole(reset);
    }

    /** In a narrow window the sliders give way; words and numbers never shrink to "...". */
    private static <T extends Region> T keepWhole(T node) {
        node.setMinWidth(Region.USE_PREF_SIZE);
        return node;
    }

    /** Shows the probe {@code p} on sliders that span {@code min..max} per axis (widened to include the probe). */
    void show(double[] p, double[] min, double[] max) {
        showing = true;
        try {
            for (int k = 0; k < 3; k++) {
                Slider s = sliders[k];
                double lo = Math.min(min[k], p[k]), hi = Math.max(max[k], p[k]);
                s.setMin(lo);
                s.setMax(hi);
                s.setBlockIncrement((hi - lo) / 50);
                s.setValue(p[k]);
                values[k].setText(messages.get("probe.value", p[k]));
            }
        } finally {
            showing = false;
        }
    }

    Slider slider(int axis) {
        return sliders[axis];
    }

    Label valueLabel(int axis) {
        return values[axis];
    }
}
