package org.latentexplorer.engine.onnx;

import org.junit.jupiter.api.Test;
import org.latentexplorer.data.BadFileException;
import org.latentexplorer.model.ModelKind;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shapes and output names an imported pair is judged by, without running a graph. */
class OnnxLayoutTest {
    private static final Path ENC = Path.of("enc.onnx"), DEC = Path.of("dec.onnx");
    private static final OnnxLayout.Images MNIST = new OnnxLayout.Images("mnist", 1, 28, 28);

    private static OnnxLayout.Port port(String name, long... shape) {
        return new OnnxLayout.Port(name, shape, "FLOAT");
    }

    private static OnnxLayout layout(OnnxLayout.Port in, List<OnnxLayout.Port> outs, OnnxLayout.Mapping mapping) throws BadFileException {
        int d = (int) outs.get(0).shape()[1];
        return OnnxLayout.of(ENC, List.of(in), outs, DEC, List.of(port("z", -1, d)), List.of(port("x", -1, 784)), mapping, MNIST);
    }

    @Test
    void kerasLayoutsOfOneChannelImagesAreFedAsDeclaredWithTheBatchFilledIn() throws BadFileException {
        assertArrayEquals(new long[] {-1, 28, 28, 1}, layout(port("x", -1, 28, 28, 1), List.of(port("z", -1, 2)), null).encoderInput());
        assertArrayEquals(new long[] {-1, 28, 28}, layout(port("x", -1, 28, 28), List.of(port("z", -1, 2)), null).encoderInput());
        assertArrayEquals(new long[] {1, 1, 28, 28}, layout(port("x", 1, -1, -1, -1), List.of(port("z", 1, 2)), null).encoderInput());
        assertEquals(1, OnnxLayout.batchLimit(new long[] {1, 784}, 2000));
        assertEquals(2000, OnnxLayout.batchLimit(new long[] {-1, 784}, 2000));
    }

    @Test
    void imagesOfAnotherSizeOrChannelCountAreRefusedWithBothShapes() {
        BadFileException e = assertThrows(BadFileException.class, () -> layout(port("x", -1, 3, 32, 32), List.of(port("z", -1, 2)), null));
        assertEquals("onnx.encoder.input", e.key());
        assertEquals("N×3×32×32", e.args()[0]);
        assertEquals(784, e.args()[2]);
        assertEquals(ENC, e.file());
    }

    @Test
    void twoOutputsAreMuAndLogVarByTheirNamesOrAsMappedAndOtherwiseRefused() throws BadFileException {
        OnnxLayout byName = layout(port("x", -1, 784), List.of(port("z_log_var", -1, 2), port("z_mean", -1, 2)), null);
        assertEquals(ModelKind.VAE, byName.kind());
        assertEquals("z_mean", byName.codeOutput());
        assertEquals("z_log_var", byName.logVarOutput());

        // Keras' VAE example: z_mean, z_log_var and a sampled z.
        OnnxLayout keras = layout(port("x", -1, 784), List.of(port("z_mean", -1, 2), port("z_log_var", -1, 2), port("z", -1, 2)), null);
        assertEquals("z_mean", keras.codeOutput());
        assertEquals("z_log_var", keras.logVarOutput());

        List<OnnxLayout.Port> unnamed = List.of(port("output_0", -1, 2), port("output_1", -1, 2));
        BadFileException e = assertThrows(BadFileException.class, () -> layout(port("x", -1, 784), unnamed, null));
        assertEquals("onnx.encoder.outputs", e.key());
        OnnxLayout mapped = layout(port("x", -1, 784), unnamed, new OnnxLayout.Mapping("output_1", "output_0"));
        assertEquals("output_1", mapped.codeOutput());
        BadFileException missing = assertThrows(BadFileException.class,
                () -> layout(port("x", -1, 784), unnamed, new OnnxLayout.Mapping("mu", "output_0")));
        assertEquals("onnx.encoder.noOutput", missing.key());
    }

    @Test
    void nonFloatInputsAreRefused() {
        BadFileException e = assertThrows(BadFileException.class, () -> OnnxLayout.of(ENC, List.of(new OnnxLayout.Port("x", new long[] {-1, 784}, "UINT8")),
                List.of(port("z", -1, 2)), DEC, List.of(port("z", -1, 2)), List.of(port("x", -1, 784)), null, MNIST));
        assertEquals("onnx.notFloat", e.key());
    }
}
