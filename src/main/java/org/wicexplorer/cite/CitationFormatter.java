package org.wicexplorer.cite;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a quote and its source as text to paste into notes or a paper: the quote in quotation marks
 * on the first line, the reference on the second. The access date is when the sources were
 * consulted (the dataset's compilation date), not today: the copy the quote was checked against is
 * that day's.
 */
public final class CitationFormatter {
    private final LocalDate accessed;

    public CitationFormatter(LocalDate accessed) {
        this.accessed = accessed;
    }

    /** The formatter for a dataset compiled on {@code compiled} (ISO date); today when it is not a date. */
    public static CitationFormatter compiledOn(String compiled) {
        try {
            return new CitationFormatter(LocalDate.parse(compiled));
        } catch (RuntimeException e) {
            return new CitationFormatter(LocalDate.now());
        }
    }

    public String format(CitableSource source, String quote, CitationStyle style) {
        String reference = switch (style) {
            case PLAIN -> plain(source);
            case CHICAGO -> chicago(source);
            case GBT_7714 -> gbt(source);
        };
        return quote == null || quote.isBlank() ? reference : "“" + quote.strip() + "”\n" + reference;
    }

    /** "Title. Publisher, 2014-11-20. https://… (accessed 2026-11-22)." */
    private String plain(CitableSource s) {
        List<String> parts = new ArrayList<>();
        if (s.title() != null) {
            parts.add(s.title() + ".");
        }
        String publisher = s.publisher() == null ? "" : s.publisher() + ", ";
        parts.add(publisher + (s.date() == null ? "undated" : s.date()) + ".");
        if (s.locator() != null) {
            parts.add(s.isWebAddress() ? s.locator() + " (accessed " + accessed + ")." : endWithPeriod(s.locator()));
        }
        return String.join(" ", parts);
    }

    /**
     * Chicago notes-bibliography, a note for a web page without a named author: "“Title,” Publisher,
     * Month D, YYYY, URL." An undated web page gives its access date instead; an undated source that is
     * not on the web says "n.d.".
     */
    private String chicago(CitableSource s) {
        List<String> parts = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        if (s.title() != null) {
            head.append('“').append(s.title()).append(",”");
        }
        if (s.publisher() != null) {
            head.append(head.length() > 0 ? " " : "").append(s.publisher());
        }
        String date = s.date() != null ? chicagoDate(s.date())
                : s.isWebAddress() ? "accessed " + chicagoDate(accessed.toString()) : "n.d.";
        if (s.locator() == null) {
            return (head.length() > 0 ? head + ", " : "") + endWithPeriod(date);
        }
        if (head.length() > 0) {
            parts.add(head.charAt(head.length() - 1) == '”' ? head.toString() : head + ",");
        }
        parts.add(date + ",");
        parts.add(endWithPeriod(s.locator()));
        return String.join(" ", parts);
    }

    /**
     * GB/T 7714-2015, an electronic resource: "Publisher. Title[EB/OL]. (date)[accessed]. URL." The
     * publisher stands as the responsible party; a source not on the web is type [Z] and has no
     * access date.
     */
    private String gbt(CitableSource s) {
        StringBuilder out = new StringBuilder();
        String type = s.isWebAddress() ? "[EB/OL]" : "[Z]";
        if (s.publisher() != null && s.title() != null) {
            out.append(endWithPeriod(s.publisher())).append(' ').append(s.title()).append(type);
        } else {
            out.append(s.title() != null ? s.title() : s.publisher() != null ? s.publisher() : "").append(type);
        }
        out.append(". ");
        if (s.date() != null) {
            out.append('(').append(s.date()).append(')');
        }
        if (s.isWebAddress()) {
            out.append('[').append(accessed).append(']');
        }
        if (s.date() != null || s.isWebAddress()) {
            out.append(". ");
        }
        if (s.locator() != null) {
            out.append(endWithPeriod(s.locator()));
        }
        return out.toString().strip();
    }

    /** "2014-11-20" → "November 20, 2014"; "2016-11" → "November 2016"; "2023" → "2023". */
    static String chicagoDate(String iso) {
        String[] p = iso.split("-");
        if (p.length == 1) {
            return p[0];
        }
        String month = java.time.Month.of(Integer.parseInt(p[1])).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return p.length == 2 ? month + " " + p[0] : month + " " + Integer.parseInt(p[2]) + ", " + p[0];
    }

    private static String endWithPeriod(String s) {
        return s.endsWith(".") || s.endsWith("。") ? s : s + ".";
    }
}
