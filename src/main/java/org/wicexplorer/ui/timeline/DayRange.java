package org.wicexplorer.ui.timeline;

/**
 * A stretch of the day line in epoch days, {@code [start, end)}. Days are continuous: day {@code d} covers
 * {@code [d, d + 1)}, so 2014-11-19..21 is {@code [16393, 16396)}.
 */
public record DayRange(double start, double end) {

    public DayRange {
        if (!(end >= start)) {
            throw new IllegalArgumentException("range ends before it starts: " + start + ".." + end);
        }
    }

    public double length() {
        return end - start;
    }

    public boolean contains(double day) {
        return day >= start && day < end;
    }
}
