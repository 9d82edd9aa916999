package org.latentexplorer;

import org.latentexplorer.app.Logging;
import org.latentexplorer.cli.Cli;
import org.latentexplorer.engine.MxnetNatives;
import org.latentexplorer.engine.ThreadSettings;

/**
 * Entry point of the jar: no arguments opens the app (so a double-click works), {@code open --model=FILE
 * [--probe=x,y] [--select=INDEX]} opens it on a given model and state (for slides); any other command runs headless.
 * Not a JavaFX Application subclass, so the fat jar starts without the module path.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Logging.start();
        ThreadSettings.apply();
        MxnetNatives.prepare();
        if (args.length == 0 || args[0].equals("open")) {
            org.latentexplorer.ui.LatentExplorerApp.launchApp(args.length == 0 ? args : java.util.Arrays.copyOfRange(args, 1, args.length));
        } else {
            System.exit(Cli.run(args));
        }
    }
}
