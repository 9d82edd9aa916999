package org.latentexplorer.ui.common;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.util.StringConverter;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every user-visible string of the app, and the one language it is shown in. The app's own texts are in
 * {@code org/latentexplorer/ui/messages*.properties} (the static methods); each tool package keeps its texts in
 * its own bundle ({@link #bundle(String)}), so tools do not share one file. All bundles follow
 * {@link #localeProperty()}: {@link Bundle#text} bindings re-evaluate when it changes, so the language switches
 * without a restart.
 */
public final class Messages {
    /** The two languages the app ships; anything else falls back to English. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, CHINESE);

    private static final ObjectProperty<Locale> LOCALE = new SimpleObjectProperty<>(supported(Locale.getDefault()));
    private static final Bundle APP = new Bundle("org.latentexplorer.ui.messages");

    private Messages() {}

    /** The language the UI is shown in; set it to switch every bound text at once. */
    public static ObjectProperty<Locale> localeProperty() {
        return LOCALE;
    }

    public static Locale locale() {
        return LOCALE.get();
    }

    /** Switches the language (for the Language menu and for tests that look controls up by their text). */
    public static void useLocale(Locale locale) {
        Locale chosen = supported(locale);
        if (Platform.isFxApplicationThread()) {
            LOCALE.set(chosen);
            return;
        }
        // Bound texts belong to the scene graph: change them on the FX thread, if it runs (tests set up off it).
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                try {
                    LOCALE.set(chosen);
                } finally {
                    done.countDown();
                }
            });
        } catch (IllegalStateException toolkitNotStarted) {
            LOCALE.set(chosen);
            return;
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** zh* (any Chinese) → Simplified Chinese, everything else → English. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : Locale.ENGLISH;
    }

    /** The texts of one feature package, e.g. {@code org.latentexplorer.ui.terrain.messages}. */
    public static Bundle bundle(String baseName) {
        return new Bundle(baseName);
    }

    /** The app bundle's text for {@code key} in the current language. */
    public static String get(String key, Object... args) {
        return APP.get(key, args);
    }

    /** The app bundle's text for {@code key}, following the language. */
    public static StringBinding text(String key, Object... args) {
        return APP.text(key, args);
    }

    /** Binds a control's text to {@code text} and returns the control, so a view can write it in one expression. */
    public static <T extends Labeled> T bind(T control, ObservableValue<String> text) {
        control.textProperty().bind(text);
        return control;
    }

    public static Tooltip bind(Tooltip tip, ObservableValue<String> text) {
        tip.textProperty().bind(text);
        return tip;
    }

    public static <T extends MenuItem> T bind(T item, ObservableValue<String> text) {
        item.textProperty().bind(text);
        return item;
    }

    public static Tab bind(Tab tab, ObservableValue<String> text) {
        tab.textProperty().bind(text);
        return tab;
    }

    /**
     * Redraws a combo box's cells when the language changes: its converter and cells call {@link #get} while
     * they render, so they only need to be asked to render again (a fresh converter, and the cells refreshed).
     */
    public static <T> void relabelOnLanguageChange(ComboBox<T> box) {
        LOCALE.addListener((o, was, now) -> {
            StringConverter<T> current = box.getConverter();
            box.setConverter(new StringConverter<>() {
                @Override public String toString(T value) {
                    return current.toString(value);
                }

                @Override public T fromString(String text) {
                    return current.fromString(text);
                }
            });
            ListCell<T> button = box.getButtonCell();
            if (button != null) {
                int index = button.getIndex();
                button.updateIndex(-1);
                button.updateIndex(index);
            }
            if (box.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getPopupContent() instanceof ListView<?> list) {
                list.refresh();
            }
        });
    }

    /** A tooltip whose text follows the language. */
    public static Tooltip tooltip(ObservableValue<String> text) {
        return bind(new Tooltip(), text);
    }

    /** The strings of one bundle base name, looked up in the current language on every call. */
    public static final class Bundle {
        private final String baseName;

        private Bundle(String baseName) {
            this.baseName = baseName;
        }

        public String baseName() {
            return baseName;
        }

        /** The text for {@code key}, formatted with {@code args} (MessageFormat); "!key!" if it is missing. */
        public String get(String key, Object... args) {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, LOCALE.get());
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                return "!" + key + "!";
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, LOCALE.get()).format(values(args));
        }

        /**
         * The text for {@code key} as a binding that follows the language. Arguments that are observable
         * values are read at each evaluation and are dependencies too.
         */
        public StringBinding text(String key, Object... args) {
            List<Observable> deps = new ArrayList<>();
            deps.add(LOCALE);
            for (Object a : args) if (a instanceof Observable o) deps.add(o);
            return Bindings.createStringBinding(() -> get(key, args), deps.toArray(Observable[]::new));
        }

        private static Object[] values(Object[] args) {
            Object[] out = args.clone();
            for (int i = 0; i < out.length; i++) {
                if (out[i] instanceof ObservableValue<?> v) out[i] = v.getValue();
            }
            return out;
        }
    }
}
