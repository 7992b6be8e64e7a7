package org.wicexplorer.model;

import java.time.LocalDate;
import java.util.List;

/** A span drawn behind the timeline. {@code end} is null while the era goes on. */
public record Era(String id, LocalDate start, LocalDate end, Text label, List<String> sources) {

    public Era {
        sources = ModelLists.copy(sources);
    }
}
