package org.latentexplorer.ui.paths;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import java.util.List;

/**
 * The player of a path's frames: which frame is shown (with its cross-fade), and playing them forward and back
 * on the FX thread.
 */
final class FramePlayer {
    private final ObservableList<Image> frames = FXCollections.observableArrayList();
    private final ObservableList<Image> fades = FXCollections.observableArrayList();
    private final IntegerProperty frame = new SimpleIntegerProperty(this, "frame", 0);
    private final ReadOnlyObjectWrapper<Image> currentFrame = new ReadOnlyObjectWrapper<>(this, "currentFrame");
    private final ReadOnlyObjectWrapper<Image> currentFade = new ReadOnlyObjectWrapper<>(this, "currentFade");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final Timeline timeline = new Timeline();
    private final Runnable frameShown;
    private int direction = 1;

    /** {@code frameShown} runs whenever another frame is shown (the wall marks where its code lies). */
    FramePlayer(Runnable frameShown) {
        this.frameShown = frameShown;
        timeline.getKeyFrames().add(new KeyFrame(PathsViewModel.FRAME_TIME, e -> advance()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        playing.addListener((o, was, on) -> {
            if (on && frames.size() > 1) timeline.play();
            else {
                timeline.stop();
                if (on) playing.set(false);
            }
        });
        frame.addListener((o, x, y) -> showFrame());
    }

    ObservableList<Image> frames() { return frames; }
    ObservableList<Image> fades() { return fades; }
    IntegerProperty frameProperty() { return frame; }
    ReadOnlyObjectProperty<Image> currentFrameProperty() { return currentFrame.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<Image> currentFadeProperty() { return currentFade.getReadOnlyProperty(); }
    BooleanProperty playingProperty() { return playing; }

    /** New frames (and cross-fades, possibly none); the shown frame stays where it was if it still exists. */
    void show(List<Image> images, List<Image> fadeImages) {
        frames.setAll(images);
        fades.setAll(fadeImages);
        frame.set(Math.min(frame.get(), images.size() - 1));
        showFrame();
    }

    void clear() {
        playing.set(false);
        frames.clear();
        fades.clear();
        frame.set(0);
        currentFrame.set(null);
        currentFade.set(null);
    }

    private void advance() {
        int n = frames.size();
        if (n < 2) {
            playing.set(false);
            return;
        }
        int next = frame.get() + direction;
        if (next >= n || next < 0) {
            direction = -direction;
            next = frame.get() + direction;
        }
        frame.set(next);
    }

    private void showFrame() {
        int i = frame.get();
        currentFrame.set(i >= 0 && i < frames.size() ? frames.get(i) : null);
        currentFade.set(i >= 0 && i < fades.size() ? fades.get(i) : null);
        frameShown.run();
    }
}
