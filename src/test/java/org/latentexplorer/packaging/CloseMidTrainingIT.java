package org.latentexplorer.packaging;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Closing the window while a model trains ends the process promptly: the run is cancelled within a batch and
 * the engine shut down, instead of computing on behind a hidden window. Runs the packaged jar in a real
 * window (Xvfb in CI), driven by {@link CloseMidTrainingDriver}.
 */
class CloseMidTrainingIT {
    private static final Path JAR = Path.of(System.getProperty("build.dir", "target"), "latent-explorer.jar");
    private static final Path TEST_CLASSES = Path.of(System.getProperty("build.dir", "target"), "test-classes");
    /** The bound: the process is gone 2 s after the answer. */
    private static final long EXIT_WITHIN_MS = 2000;

    @Test
    void closingMidTrainingEndsTheProcessWithinTwoSeconds() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dprism.order=sw", "-cp", JAR + java.io.File.pathSeparator + TEST_CLASSES,
                CloseMidTrainingDriver.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        long discardAt = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                log.append(line).append('\n');
                if (line.startsWith("DISCARD")) {
                    discardAt = System.nanoTime();
                    break;
                }
            }
            if (discardAt < 0) fail("the driver never closed the window:\n" + log);
            boolean exited = p.waitFor(30, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - discardAt) / 1_000_000;
            if (!exited) p.destroyForcibly();
            System.out.println("close mid-training: process exited " + ms + " ms after Discard");
            assertTrue(exited && ms <= EXIT_WITHIN_MS, "process lived " + ms + " ms after Discard\n" + log);
        } finally {
            p.destroyForcibly();
        }
    }
}
