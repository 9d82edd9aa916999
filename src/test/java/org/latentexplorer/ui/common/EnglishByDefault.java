package org.latentexplorer.ui.common;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Locale;

/**
 * Every test starts in English, whatever the machine's locale: many UI tests find controls by their
 * English text. Registered for all tests through junit-platform.properties (extension autodetection); a
 * test that wants Chinese switches in its own set-up, which runs after this.
 */
public final class EnglishByDefault implements BeforeEachCallback {
    @Override
    public void beforeEach(ExtensionContext context) {
        Messages.useLocale(Locale.ENGLISH);
    }
}
