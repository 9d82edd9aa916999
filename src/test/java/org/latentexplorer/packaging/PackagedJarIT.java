package org.latentexplorer.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged {@code latent-explorer.jar} runs on its own, headless, as the README says. */
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("build.dir", "target"), "latent-explorer.jar");

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "jar finished");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryCommand() throws Exception {
        Run r = run("--help");
        assertEquals(0, r.exit(), r.err());
        for (String cmd : List.of("train", "evaluate", "encode", "decode", "render")) assertTrue(r.out().contains(cmd), r.out());
    }

    @Test
    void trainsAndRendersHeadlessFromTheJarAlone(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("m.zip");
        Run train = run("train", "--dataset", "mnist", "--model", "ae", "--latent", "2", "--epochs", "1",
                "--limit-train", "800", "--limit-test", "200", "--out", model.toString());
        assertEquals(0, train.exit(), train.err());
        assertTrue(train.out().contains("\"test_loss\""), train.out());
        Path png = dir.resolve("wall.png");
        Run render = run("render", "--model", model.toString(), "--width", "400", "--height", "300", "--out", png.toString());
        assertEquals(0, render.exit(), render.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(400, image.getWidth());
        assertEquals(300, image.getHeight());
    }

    @Test
    void corruptModelFailsWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.zip");
        Files.writeString(bad, "this is not a zip");
        Run r = run("evaluate", "--model", bad.toString());
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("broken.zip"), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> l.contains("broken.zip")).count(), r.err());
    }
}
