package org.wicexplorer.cite;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The citation styles the app offers, each a CSL style bundled with the app (ADR 0012): the Chicago
 * Manual of Style's notes and bibliography, APA 7, MLA 9 and China's national standard GB/T 7714-2015
 * in its numeric and author-date forms. The files come unchanged from the CSL project's style
 * repository and sit in {@code org/wicexplorer/cite/csl}.
 */
public enum CitationStyle {
    CHICAGO("chicago-notes-bibliography"),
    APA("apa"),
    MLA("modern-language-association"),
    GBT_7714_NUMERIC("china-national-standard-gb-t-7714-2015-numeric"),
    GBT_7714_AUTHOR_DATE("china-national-standard-gb-t-7714-2015-author-date");

    private final String cslName;

    CitationStyle(String cslName) {
        this.cslName = cslName;
    }

    /** The style's file name in the CSL repository, without {@code .csl}. */
    public String cslName() {
        return cslName;
    }

    /** The name settings store: {@code chicago}, {@code apa}, {@code gbt-7714-numeric}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CitationStyle> ofId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    /** The style a new user gets: Chicago in English, GB/T 7714 (numeric) in Chinese. */
    public static CitationStyle defaultFor(String language) {
        return "zh".equals(language) ? GBT_7714_NUMERIC : CHICAGO;
    }
}
