package org.latentexplorer;

import org.latentexplorer.cli.Cli;

/**
 * Entry point of the jar: no arguments opens the app (so a double-click works); a command runs headless.
 * Not a JavaFX Application subclass, so the fat jar starts without the module path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            org.latentexplorer.ui.LatentExplorerApp.launchApp(args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
