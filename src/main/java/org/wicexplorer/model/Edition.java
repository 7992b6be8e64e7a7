package org.wicexplorer.model;

import java.util.List;

/** One edition of the conference: the 1st WIC (2014) to the 2026 Wuzhen Summit. */
public record Edition(String id, int year, Integer ordinal, EditionKind kind, Text label, Fact name,
                      EditionDates dates, Fact venue, Fact theme, Fact attendance, Fact sessions,
                      Fact summary, List<Fact> highlights, List<String> topics) {

    public Edition {
        highlights = ModelLists.copy(highlights);
        topics = ModelLists.copy(topics);
    }

    public boolean isNumbered() {
        return ordinal != null;
    }
}
