package org.latentexplorer.data;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The English text of the app's error keys, for the CLI, logs and exception messages. */
public final class ErrorText {
    /** The bundle of error keys; the UI loads it for its own locale. */
    public static final String BUNDLE = "org.latentexplorer.data.errors";
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

    private ErrorText() {}

    public static String english(String key, Object... args) {
        return format(ENGLISH, key, args);
    }

    /** {@code key} rendered from {@code bundle}; an unknown key shows itself, so a gap is visible, not silent. */
    public static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
