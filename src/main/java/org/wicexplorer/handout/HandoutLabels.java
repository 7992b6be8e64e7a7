package org.wicexplorer.handout;

import org.wicexplorer.model.Language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The handout's words, from the interface's own bundle (so both languages stay complete under
 * MessagesTest), read for the handout's language rather than the window's.
 */
public final class HandoutLabels {
    private static final String BUNDLE = "org.wicexplorer.ui.messages";
    private final Locale locale;
    private final ResourceBundle bundle;

    public HandoutLabels(Language language) {
        this.locale = language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    public Locale locale() {
        return locale;
    }

    public String t(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
