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

    /** The snippet on one line: line breaks and tabs become spaces, so offsets stay valid. */
    public String oneLine() {
        return text.replaceAll("[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]", " ");
    }
}
