package org.wicexplorer.model;

import java.util.Locale;

/** A short text in English and Chinese; either side may be missing. */
public record Text(String en, String zh) {

    public static Text of(String en, String zh) {
        return new Text(en, zh);
    }

    public boolean isEmpty() {
        return blank(en) && blank(zh);
    }

    /** The text in the wanted language, falling back to the other one. */
    public String in(Language language) {
        String first = language == Language.ZH ? zh : en;
        String second = language == Language.ZH ? en : zh;
        return blank(first) ? (blank(second) ? "" : second) : first;
    }

    public String in(Locale locale) {
        return in(Language.of(locale));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
