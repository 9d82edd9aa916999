package org.latentexplorer.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.ui.common.AppPreferences;
import org.latentexplorer.ui.common.Messages;
import org.latentexplorer.ui.common.WindowPlacement;
import org.latentexplorer.ui.explorer.ExplorerView;
import org.latentexplorer.ui.explorer.ExplorerViewModel;
import org.latentexplorer.ui.tools.Tools;
import org.latentexplorer.ui.training.TrainingViewModel;

/** The desktop app: one window with the gallery wall, opened on the bundled MNIST VAE. */
public final class LatentExplorerApp extends Application {
    private ModelService service;

    public static void launchApp(String[] args) {
        Application.launch(LatentExplorerApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        org.latentexplorer.ui.crash.CrashDialog.install(stage);
        org.latentexplorer.ui.common.HostFolders.use(getHostServices());
        StartupTimes.logWhenShown(stage);
        AppPreferences prefs = AppPreferences.user();
        AppWindow.applyLanguage(prefs, getParameters().getNamed().get("lang"));
        // One task runner for the whole app: the engine's file reads and the tools' background work share it.
        service = new ModelService(new org.latentexplorer.engine.EngineThread(), org.latentexplorer.ui.common.UiTasks.runner());
        ExplorerViewModel explorer = new ExplorerViewModel(service);
        ExplorerView view = new ExplorerView(explorer, new TrainingViewModel(explorer));
        Tools.install(view, explorer);
        AppWindow.install(stage, view, explorer, prefs);
        double[] bounds = AppWindow.bounds(prefs);
        stage.setScene(createScene(view, bounds[2], bounds[3]));
        AppWindow.place(stage, bounds);
        stage.titleProperty().bind(Messages.text("app.title"));
        closeThroughLifecycle(stage, explorer, javafx.application.Platform::exit);
        stage.show();
        var named = getParameters().getNamed();
        explorer.start(AppWindow.startModel(named.get("model"), prefs));
        explorer.whenShown(() -> {
            applyStartupState(explorer, named);
            AppWindow.warnWithoutCjkFont(explorer);
        });
    }

    /** {@code --probe=x,y} and {@code --select=INDEX}: a reproducible opening state for slides and docs. */
    private static void applyStartupState(ExplorerViewModel explorer, java.util.Map<String, String> named) {
        try {
            if (named.containsKey("probe")) {
                String[] xy = named.get("probe").split(",");
                explorer.probe(Double.parseDouble(xy[0].trim()), Double.parseDouble(xy[1].trim()));
            }
            if (named.containsKey("select")) explorer.selectPoint(Integer.parseInt(named.get("select").trim()));
        } catch (RuntimeException e) {
            explorer.fail(new IllegalArgumentException(Messages.get("error.startupArgs", e.getMessage())));
        }
    }

    /**
     * Closing the window goes through the model's life cycle: a running training is cancelled, an unsaved model
     * asked about; then the window hides and {@code exit} runs. Shared with UI tests, which do not exit the toolkit.
     */
    public static void closeThroughLifecycle(Stage stage, ExplorerViewModel explorer, Runnable exit) {
        stage.setOnCloseRequest(e -> {
            e.consume();
            explorer.requestClose().thenAccept(close -> org.latentexplorer.ui.common.UiTasks.fx(() -> {
                if (!close) return;
                stage.hide();
                exit.run();
            }));
        });
    }

    /** The styled scene around a view; shared with UI tests so they see what users see. */
    public static Scene createScene(javafx.scene.Parent root) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return createScene(root, Math.min(WindowPlacement.PREFERRED_WIDTH, screen.getWidth()),
                Math.min(WindowPlacement.PREFERRED_HEIGHT, screen.getHeight()));
    }

    /** {@link #createScene(javafx.scene.Parent)} of a given size (the window's, or a test's small screen). */
    public static Scene createScene(javafx.scene.Parent root, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(LatentExplorerApp.class.getResource("app.css").toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (service != null) service.close();
    }
}
