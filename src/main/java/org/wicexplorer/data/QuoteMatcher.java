package org.wicexplorer.data;

import java.util.Optional;

/**
 * Finds a quote in a text the way the dataset promises: verbatim, except that any run of white space
 * matches any other. Returns the passage's range in the original text, so a reader can highlight it.
 */
public final class QuoteMatcher {
    private final String original;
    private final String normalised;
    /** For each character of {@link #normalised}, where it came from in {@link #original}. */
    private final int[] origin;

    public QuoteMatcher(String text) {
        this.original = text;
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!inSpace) {
                    map[out.length()] = i;
                    out.append(' ');
                }
                inSpace = true;
            } else {
                map[out.length()] = i;
                out.append(c);
                inSpace = false;
            }
        }
        this.normalised = out.toString();
        this.origin = map;
    }

    public static String normalise(String s) {
        return s.replaceAll("[\\s\\p{Zs}]+", " ").strip();
    }

    /** The range [start, end) of the first occurrence of the quote in the original text. */
    public Optional<Range> find(String quote) {
        String q = normalise(quote);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        int at = normalised.indexOf(q);
        if (at < 0) {
            return Optional.empty();
        }
        int last = at + q.length() - 1;
        return Optional.of(new Range(origin[at], origin[last] + 1));
    }

    public String text() {
        return original;
    }

    /** A half-open character range of a text. */
    public record Range(int start, int end) {
    }
}
