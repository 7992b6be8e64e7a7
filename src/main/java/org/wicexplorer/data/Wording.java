package org.wicexplorer.data;

import org.wicexplorer.model.Language;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The language of the problems the data layer reports (the dataset rules, the JSON reader, tour and user files),
 * so a person working in the 中文 interface reads them in Chinese. The words live in the interface's bundle
 * ({@code data.check.*}), so {@code MessagesTest} keeps both languages complete.
 *
 * <p>The language is the interface's ({@link #useByDefault}, set when the interface language is chosen), unless
 * the caller names one for the work it runs on this thread ({@link #with}): an import report in the window's
 * language, the command line in English. English when nothing was said.
 */
public final class Wording {
    private static final String BUNDLE = "org.wicexplorer.ui.messages";
    private static final ResourceBundle EN = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    private static final ResourceBundle ZH = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
    private static volatile Language byDefault = Language.EN;
    private static final ThreadLocal<Language> HERE = new ThreadLocal<>();

    private Wording() {
    }

    /** The interface language: problems found on any thread that did not name its own are worded in it. */
    public static void useByDefault(Language language) {
        byDefault = language == null ? Language.EN : language;
    }

    /** The language problems are worded in on this thread now. */
    public static Language current() {
        Language here = HERE.get();
        return here != null ? here : byDefault;
    }

    /** Runs {@code action} with problems worded in {@code language} on this thread. */
    public static <T, E extends Exception> T with(Language language, Action<T, E> action) throws E {
        Language before = HERE.get();
        HERE.set(language);
        try {
            return action.run();
        } finally {
            if (before == null) {
                HERE.remove();
            } else {
                HERE.set(before);
            }
        }
    }

    /** Work that may throw a checked exception. */
    @FunctionalInterface
    public interface Action<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * The problem {@code data.check.}{@code key} in the current language, with {@code args} written as they are
     * in the file ({@link String#valueOf}): a year or a count is 2019, not the locale's 2,019.
     */
    public static String t(String key, Object... args) {
        Language language = current();
        ResourceBundle bundle = language == Language.ZH ? ZH : EN;
        String pattern;
        try {
            pattern = bundle.getString("data.check." + key);
        } catch (MissingResourceException e) {
            return "‹data.check." + key + "›";
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
                .format(plain);
    }
}
