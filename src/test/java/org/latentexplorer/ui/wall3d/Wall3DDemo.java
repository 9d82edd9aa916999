package org.latentexplorer.ui.wall3d;

import java.io.File;
import java.util.Random;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;

/**
 * Throw-away demo: random clustered points in the 3-D view.
 * {@code -Dwall3d.snapshot=/tmp/wall3d.png} saves a snapshot after two seconds and exits.
 */
public class Wall3DDemo {

    static float[][] clusters(int n, int classes, long seed, int[] labelsOut) {
        Random rnd = new Random(seed);
        float[][] centres = new float[classes][3];
        for (float[] c : centres) {
            for (int k = 0; k < 3; k++) c[k] = (float) (rnd.nextGaussian() * 1.6 + 0.4);
        }
        float[][] codes = new float[n][3];
        for (int i = 0; i < n; i++) {
            int label = i % classes;
            labelsOut[i] = label;
            for (int k = 0; k < 3; k++) codes[i][k] = centres[label][k] + (float) (rnd.nextGaussian() * 0.35);
        }
        return codes;
    }

    /** The JavaFX application (kept separate so {@code main} runs from a plain class path). */
    public static class App extends Application {
    @Override
    public void start(Stage stage) {
        int n = Integer.getInteger("wall3d.n", 10_000);
        int[] labels = new int[n];
        float[][] codes = clusters(n, 10, 7, labels);

        Wall3DView view = new Wall3DView();
        long t0 = System.nanoTime();
        view.setPoints(codes, labels);
        System.out.printf("setPoints(%d): %.1f ms%n", n, (System.nanoTime() - t0) / 1e6);
        view.setSelected(8);
        view.setProbe(1.0, 0.5, -0.5);
        view.setOnPointClicked(i -> System.out.println("clicked " + i));
        view.setOnProbeMoved(p -> System.out.printf("probe %.3f %.3f %.3f%n", p[0], p[1], p[2]));

        stage.setTitle("Wall3DView demo");
        stage.setScene(new Scene(view, 1200, 800));
        stage.sizeToScene();
        stage.show();

        if (Boolean.getBoolean("wall3d.animate")) { // simulate epochs: move the points 4 times a second
            java.util.Random rnd = new java.util.Random(1);
            javafx.animation.Timeline epochs = new javafx.animation.Timeline(new javafx.animation.KeyFrame(Duration.millis(250), e -> {
                for (float[] c : codes) for (int k = 0; k < 3; k++) c[k] += (float) (rnd.nextGaussian() * 0.03);
                long t1 = System.nanoTime();
                view.setPoints(codes, labels);
                System.out.printf("setPoints(%d): %.1f ms%n", n, (System.nanoTime() - t1) / 1e6);
            }));
            epochs.setCycleCount(javafx.animation.Animation.INDEFINITE);
            epochs.play();
        }

        String out = System.getProperty("wall3d.snapshot");
        if (out != null) {
            PauseTransition wait = new PauseTransition(Duration.seconds(2));
            wait.setOnFinished(e -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", new File(out));
                    System.out.println("saved " + out);
                } catch (Exception ex) {
                    ex.printStackTrace();
                }
                Platform.exit();
            });
            wait.play();
        }
    }

    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
