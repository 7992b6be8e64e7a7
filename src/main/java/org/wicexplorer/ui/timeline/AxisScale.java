package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * Maps days to horizontal pixels over a visible window: {@code toX(startDay()) == 0} and
 * {@code toX(endDay()) == width()}. Days are epoch days and fractional (day {@code d} covers {@code [d, d+1)}).
 * Every scale is strictly increasing, so {@code toDay} is its exact inverse, also outside the window.
 */
public interface AxisScale {

    double startDay();

    double endDay();

    double width();

    double toX(double epochDay);

    double toDay(double x);

    default double toX(LocalDate date) {
        return toX(date.toEpochDay());
    }

    /** Day ranges drawn narrower than their length (only a compressed scale has any). */
    default List<DayRange> gaps() {
        return List.of();
    }

    /** Whether the day lies in a compressed gap ({@code [start, end)}), where labels would be unreadable. */
    default boolean isInGap(double epochDay) {
        return false;
    }

    /** The first day at or after {@code epochDay} that is not inside a gap. */
    default double keptFrom(double epochDay) {
        return epochDay;
    }

    /** Pixels one day takes at that day (constant for a linear scale). */
    default double pixelsPerDay(double epochDay) {
        return toX(epochDay + 1) - toX(epochDay);
    }
}
