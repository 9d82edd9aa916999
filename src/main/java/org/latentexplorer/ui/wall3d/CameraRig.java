package org.latentexplorer.ui.wall3d;

import javafx.scene.Group;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * The group the camera hangs on: a pan ({@link #pan}), then a yaw about the vertical axis, then a pitch, so the
 * view turns like a turntable around z1 however it is tilted. Written here rather than taken from FXyz3D: it is
 * the only piece of that library the view used, and this one line of transforms drops FXyz3D and the older
 * JavaFX artefacts it brings.
 */
final class CameraRig extends Group {
    final Translate pan = new Translate();
    final Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
    final Rotate pitch = new Rotate(0, Rotate.X_AXIS);

    CameraRig() {
        getTransforms().addAll(pan, yaw, pitch);
    }
}
