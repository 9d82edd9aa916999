package org.latentexplorer.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The `import` command's bundle is accepted by the other commands, with PyTorch's codes. */
class ImportCliTest {
    private static final Path FIXTURES = Path.of("src/test/resources/onnx");

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void anImportedModelEncodesEvaluatesAndDecodesThroughTheOtherCommands(@TempDir Path dir) throws IOException {
        Path bundle = dir.resolve("course-ae.zip");
        Result imported = run("import", "--encoder", FIXTURES.resolve("ae-encoder.onnx").toString(),
                "--decoder", FIXTURES.resolve("ae-decoder.onnx").toString(), "--dataset", "mnist", "--out", bundle.toString());
        assertEquals(0, imported.exit(), imported.err());
        JsonObject line = JsonParser.parseString(imported.out().strip()).getAsJsonObject();
        assertEquals("ae", line.get("kind").getAsString());
        assertEquals(3, line.get("latent").getAsInt());
        assertEquals("N×784", line.get("encoder_input").getAsString());

        Path csv = dir.resolve("codes.csv");
        Result encoded = run("encode", "--model", bundle.toString(), "--out", csv.toString());
        assertEquals(0, encoded.exit(), encoded.err());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        JsonArray expected = JsonParser.parseString(Files.readString(FIXTURES.resolve("reference.json"))).getAsJsonObject()
                .getAsJsonObject("ae").getAsJsonArray("codes");
        for (int i = 0; i < 64; i++) {
            String[] cells = rows.get(i + 1).split(","); // after the header: index,label,z0,z1,z2,error
            for (int j = 0; j < 3; j++) {
                assertEquals(expected.get(i * 3 + j).getAsDouble(), Double.parseDouble(cells[2 + j]), 1e-4, "image " + i + " z" + j);
            }
        }

        Result evaluated = run("evaluate", "--model", bundle.toString());
        assertEquals(0, evaluated.exit(), evaluated.err());
        JsonObject eval = JsonParser.parseString(evaluated.out().strip()).getAsJsonObject();
        double mse = eval.get("test_mse").getAsDouble();
        assertTrue(mse > 0 && mse < 0.1, "test_mse " + mse);

        Path png = dir.resolve("z.png");
        Result decoded = run("decode", "--model", bundle.toString(), "--z", "0,0,0", "--out", png.toString());
        assertEquals(0, decoded.exit(), decoded.err());
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void aMismatchedDecoderIsRefusedNamingIt(@TempDir Path dir) {
        Path decoder = FIXTURES.resolve("vae-decoder.onnx");
        Result r = run("import", "--encoder", FIXTURES.resolve("ae-encoder.onnx").toString(), "--decoder", decoder.toString(),
                "--dataset", "mnist", "--out", dir.resolve("x.zip").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(decoder.toString()) && r.err().contains("N×2") && r.err().contains("N×3"), r.err());
    }
}
