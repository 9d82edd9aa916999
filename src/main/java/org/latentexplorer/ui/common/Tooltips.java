package org.latentexplorer.ui.common;

import javafx.scene.control.Tooltip;

/** Tooltips that explain at some length. */
public final class Tooltips {
    /** Wide enough for a sentence or two per line; a CSS rule does not reach the tooltip's popup, so it is set here. */
    private static final double MAX_WIDTH = 420;

    private Tooltips() {}

    /** A tooltip whose text wraps at {@link #MAX_WIDTH} instead of running off the screen. */
    public static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(MAX_WIDTH);
        return tip;
    }

    /** {@link #wrapped(String)} whose text follows the language. */
    public static Tooltip wrapped(javafx.beans.value.ObservableValue<String> text) {
        Tooltip tip = wrapped("");
        tip.textProperty().bind(text);
        return tip;
    }
}
