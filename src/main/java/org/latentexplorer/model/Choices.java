package org.latentexplorer.model;

import org.latentexplorer.data.BadValueException;

import java.util.Locale;
import java.util.StringJoiner;

/** Parses an enum constant from its lower-case id; a refusal lists the allowed ids. */
public final class Choices {
    private Choices() {}

    /** {@code what} names the setting for the message ("activation", "loss"). */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) return e;
        }
        throw new BadValueException("value.choice", what, text, allowed(type));
    }

    /** The ids of {@code type}'s constants, comma-separated: "relu, tanh, sigmoid". */
    public static <E extends Enum<E>> String allowed(Class<E> type) {
        StringJoiner ids = new StringJoiner(", ");
        for (E e : type.getEnumConstants()) ids.add(e.name().toLowerCase(Locale.ROOT));
        return ids.toString();
    }
}
