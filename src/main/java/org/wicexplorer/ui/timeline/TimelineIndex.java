package org.wicexplorer.ui.timeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of each lane sorted by start, with the arrays that let the skin find the items in a window by binary
 * search. Rebuilt only when the item list changes, so panning and zooming never sort.
 */
final class TimelineIndex {

    static final Comparator<TimelineItem<?>> ORDER = Comparator
            .comparing((TimelineItem<?> item) -> item.start()).thenComparing(item -> item.lastDay())
            .thenComparing(item -> item.id());

    private static final Lane EMPTY = new Lane(List.of());

    /** Each lane's items, in the order the lanes first occur among the items. */
    private final Map<TimelineLane, Lane> lanes = new LinkedHashMap<>();
    private final double minDay;
    private final double maxDay;

    TimelineIndex(Collection<TimelineItem<?>> items) {
        Map<TimelineLane, List<TimelineItem<?>>> byLane = new LinkedHashMap<>();
        double min = Double.NaN;
        double max = Double.NaN;
        for (TimelineItem<?> item : items) {
            byLane.computeIfAbsent(item.lane(), l -> new ArrayList<>()).add(item);
            min = Double.isNaN(min) ? item.startDay() : Math.min(min, item.startDay());
            max = Double.isNaN(max) ? item.endDayExclusive() : Math.max(max, item.endDayExclusive());
        }
        byLane.forEach((lane, list) -> lanes.put(lane, new Lane(list)));
        this.minDay = min;
        this.maxDay = max;
    }

    /** A lane's items; an empty lane for one that has none. */
    Lane lane(TimelineLane lane) {
        return lanes.getOrDefault(lane, EMPTY);
    }

    /** The lanes that have items, in the order they first occur. */
    List<TimelineLane> lanes() {
        return List.copyOf(lanes.keySet());
    }

    /** First day of the earliest item, NaN when there are no items. */
    double minDay() {
        return minDay;
    }

    /** Day after the last day of the latest-ending item, NaN when there are no items. */
    double maxDay() {
        return maxDay;
    }

    boolean isEmpty() {
        return Double.isNaN(minDay);
    }

    /** One lane's items in {@link #ORDER}. */
    static final class Lane {
        private final TimelineItem<?>[] items;
        private final double[] starts;
        private final double[] ends;
        /** Running maximum of the ends, non-decreasing, so "first item that may still be visible" is a search. */
        private final double[] maxEnds;

        Lane(List<TimelineItem<?>> list) {
            items = list.toArray(new TimelineItem<?>[0]);
            java.util.Arrays.sort(items, ORDER);
            starts = new double[items.length];
            ends = new double[items.length];
            maxEnds = new double[items.length];
            double running = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < items.length; i++) {
                starts[i] = items[i].startDay();
                ends[i] = items[i].endDayExclusive();
                running = Math.max(running, ends[i]);
                maxEnds[i] = running;
            }
        }

        int size() {
            return items.length;
        }

        TimelineItem<?> get(int i) {
            return items[i];
        }

        double start(int i) {
            return starts[i];
        }

        double end(int i) {
            return ends[i];
        }

        /** The latest end in the lane; only meaningful when the lane is not empty. */
        double maxEnd() {
            return maxEnds[maxEnds.length - 1];
        }

        /** The first index whose item, or an earlier one, still reaches past {@code day}. */
        int firstEndingAfter(double day) {
            int lo = 0;
            int hi = items.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (maxEnds[mid] > day) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** The first index whose item starts at or after {@code day}. */
        int firstStartingFrom(double day) {
            int lo = 0;
            int hi = items.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Index of an item equal to {@code item}, or -1. */
        int indexOf(TimelineItem<?> item) {
            int i = firstStartingFrom(item.startDay());
            for (; i < items.length && starts[i] == item.startDay(); i++) {
                if (items[i].equals(item)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
