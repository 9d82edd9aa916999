package org.latentexplorer.ui.wall3d;

import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.wall.CubeMapping;

/**
 * The flat layer over the scene: the axis names at the axes' ends, the origin's "0" and the mouse hint. Text in
 * 3-D would blur and turn with the camera, so labels are 2-D and follow the projected points. Never takes the
 * mouse.
 */
final class AxisOverlay extends Pane {
    private final Label[] axisLabels = new Label[3];
    private final Label originLabel = new Label();
    private final Label hint = new Label();

    AxisOverlay(Messages.Bundle messages) {
        setMouseTransparent(true);
        setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        for (int i = 0; i < 3; i++) {
            axisLabels[i] = Messages.bind(new Label(), messages.text("axis." + i));
            axisLabels[i].getStyleClass().add("wall3d-axis-label");
            getChildren().add(axisLabels[i]);
        }
        Messages.bind(originLabel, messages.text("axis.origin"));
        originLabel.getStyleClass().addAll("wall3d-axis-label", "wall3d-origin-label");
        Messages.bind(hint, messages.text("view.hint"));
        hint.getStyleClass().add("wall3d-hint");
        getChildren().addAll(originLabel, hint);
    }

    /** Sizes the labels to their text (the overlay is unmanaged, so nobody else does). */
    void sizeLabels() {
        for (Node n : getChildren()) n.autosize();
    }

    /** Puts each axis name just past its axis' end, the "0" beside the origin, the hint at the bottom. */
    void place(CubeMapping map, CloudScene scene) {
        if (getWidth() <= 0) return;
        double pad = (CloudScene.AXIS_PAD + 0.07) * CubeMapping.HALF / map.scale();
        for (int k = 0; k < 3; k++) {
            double[] end = new double[3];
            end[k] = map.boxHi(k) + pad;
            placeLabel(axisLabels[k], CloudScene.at(map, end), scene);
        }
        placeLabel(originLabel, CloudScene.at(map, new double[3]).add(-2.5, 2.5, 0), scene);
        hint.relocate(8, getHeight() - hint.getHeight() - 6);
    }

    private void placeLabel(Label label, Point3D worldPoint, CloudScene scene) {
        Point3D s = scene.worldToScene(worldPoint);
        Point2D p = sceneToLocal(s.getX(), s.getY());
        if (p == null || !Double.isFinite(p.getX()) || !Double.isFinite(p.getY())) {
            label.setVisible(false);
            return;
        }
        label.setVisible(true);
        label.relocate(p.getX() - label.getWidth() / 2, p.getY() - label.getHeight() / 2);
    }
}
