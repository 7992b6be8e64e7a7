package org.wicexplorer.interchange;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.wicexplorer.data.Wording;
import org.wicexplorer.model.Language;

/**
 * The words of imports and exports, from the interface's own bundle (so both languages stay complete under
 * MessagesTest), for a language given by the caller: the window's for an import report, the export's own
 * for an exported file.
 */
public final class Words {
    private static final String BUNDLE = "org.wicexplorer.ui.messages";
    public static final Words EN = new Words(Language.EN);
    public static final Words ZH = new Words(Language.ZH);
    private final Language language;
    private final Locale locale;
    private final ResourceBundle bundle;

    private Words(Language language) {
        this.language = language;
        this.locale = language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    /**
     * The language of the import running on this thread: {@link Importer#plan} sets it for the readers it
     * calls, so that every problem they report is in the interface language, the dataset rules' among them
     * (they share {@link Wording}'s language); the interface language, or English, otherwise.
     */
    static Words current() {
        return of(Wording.current());
    }

    /** Runs {@code action} with {@code words} as {@link #current()}, for the readers and the dataset rules alike. */
    static <T, E extends Exception> T with(Words words, Wording.Action<T, E> action) throws E {
        return Wording.with(words.language(), action);
    }

    /** A problem message {@code data.err.}{@code key} in the current language. */
    static String err(String key, Object... args) {
        return current().t("err." + key, args);
    }

    public static Words of(Language language) {
        return language == Language.ZH ? ZH : EN;
    }

    public Language language() {
        return language;
    }

    /** The message {@code data.}{@code key}, formatted with {@code args}. */
    public String t(String key, Object... args) {
        String pattern = bundle.getString("data." + key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
