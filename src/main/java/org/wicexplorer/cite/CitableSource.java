package org.wicexplorer.cite;

import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.SourceDocument;

import java.util.regex.Pattern;

/**
 * What a written citation needs to know about a source: its title (null when the source has none on
 * record), who published it, its date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null when
 * unknown) and where it is found: a web address, or for a source without one, its identifier or a
 * description of where the copy came from.
 */
public record CitableSource(String title, String publisher, String date, String locator) {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public CitableSource {
        title = blankToNull(title);
        publisher = blankToNull(publisher);
        date = date != null && DATE.matcher(date.strip()).matches() ? date.strip() : null;
        locator = blankToNull(locator);
    }

    /** A seed document: its title in its own language, since that is the title a reader will find. */
    public static CitableSource of(SourceDocument d) {
        return new CitableSource(d.title().in(d.language()), d.publisher(), d.date(), d.origin());
    }

    /** The source of a citation; a seed citation whose document is missing falls back to its id. */
    public static CitableSource of(Citation c, SeedLibrary seeds) {
        if (c.isSeed()) {
            return seeds.document(c.document()).map(CitableSource::of)
                    .orElse(new CitableSource(c.document(), null, null, null));
        }
        return new CitableSource(c.title(), c.publisher(), c.date(), c.url());
    }

    /**
     * The source's language as a CSL locale: {@code zh-CN} when its title (else its publisher) is
     * written in Chinese characters, {@code en-US} otherwise. GB/T 7714 uses it to write "等" or
     * "et al." and its own labels in the source's language.
     */
    public String language() {
        String text = title != null ? title : publisher;
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                ? "zh-CN" : "en-US";
    }

    /** True when the locator is an address a browser opens (not a placeholder identifier or a description). */
    public boolean isWebAddress() {
        return locator != null && (locator.startsWith("https://") || locator.startsWith("http://"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
