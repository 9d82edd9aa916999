package org.latentexplorer.model;

import java.util.Locale;

/** How the encoder and decoder are built. */
public enum Architecture {
    /** Fully connected layers ({@code hidden}), mirrored in the decoder. */
    DENSE,
    /** 3×3 convolutions ({@code convLayers}) then dense layers to the code; transposed convolutions back. */
    CONV,
    /** The image as a sequence of rows: LSTMs ({@code hidden}, then one of the code's size) to a code, the code
     *  repeated per row, LSTMs back and a dense layer per row. */
    LSTM,
    /** An encoder and a decoder trained elsewhere and imported as ONNX graphs (engine.onnx): run, never built
     *  or trained here; the spec holds only what the app needs around them (kind, code size, image size). */
    ONNX;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Architecture parse(String text) {
        return Choices.parse(Architecture.class, text, "architecture");
    }
}
