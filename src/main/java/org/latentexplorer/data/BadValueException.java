package org.latentexplorer.data;

/** A value given by the user (an option, a form field, a field of a file) that is refused, as a message key. */
public class BadValueException extends IllegalArgumentException implements Explained {
    private final String key;
    private final transient Object[] args;

    public BadValueException(String key, Object... args) {
        super(ErrorText.english(key, args));
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
