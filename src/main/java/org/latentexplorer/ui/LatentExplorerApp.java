package org.latentexplorer.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.latentexplorer.engine.ModelService;
import org.latentexplorer.ui.common.Messages;
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
        StartupTimes.logWhenShown(stage);
        service = new ModelService();
        ExplorerViewModel explorer = new ExplorerViewModel(service);
        ExplorerView view = new ExplorerView(explorer, new TrainingViewModel(explorer));
        Tools.install(view, explorer);
        stage.setScene(createScene(view));
        stage.setTitle(Messages.get("app.title"));
        stage.show();
        var named = getParameters().getNamed();
        explorer.start(named.containsKey("model") ? java.nio.file.Path.of(named.get("model")) : null);
        explorer.whenShown(() -> applyStartupState(explorer, named));
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

    /** The styled scene around a view; shared with UI tests so they see what users see. */
    public static Scene createScene(javafx.scene.Parent root) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, 1400, 880);
        scene.getStylesheets().add(LatentExplorerApp.class.getResource("app.css").toExternalForm());
        return scene;
    }

    @Override
    public void stop() {
        if (service != null) service.close();
    }
}
