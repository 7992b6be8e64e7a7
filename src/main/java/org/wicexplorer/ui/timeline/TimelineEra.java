package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span drawn behind all lanes with its label, e.g. the 2020 forum year.
 *
 * @param end last day (inclusive), or null while the era goes on (it is then drawn up to {@code today})
 */
public record TimelineEra(String id, LocalDate start, LocalDate end, String label) {

    public TimelineEra {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("era " + id + " ends before it starts");
        }
        label = label == null ? "" : label;
    }

    /** Epoch day after the era's last day; an ongoing era runs through {@code today}. */
    public double endDayExclusive(LocalDate today) {
        LocalDate last = end != null ? end : (today.isBefore(start) ? start : today);
        return last.toEpochDay() + 1;
    }
}
