package org.wicexplorer.search;

import org.wicexplorer.text.TextRange;

import java.util.List;

/**
 * A passage of a seed document, in the coordinates of its {@link org.wicexplorer.text.ReadableText}
 * clean text: the passage's range, the matches within it, and the heading of the section it is in
 * (null before the first heading).
 */
public record PassageTarget(String seed, TextRange passage, List<TextRange> highlights, String section)
        implements HitTarget {

    public PassageTarget {
        highlights = List.copyOf(highlights);
    }
}
