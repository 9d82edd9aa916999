package org.latentexplorer.ui;

public final class LatentExplorerApp {
    public static void launchApp(String[] args) {
        throw new UnsupportedOperationException("UI not written yet");
    }
}
