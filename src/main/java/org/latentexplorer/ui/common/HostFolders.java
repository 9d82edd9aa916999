package org.latentexplorer.ui.common;

import javafx.application.HostServices;

import java.nio.file.Path;

/** Opens a folder in the system's file manager (Help → Open log folder), through the app's host services. */
public final class HostFolders {
    private static HostServices host;

    private HostFolders() {}

    /** Set once by the app; without it (tests) nothing opens. */
    public static void use(HostServices services) {
        host = services;
    }

    /** Opens {@code folder}; false if it cannot be (no host services, no folder). */
    public static boolean open(Path folder) {
        if (host == null || folder == null) return false;
        host.showDocument(folder.toUri().toString());
        return true;
    }
}
