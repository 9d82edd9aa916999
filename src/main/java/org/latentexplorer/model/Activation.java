package org.latentexplorer.model;

import java.util.Locale;

/** Hidden-layer nonlinearity. */
public enum Activation {
    RELU, TANH, SIGMOID, LINEAR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Activation parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
