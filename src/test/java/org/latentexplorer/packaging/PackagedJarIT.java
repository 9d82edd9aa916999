package org.latentexplorer.packaging;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged {@code latent-explorer.jar} runs on its own, headless, as the README says: copied into an empty
 * folder, with an empty home folder (no unpacked assets, no MXNet natives in {@code ~/.djl.ai}) and no
 * {@code assets/} anywhere near it.
 */
class PackagedJarIT {
    private static final Path BUILT_JAR = Path.of(System.getProperty("build.dir", "target"), "latent-explorer.jar");

    @TempDir
    static Path sandbox;
    private static Path folder;
    private static Path home;

    private record Run(int exit, String out, String err) {}

    @BeforeAll
    static void copyTheJarIntoAnEmptyFolder() throws IOException {
        folder = Files.createDirectories(sandbox.resolve("desktop"));
        home = Files.createDirectories(sandbox.resolve("home"));
        Files.copy(BUILT_JAR, folder.resolve("latent-explorer.jar"));
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Duser.home=" + home, "-jar", "latent-explorer.jar"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        // Nothing from this machine's set-up may help the jar find its files.
        for (String name : List.of("XDG_CACHE_HOME", "XDG_STATE_HOME", "DJL_CACHE_DIR", "ENGINE_CACHE_DIR", "MXNET_LIBRARY_PATH")) {
            builder.environment().remove(name);
        }
        Process p = builder.start();
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
    void rendersAndEvaluatesABundledModelByNameWithNoAssetsFolderAround() throws Exception {
        assertFalse(Files.exists(folder.resolve("assets")));
        Run render = run("render", "--model", "mnist-vae-2d", "--width", "320", "--height", "240", "--out", "wall.png");
        assertEquals(0, render.exit(), render.err());
        BufferedImage image = ImageIO.read(folder.resolve("wall.png").toFile());
        assertEquals(320, image.getWidth());
        assertEquals(240, image.getHeight());
        assertTrue(distinctColours(image) > 20, "the wall shows thumbnails, not a blank canvas");

        Run evaluate = run("evaluate", "--model", "fashion-mnist-ae-2d");
        assertEquals(0, evaluate.exit(), evaluate.err());
        assertTrue(evaluate.out().contains("\"dataset\":\"fashion-mnist\""), evaluate.out());
        assertTrue(evaluate.out().contains("\"test_loss\""), evaluate.out());
        try (Stream<Path> unpacked = Files.list(home.resolve(".cache").resolve("latent-explorer"))) {
            assertEquals(1, unpacked.filter(p -> p.getFileName().toString().startsWith("assets-")).count(),
                    "the bundled assets are unpacked once and reused");
        }
        assertTrue(Files.isDirectory(home.resolve(".djl.ai").resolve("mxnet")), "MXNet's natives went to DJL's cache");
    }

    private static long distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) for (int x = 0; x < image.getWidth(); x += 3) colours.add(image.getRGB(x, y));
        return colours.size();
    }

    @Test
    void theJarCarriesNativesForLinuxWindowsAndIntelMacs() throws IOException {
        try (JarFile jar = new JarFile(BUILT_JAR.toFile())) {
            Properties lists = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("org/latentexplorer/engine/mxnet-natives.properties"))) {
                lists.load(in);
            }
            for (String platform : List.of("linux-x86_64", "win-x86_64", "osx-x86_64")) {
                String files = lists.getProperty(platform);
                assertNotNull(files, platform);
                for (String file : files.split(",")) assertNotNull(jar.getEntry("native/lib/" + file), platform + ": " + file);
            }
            assertNull(jar.getEntry("native/lib/mxnet.properties"), "no one platform's list may win the merge");
            for (String fx : List.of("libglass.so", "libprism_es2.so", "glass.dll", "prism_d3d.dll", "libglass.dylib", "libprism_es2.dylib")) {
                assertNotNull(jar.getEntry(fx), "JavaFX native " + fx);
            }
            assertNotNull(jar.getEntry("assets/models/mnist-vae-2d.zip"));
            assertNotNull(jar.getEntry("assets/datasets/fashion-mnist/test-images-idx3-ubyte.gz"));
        }
    }

    @Test
    void everyBundledLibraryIsNamedInTheThirdPartyNoticesInsideTheJar() throws IOException {
        String notices;
        try (JarFile jar = new JarFile(BUILT_JAR.toFile())) {
            assertNotNull(jar.getEntry("org/latentexplorer/LICENSE"));
            try (InputStream in = jar.getInputStream(jar.getEntry("org/latentexplorer/THIRD-PARTY-NOTICES.txt"))) {
                notices = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        List<String> libraries = Files.readAllLines(BUILT_JAR.resolveSibling("bundled-libraries.txt")).stream()
                .map(String::strip).filter(l -> l.split(":").length >= 5).toList();
        assertTrue(libraries.size() > 15, libraries.toString());
        for (String library : libraries) {
            String[] gav = library.split(":");
            String artifact = gav[1].startsWith("javafx-") ? "org.openjfx:javafx-*" : gav[0] + ":" + gav[1];
            assertTrue(notices.contains(artifact) || notices.contains(gav[0] + ":" + gav[1].replaceAll("-.*", "-*")),
                    "THIRD-PARTY-NOTICES.txt names " + library);
        }
        for (String dataset : List.of("MNIST", "Fashion-MNIST")) assertTrue(notices.contains(dataset), dataset);
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
