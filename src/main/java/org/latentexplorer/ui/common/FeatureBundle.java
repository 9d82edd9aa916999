package org.latentexplorer.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible text of one feature package, from its own {@code messages.properties} (e.g.
 * {@code org/latentexplorer/ui/terrain/messages.properties}), so tools do not share one bundle file.
 */
public final class FeatureBundle {
    private final ResourceBundle bundle;

    public FeatureBundle(String baseName) {
        bundle = ResourceBundle.getBundle(baseName, Locale.getDefault());
    }

    /** The text for {@code key}, formatted with {@code args} (MessageFormat); "!key!" if it is missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
