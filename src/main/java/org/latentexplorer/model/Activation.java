package org.latentexplorer.model;

import java.util.Locale;

/** A layer's nonlinearity. LEAKY_RELU uses slope 0.3 (Keras' default), as the course's conv recipe does. */
public enum Activation {
    RELU, TANH, SIGMOID, SELU, LEAKY_RELU, LINEAR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Activation parse(String text) {
        return Choices.parse(Activation.class, text, "activation");
    }
}
