package org.latentexplorer.latent;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which class a model was trained without, read from its training settings ({@code train --hold-out-class K}
 * writes "…, class K held out of training"), so its reconstruction error can be scored as a detector of
 * that class.
 */
public final class HeldOutClass {
    private static final Pattern PATTERN = Pattern.compile("\\bclass (\\d+) held out of training\\b");

    private HeldOutClass() {}

    public static OptionalInt fromSettings(String settings) {
        if (settings == null) return OptionalInt.empty();
        Matcher m = PATTERN.matcher(settings);
        if (!m.find()) return OptionalInt.empty();
        try {
            return OptionalInt.of(Integer.parseInt(m.group(1)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
