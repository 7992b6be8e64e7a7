package org.wicexplorer.search;

import org.wicexplorer.text.TextRange;

import java.util.List;

/**
 * The best-matching stretch of a hit's text. {@code offset} is where the snippet starts in the hit's
 * whole text (a passage, or a fact's text); {@code highlights} are the matches, relative to the snippet.
 */
public record Snippet(String text, int offset, List<TextRange> highlights) {

    public Snippet {
        highlights = List.copyOf(highlights);
    }

    /**
     * The one line of the snippet that holds its first match. A fact's text is its statements one per line
     * (name, theme, venue, topics…), so this is the statement that matched, not a run of indexed fields.
     */
    public Snippet lineOfFirstMatch() {
        if (highlights.isEmpty() || text.indexOf('\n') < 0) {
            return this;
        }
        int at = highlights.get(0).start();
        int from = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at == 0) {
            from = 0;
        }
        int to = text.indexOf('\n', at);
        if (to < 0) {
            to = text.length();
        }
        int start = from;
        int end = to;
        List<TextRange> kept = highlights.stream().filter(r -> r.start() >= start && r.end() <= end)
                .map(r -> r.shift(-start)).toList();
        return new Snippet(text.substring(from, to), offset + from, kept);
    }

    /** The snippet on one line: line breaks and tabs become spaces, so offsets stay valid. */
    public String oneLine() {
        return text.replaceAll("[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]", " ");
    }
}
