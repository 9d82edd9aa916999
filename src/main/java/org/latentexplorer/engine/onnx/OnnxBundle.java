package org.latentexplorer.engine.onnx;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.latentexplorer.data.SafeFiles;
import org.latentexplorer.model.Architecture;
import org.latentexplorer.model.BundleLimits;
import org.latentexplorer.model.ModelBundle;
import org.latentexplorer.model.ModelFileException;
import org.latentexplorer.model.ModelSpec;
import org.latentexplorer.model.TrainingHistory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * An imported model on disk: the app's usual bundle zip, whose model.json has the spec (architecture "onnx")
 * and history with the dataset's provenance like any bundle, plus an {@code "onnx"} field naming the encoder's
 * outputs, beside the two graphs {@code encoder.onnx} and {@code decoder.onnx}. So it opens like any model.
 */
public final class OnnxBundle {
    static final String ENCODER_ENTRY = "encoder.onnx";
    static final String DECODER_ENTRY = "decoder.onnx";
    private static final String FIELD = "onnx";

    private OnnxBundle() {}

    /**
     * A read bundle; the two graphs' names for messages point into the bundle ("model.zip!/encoder.onnx").
     */
    public record Contents(ModelSpec spec, TrainingHistory history, OnnxLayout.Mapping mapping, int channels,
                           Path encoderName, byte[] encoder, Path decoderName, byte[] decoder) {}

    /** Whether {@code file} is an imported model's bundle (a quick look at the zip's directory). */
    public static boolean isOnnx(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(ENCODER_ENTRY) != null && zip.getEntry(DECODER_ENTRY) != null;
        } catch (IOException | RuntimeException e) {
            return false; // not a readable zip: the ordinary reader words the problem
        }
    }

    public static Contents read(Path file) throws IOException {
        Map<String, byte[]> entries = ModelBundle.entries(file,
                Map.of(ENCODER_ENTRY, BundleLimits.MAX_PARAMETERS_BYTES, DECODER_ENTRY, BundleLimits.MAX_PARAMETERS_BYTES));
        ModelBundle.Manifest manifest = ModelBundle.manifest(file, entries.get(ModelBundle.SPEC_ENTRY));
        if (manifest.spec().architecture() != Architecture.ONNX) {
            throw new ModelFileException(file, "model.json.range", "spec.architecture", manifest.spec().architecture().id(), Architecture.ONNX.id());
        }
        JsonElement section = manifest.root().get(FIELD);
        if (section == null || !section.isJsonObject()) throw new ModelFileException(file, "model.json.missing", FIELD, "an object");
        JsonObject o = section.getAsJsonObject();
        for (String entry : new String[] {ENCODER_ENTRY, DECODER_ENTRY}) {
            if (entries.get(entry) == null) throw new ModelFileException(file, "model.missingEntry", entry);
        }
        OnnxLayout.Mapping mapping = new OnnxLayout.Mapping(text(o, "mu"), text(o, "logvar"));
        int channels = o.has("channels") && o.get("channels").isJsonPrimitive() ? o.get("channels").getAsInt() : 1;
        if (channels < 1 || channels > 4) throw new ModelFileException(file, "model.json.range", "onnx.channels", channels, "1 to 4");
        return new Contents(manifest.spec(), manifest.history(), mapping, channels, inside(file, ENCODER_ENTRY), entries.get(ENCODER_ENTRY),
                inside(file, DECODER_ENTRY), entries.get(DECODER_ENTRY));
    }

    /** Writes the bundle (temp file, then moved into place). */
    public static void write(Path file, ModelSpec spec, TrainingHistory history, OnnxLayout layout, int channels,
                             byte[] encoder, byte[] decoder) throws IOException {
        JsonObject section = new JsonObject();
        section.addProperty("encoderInput", OnnxLayout.shape(layout.encoderInput()));
        section.addProperty("channels", channels);
        // Stored only for a VAE; an AE's single output needs no naming.
        if (layout.logVarOutput() != null) {
            section.addProperty("mu", layout.codeOutput());
            section.addProperty("logvar", layout.logVarOutput());
        }
        JsonObject extra = new JsonObject();
        extra.add(FIELD, section);
        byte[] json = ModelBundle.manifestJson(spec, history, extra);
        SafeFiles.write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                put(zip, ModelBundle.SPEC_ENTRY, json);
                put(zip, ENCODER_ENTRY, encoder);
                put(zip, DECODER_ENTRY, decoder);
            }
        });
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static Path inside(Path bundle, String entry) {
        return Path.of(bundle + "!/" + entry);
    }

    private static String text(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
