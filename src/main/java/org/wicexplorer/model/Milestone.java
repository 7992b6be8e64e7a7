package org.wicexplorer.model;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A dated event that is not an edition, e.g. WIC becoming an international organisation, or an event of an
 * imported timeline. {@code date} is the first day of the period {@code precision} names (null: a day);
 * {@code time} the time of day, if known; {@code end} the last day of a span (null: a single date);
 * {@code displayDate} how the source writes the date ("autumn 2019"), shown instead of the date;
 * {@code group} the lane an imported timeline put it in (null for the WIC's own milestones).
 */
public record Milestone(String id, LocalDate date, String edition, Text title, Fact summary,
                        DatePrecision precision, LocalTime time, LocalDate end, DatePrecision endPrecision,
                        String displayDate, String group) {

    public Milestone {
        precision = DatePrecision.stored(precision);
        endPrecision = DatePrecision.stored(endPrecision);
        if (displayDate != null && displayDate.isBlank()) {
            displayDate = null;
        }
        if (group != null && group.isBlank()) {
            group = null;
        }
    }

    /** A day-precise milestone of the WIC dataset. */
    public Milestone(String id, LocalDate date, String edition, Text title, Fact summary) {
        this(id, date, edition, title, summary, null, null, null, null, null, null);
    }

    /** The date as precisely as it is known. */
    public HistoricalDate when() {
        return new HistoricalDate(date, precision, time);
    }

    /** The end of a span, or null. */
    public HistoricalDate until() {
        return end == null ? null : new HistoricalDate(end, endPrecision, null);
    }

    /** The last day a span covers (the end of its last year or month), or the date's own last day. */
    public LocalDate lastDay() {
        HistoricalDate last = end != null ? until() : when();
        return switch (last.precision()) {
            case YEAR -> last.date().withDayOfYear(last.date().lengthOfYear());
            case MONTH -> last.date().withDayOfMonth(last.date().lengthOfMonth());
            case DAY -> last.date();
        };
    }

    /** Whether it came from an imported timeline (it has a group) rather than the WIC dataset. */
    public boolean fromImport() {
        return group != null;
    }
}
