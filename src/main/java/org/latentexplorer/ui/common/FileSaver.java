package org.latentexplorer.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.latentexplorer.data.SafeFiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Saving a file from a tool: a save dialog, then the content prepared and written on a worker thread through
 * {@link SafeFiles} (temp file, then move), so the UI never waits and a failed save never leaves half a file.
 * A failure says which file it was.
 */
public final class FileSaver {
    /** How the save dialog is shown. Tests replace it to answer without a native dialog. */
    public static volatile BiFunction<Window, FileChooser, File> dialog = (owner, chooser) -> chooser.showSaveDialog(owner);

    private FileSaver() {}

    /**
     * Asks where to save a file of one type ({@code extension} without the dot, e.g. "png"); null if the user
     * cancelled. The extension is added when the name has none.
     */
    public static Path ask(Window owner, String title, String filterName, String extension, String initialName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*." + extension));
        chooser.setInitialFileName(initialName);
        if (lastFolder != null && lastFolder.toFile().isDirectory()) chooser.setInitialDirectory(lastFolder.toFile());
        File file = dialog.apply(owner, chooser);
        if (file == null) return null;
        Path path = file.toPath();
        String name = path.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) path = path.resolveSibling(name + "." + extension);
        lastFolder = path.toAbsolutePath().getParent();
        return path;
    }

    private static volatile Path lastFolder;

    /**
     * Prepares the content with {@code prepare} (rendering, which may be slow) and writes it to {@code file},
     * both on a worker. The future completes with the file, or fails with an {@link IOException} whose message
     * names the file and the reason.
     */
    public static CompletableFuture<Path> save(Path file, Callable<SafeFiles.Writer> prepare) {
        return UiTasks.background(() -> {
            try {
                SafeFiles.Writer writer = prepare.call();
                SafeFiles.write(file, writer);
                return file;
            } catch (Throwable e) {
                throw new IOException(Messages.get("save.failed", file.toAbsolutePath(), reason(e)), e);
            }
        });
    }

    /** The innermost useful message (SafeFiles already wraps with "could not write FILE"). */
    static String reason(Throwable e) {
        Throwable t = UiTasks.unwrap(e);
        while (t.getCause() != null && t.getCause() != t && t.getMessage() != null && t.getMessage().startsWith("could not write")) {
            t = t.getCause();
        }
        String keyed = ErrorMessages.problem(t);
        if (keyed != null) return keyed;
        if (t instanceof OutOfMemoryError) return Messages.get("save.outOfMemory");
        if (t instanceof java.nio.file.AccessDeniedException) return Messages.get("save.accessDenied");
        if (t instanceof java.nio.file.NoSuchFileException) return Messages.get("save.noSuchFolder");
        if (t instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
