package org.wicexplorer.cite;

import org.wicexplorer.model.Citation;
import org.wicexplorer.text.TextRange;

import java.util.List;

/**
 * A passage of a seed document that the dataset quotes: its range in the clean text, the passage as
 * the reader shows it, the citations quoting exactly this range, and every statement resting on them.
 */
public record CitedPassage(String seed, TextRange range, String text, List<Citation> citations, List<FactUse> uses) {

    public CitedPassage {
        citations = List.copyOf(citations);
        uses = List.copyOf(uses);
    }
}
