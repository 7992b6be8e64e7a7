package org.wicexplorer.model;

import java.time.LocalDate;
import java.util.List;

/**
 * When an edition ran. {@code end} is null when it is not known, and {@code endUnknown} says why;
 * {@code opening} is the opening ceremony when it differs from the first day.
 */
public record EditionDates(LocalDate start, LocalDate end, LocalDate opening, String endUnknown,
                           List<String> sources) {

    public EditionDates {
        sources = ModelLists.copy(sources);
    }

    public boolean isEndKnown() {
        return end != null;
    }

    /** The last day to draw: the end when known, otherwise the start. */
    public LocalDate lastKnownDay() {
        return end != null ? end : start;
    }

    public boolean contains(LocalDate day) {
        return start != null && !day.isBefore(start) && !day.isAfter(lastKnownDay());
    }
}
