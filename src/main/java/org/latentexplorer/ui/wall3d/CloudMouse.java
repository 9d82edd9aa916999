package org.latentexplorer.ui.wall3d;

import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;

/**
 * What the mouse does in the 3-D scene: left-drag rotates, the wheel zooms, right-, middle- or Shift+left-drag
 * pans, dragging the red probe moves it, and a still click reports what is under the cursor.
 */
final class CloudMouse {
    /** What the view does with the gestures that are about its data rather than the camera. */
    interface Target {
        /** The probe was dragged by a screen delta. */
        void dragProbe(double dx, double dy);

        /** A still primary click that did not land on the probe. */
        void clicked(PickResult pick, double screenX, double screenY);
    }

    private final CloudScene scene;
    private final Target target;
    private double lastX;
    private double lastY;
    private boolean draggingProbe;

    private CloudMouse(CloudScene scene, Target target) {
        this.scene = scene;
        this.target = target;
    }

    static void install(CloudScene scene, Target target) {
        new CloudMouse(scene, target).install();
    }

    private void install() {
        var sub = scene.subScene();
        sub.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        sub.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        sub.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> draggingProbe = false);
        sub.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        sub.addEventHandler(ScrollEvent.SCROLL, e -> {
            scene.zoom(e.getDeltaY());
            e.consume();
        });
    }

    private boolean onProbe(PickResult pr) {
        return pr != null && pr.getIntersectedNode() == scene.probeMarker();
    }

    private void pressed(MouseEvent e) {
        lastX = e.getScreenX();
        lastY = e.getScreenY();
        draggingProbe = e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() && onProbe(e.getPickResult());
    }

    private void dragged(MouseEvent e) {
        double dx = e.getScreenX() - lastX, dy = e.getScreenY() - lastY;
        lastX = e.getScreenX();
        lastY = e.getScreenY();
        if (draggingProbe) {
            target.dragProbe(dx, dy);
        } else if (e.isSecondaryButtonDown() || e.isMiddleButtonDown() || (e.isPrimaryButtonDown() && e.isShiftDown())) {
            scene.pan(dx, dy);
        } else if (e.isPrimaryButtonDown()) {
            scene.rotate(dx, dy);
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || onProbe(e.getPickResult())) return;
        target.clicked(e.getPickResult(), e.getScreenX(), e.getScreenY());
    }
}
