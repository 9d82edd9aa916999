package org.latentexplorer.ui.crash;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.latentexplorer.app.Logging;
import org.latentexplorer.ui.common.Messages;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reports an exception nobody caught, on any thread: it is logged, and a dialog says what happened, offers the
 * details to copy and names the log folder. The thread that threw keeps running where Java lets it (the FX
 * thread always does), so the app stays usable. While one report is open, later ones are only logged, so a
 * failure repeating every frame cannot bury the window in dialogs.
 */
public final class CrashDialog {
    private static final Logger LOG = Logger.getLogger(CrashDialog.class.getName());
    private static Alert showing;
    private static Window owner;

    private CrashDialog() {}

    /** Call once on the FX thread, e.g. first thing in {@code Application.start}. */
    public static void install(Window ownerWindow) {
        owner = ownerWindow;
        Thread.UncaughtExceptionHandler handler = CrashDialog::report;
        Thread.setDefaultUncaughtExceptionHandler(handler);
        Thread.currentThread().setUncaughtExceptionHandler(handler); // the FX thread may have its own already
    }

    static void report(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "uncaught exception on thread " + thread.getName(), error);
        Logging.flush();
        String details = details(thread, error);
        if (Platform.isFxApplicationThread()) show(error, details);
        else Platform.runLater(() -> show(error, details));
    }

    /** What to paste into a bug report: thread, versions and the stack trace (for developers, so not translated). */
    static String details(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return "thread=" + thread.getName() + "\njava=" + System.getProperty("java.version") + ' ' + System.getProperty("java.vendor")
                + "\nos=" + System.getProperty("os.name") + ' ' + System.getProperty("os.version") + ' ' + System.getProperty("os.arch")
                + "\n\n" + trace;
    }

    private static void show(Throwable error, String details) {
        if (showing != null) return;
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) alert.initOwner(owner);
        alert.setTitle(Messages.get("crash.title"));
        alert.setHeaderText(Messages.get("crash.header"));
        Path logs = Logging.logDir();
        alert.setContentText(Messages.get("crash.message", summary(error)) + "\n\n"
                + (logs != null ? Messages.get("crash.logFolder", logs) : Messages.get("crash.noLog")));
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setId("crash-details");
        area.getStyleClass().add("crash-details");
        alert.getDialogPane().setExpandableContent(area);
        ButtonType copy = new ButtonType(Messages.get("crash.copy"), ButtonBar.ButtonData.LEFT);
        // CANCEL_CLOSE: Esc and the window's close box dismiss it too.
        ButtonType close = new ButtonType(Messages.get("crash.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(copy, close);
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.setId("crash-copy");
        // Copying must not close the dialog, so the button's own action is consumed.
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(Messages.get("crash.copied"));
            e.consume();
        });
        alert.getDialogPane().setId("crash-dialog");
        alert.setOnHidden(e -> showing = null);
        showing = alert;
        alert.show(); // not showAndWait: that is refused during a layout pass or an animation
    }

    /** Closes an open report (tests); on the FX thread. */
    static void dismiss() {
        if (showing != null) showing.close();
    }

    /** The first line a user can make sense of: the exception's own message, else its kind. */
    static String summary(Throwable error) {
        Throwable t = error;
        while (t.getMessage() == null && t.getCause() != null) t = t.getCause();
        String kind = t.getClass().getSimpleName();
        return t.getMessage() == null ? kind : kind + ": " + t.getMessage();
    }
}
