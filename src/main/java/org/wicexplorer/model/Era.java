package org.wicexplorer.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A span drawn behind the timeline. {@code end} is null while the era goes on. {@code startPrecision} and
 * {@code endPrecision} say whether each is a year, a month or a day (null: a day).
 */
public record Era(String id, LocalDate start, LocalDate end, Text label, List<String> sources,
                  DatePrecision startPrecision, DatePrecision endPrecision) {

    public Era {
        sources = ModelLists.copy(sources);
        startPrecision = DatePrecision.stored(startPrecision);
        endPrecision = DatePrecision.stored(endPrecision);
    }

    public Era(String id, LocalDate start, LocalDate end, Text label, List<String> sources) {
        this(id, start, end, label, sources, null, null);
    }

    public HistoricalDate startWhen() {
        return new HistoricalDate(start, startPrecision, null);
    }

    public HistoricalDate endWhen() {
        return end == null ? null : new HistoricalDate(end, endPrecision, null);
    }
}
