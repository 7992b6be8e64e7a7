package org.wicexplorer.model;

import java.util.Locale;

/** The two languages the dataset and its sources are written in. */
public enum Language {
    EN, ZH;

    public static Language of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }
}
