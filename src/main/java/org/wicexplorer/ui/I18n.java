package org.wicexplorer.ui;

import org.wicexplorer.data.Wording;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** All words of the user interface come from one bundle, complete in English and 简体中文. */
public final class I18n {
    private static final String BUNDLE = "org.wicexplorer.ui.messages";
    private static volatile Locale locale = "zh".equals(Locale.getDefault().getLanguage())
            ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    private static volatile ResourceBundle bundle = load(locale);

    static {
        Wording.useByDefault(language());
    }

    private I18n() {
    }

    public static void use(Locale wanted) {
        locale = "zh".equals(wanted.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        bundle = load(locale);
        Wording.useByDefault(language());
    }

    public static Locale locale() {
        return locale;
    }

    public static org.wicexplorer.model.Language language() {
        return org.wicexplorer.model.Language.of(locale);
    }

    /** English is the root bundle: asking for it by Locale.ROOT avoids falling back to the system locale. */
    private static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    public static String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "‹" + key + "›";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
