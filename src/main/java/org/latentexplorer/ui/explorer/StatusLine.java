package org.latentexplorer.ui.explorer;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.latentexplorer.ui.common.Messages;

/** The status bar's state: a message, whether it is an error, and the progress of what is running. */
public final class StatusLine {
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper isError = new ReadOnlyBooleanWrapper(this, "isError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty isErrorProperty() { return isError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public DoubleProperty progressProperty() { return progress; }

    /** Something started; progress is indeterminate until told otherwise. */
    public void begin(String message) {
        set(message, false, true, -1);
    }

    public void done(String message) {
        set(message, false, false, 0);
    }

    /** @param reason the failure in the user's words (see {@link org.latentexplorer.ui.common.UiTasks#message}) */
    public void fail(String reason) {
        set(Messages.get("status.error", reason), true, false, 0);
    }

    private void set(String message, boolean error, boolean running, double value) {
        busy.set(running);
        progress.set(value);
        isError.set(error);
        text.set(message);
    }
}
