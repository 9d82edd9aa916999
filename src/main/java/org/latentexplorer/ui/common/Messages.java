package org.latentexplorer.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-visible string of the app, from {@code org/latentexplorer/ui/messages*.properties}. */
public final class Messages {
    private static final String BUNDLE = "org.latentexplorer.ui.messages";
    private static ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());

    private Messages() {}

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** For tests and a language switch. */
    public static void useLocale(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
