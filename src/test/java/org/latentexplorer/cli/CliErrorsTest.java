package org.latentexplorer.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.latentexplorer.data.Assets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad invocations: one line saying what is wrong (plus a --help hint for usage errors), nothing written. */
class CliErrorsTest {
    @TempDir static Path dir;

    static List<String> errLines(CliTest.Result r) {
        return r.err().lines().filter(l -> !l.isBlank()).toList();
    }

    /** Runs {@code args} ("MODEL" and "OUT" replaced), expecting a refusal that says {@code says} and writes nothing. */
    static CliTest.Result refused(String args, String says) throws Exception {
        Path out = dir.resolve("out-" + Math.abs(args.hashCode()) + ".png");
        List<String> list = new ArrayList<>();
        for (String a : args.split(" ")) {
            list.add(a.replace("MODEL", Assets.modelsDir().resolve("mnist-vae-2d.zip").toString()).replace("OUT", out.toString())
                    .replace("DIR", dir.toString()));
        }
        CliTest.Result r = CliTest.run(list.toArray(String[]::new));
        List<String> lines = errLines(r);
        assertTrue(r.exit() != 0, "should fail: " + args);
        assertTrue(lines.size() >= 1 && lines.size() <= 2, "one line (and a hint): " + r.err());
        assertTrue(lines.get(0).contains(says), "should say '" + says + "': " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("Usage:"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        assertFalse(Files.exists(out), "nothing written");
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "decode --model MODEL --z NaN,NaN --out OUT; --z: values must be finite",
            "decode --model MODEL --z Infinity,0 --out OUT; --z: values must be finite",
            "decode --model MODEL --z 1e39,0 --out OUT; --z: values must be finite",
            "decode --model MODEL --z 1,2,3 --out OUT; --z has 3 values",
            "decode --model MODEL --z 0,0 --scale 0 --out OUT; --scale must be between 1 and 64",
            "decode --model MODEL --z 0,0 --scale -1 --out OUT; --scale must be between 1 and 64",
            "decode --model MODEL --z 0,0 --out DIR; is a folder",
            "train --latent 2 --epochs 1 --limit-train 0 --out OUT; --limit-train must be between 1",
            "train --latent 2 --epochs 1 --limit-train -1 --out OUT; --limit-train must be between 1",
            "train --latent 2 --epochs 1 --limit-test 0 --out OUT; --limit-test must be between 1",
            "train --latent 2 --epochs 1 --hidden 100000000 --out OUT; --hidden must be between 1 and 16384",
            "train --latent 2147483647 --epochs 1 --out OUT; --latent must be between 1 and 4096",
            "train --latent 2 --epochs 1 --activation swish --out OUT; allowed: relu, tanh, sigmoid, selu, leaky_relu, linear",
            "train --latent 2 --epochs 1 --model gan --out OUT; allowed: ae, vae, aae",
            "train --latent 2 --epochs 1 --out DIR/missing/m.zip; does not exist",
            "train --latent 2 --epochs 1 --out DIR; is a folder",
            "train --latent 2 --epochs 1 --lr NaN --out OUT; --lr must be a number above 0",
            "render --model MODEL --width 0 --out OUT; --width and --height must be 64..16384",
    })
    void badValuesAreRefusedInOneLineBeforeAnyWork(String args, String says) throws Exception {
        CliTest.Result r = refused(args, says);
        assertFalse(r.err().contains("training "), "refused before training: " + r.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "decode --model MODEL --z 0,0 --scale x --out OUT; decode; 'x' is not an int",
            "train --out OUT --bogus; train; Unknown option: '--bogus'",
            "decode --z 0,0; decode; Missing required options",
    })
    void usageErrorsGiveOneLineAndAHelpHintInsteadOfTheUsagePage(String args, String command, String says) throws Exception {
        CliTest.Result r = refused(args, says);
        assertEquals(2, r.exit());
        List<String> lines = errLines(r);
        assertEquals("see 'latent-explorer " + command + " --help'", lines.get(lines.size() - 1));
    }

    @org.junit.jupiter.api.Test
    void aTrainingRunThatDivergesInItsFirstEpochSaysSoInOneLineAndSavesNothing() {
        Path out = dir.resolve("diverged.zip");
        CliTest.Result r = CliTest.run("train", "--model", "ae", "--latent", "2", "--hidden", "32", "--epochs", "2", "--lr", "1e10",
                "--limit-train", "256", "--limit-test", "64", "--out", out.toString());
        assertEquals(1, r.exit(), r.err());
        List<String> lines = errLines(r).stream().filter(l -> !l.startsWith("training AE")).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith("latent-explorer train: training diverged"), lines.get(0));
        assertFalse(Files.exists(out), "a run with no good epoch saves nothing");
        assertTrue(r.out().isEmpty(), r.out());
    }
}
