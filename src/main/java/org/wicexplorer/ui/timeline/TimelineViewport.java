package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The window of a timeline and how it moves, without a toolkit: fit, zoom, pan, scroll-into-view, stepping
 * through a lane and moving to the neighbouring lane. {@link TimelineView} keeps one and answers its
 * {@link Content} questions from its properties; a test answers them from plain fields.
 *
 * <p>The window is in epoch days (start inclusive, end exclusive). All the maths is in axis units: days on the
 * linear axis, warped days on the compressed one, so "the same share of the screen" means the same in both.
 * The width is the time area's, in pixels, as the skin last laid it out.
 */
final class TimelineViewport {

    /** Days kept on each side of a compressed-around item. */
    static final double COMPRESSION_PAD_DAYS = 1;
    /** Width of a compressed gap, in days of a compressed-around item. */
    static final double COMPRESSION_GAP_UNITS = 5;
    /** The narrowest window, in axis units (days on the linear axis): about one day across the screen. */
    static final double MIN_WINDOW_UNITS = 1;

    /** What the viewport reads from its control (or a test), and the one thing it writes: the window. */
    interface Content {
        TimelineIndex index();

        /** The lanes top to bottom, shown or not. */
        List<TimelineLane> lanes();

        boolean isLaneShown(TimelineLane lane);

        /** Lanes "fit all" leaves out, e.g. an imported world history. */
        boolean isOutsideFit(TimelineLane lane);

        /** Whether the item is drawn at all: its lane is shown and the filter does not hide it. */
        boolean isDisplayed(TimelineItem<?> item);

        boolean passesFilter(TimelineItem<?> item);

        /** Whether the filter hides (rather than dims) what fails it, so fitting must look at each item. */
        boolean filterHides();

        List<TimelineEra> eras();

        LocalDate today();

        /** Whether the axis is compressed around {@link #compressAround()}. */
        boolean compressed();

        /** The lane whose items stay readable on the compressed axis; null for none. */
        TimelineLane compressAround();

        /** Font size in pixels: the last label needs about nine of them beyond its bar. */
        double em();

        double visibleStart();

        double visibleEnd();

        void setWindow(double startDay, double endDay);
    }

    private final Content content;
    private double left;
    private double width;
    private CompressedAxis compressedAxis;

    TimelineViewport(Content content) {
        this.content = content;
    }

    /** Where the time area is, in the control's coordinates; the skin reports it on every layout. */
    void setArea(double areaLeft, double areaWidth) {
        left = areaLeft;
        width = areaWidth;
    }

    double left() {
        return left;
    }

    /** The time area's width, or a stand-in before the first layout so the maths never divides by zero. */
    double width() {
        return width > 0 ? width : 1000;
    }

    /** Forgets the compressed axis: the items, the compressed lane or today changed. */
    void invalidate() {
        compressedAxis = null;
    }

    // -------------------------------------------------------------------------------------------- scale

    /** The scale of the current window over the time area. */
    AxisScale scale() {
        double start = content.visibleStart();
        double end = content.visibleEnd();
        if (!(end > start)) {
            double[] domain = domain();
            start = domain[0];
            end = domain[1];
        }
        CompressedAxis axis = activeCompressedAxis();
        return axis == null ? new TimeScale(start, end, width()) : new CompressedTimeScale(axis, start, end, width());
    }

    /** The warp when the axis is compressed and its lane has items to compress around; null otherwise. */
    CompressedAxis activeCompressedAxis() {
        TimelineLane around = content.compressAround();
        if (!content.compressed() || around == null) {
            return null;
        }
        TimelineIndex.Lane kept = content.index().lane(around);
        if (kept.size() == 0) {
            return null;
        }
        if (compressedAxis == null) {
            List<DayRange> spans = new ArrayList<>(kept.size());
            for (int i = 0; i < kept.size(); i++) {
                spans.add(new DayRange(kept.start(i), kept.end(i)));
            }
            double[] domain = domain();
            compressedAxis = CompressedAxis.build(spans, COMPRESSION_PAD_DAYS, COMPRESSION_GAP_UNITS,
                    domain[0], domain[1]);
        }
        return compressedAxis;
    }

    /** The (fractional) epoch day at x in the control's coordinates. */
    double dayAt(double x) {
        ensureWindow();
        return scale().toDay(x - left);
    }

    /** The x in the control's coordinates where a (fractional) epoch day is drawn. */
    double xForDay(double day) {
        ensureWindow();
        return left + scale().toX(day);
    }

    /** Jan 1 of the first item's year up to Jan 1 after the later of today's year and the last item. */
    double[] domain() {
        TimelineIndex idx = content.index();
        int todayYear = content.today().getYear();
        int first = idx.isEmpty() ? todayYear : LocalDate.ofEpochDay((long) idx.minDay()).getYear();
        int last = idx.isEmpty() ? todayYear
                : Math.max(todayYear, LocalDate.ofEpochDay((long) idx.maxDay() - 1).getYear());
        return new double[] {LocalDate.of(first, 1, 1).toEpochDay(), LocalDate.of(last + 1, 1, 1).toEpochDay()};
    }

    // ------------------------------------------------------------------------------------------- window

    /** Fits all when nothing has set the window yet. */
    void ensureWindow() {
        if (!(content.visibleEnd() > content.visibleStart())) {
            fit(false);
        }
    }

    /**
     * Shows every displayed item and era with a little margin; unless {@code everything}, apart from the lanes
     * outside the fit and the eras that begin before the items that are fitted. With nothing to show, all years
     * to today.
     */
    void fit(boolean everything) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        TimelineIndex idx = content.index();
        boolean scan = content.filterHides();
        boolean someOutside = false;
        for (TimelineLane lane : content.lanes()) {
            someOutside |= content.isOutsideFit(lane);
            TimelineIndex.Lane items = idx.lane(lane);
            if (!content.isLaneShown(lane) || items.size() == 0 || !everything && content.isOutsideFit(lane)) {
                continue;
            }
            if (!scan) {
                min = Math.min(min, items.start(0));
                max = Math.max(max, items.maxEnd());
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                if (content.passesFilter(items.get(i))) {
                    min = Math.min(min, items.start(i));
                    max = Math.max(max, items.end(i));
                }
            }
        }
        double firstItem = min;
        for (TimelineEra era : content.eras()) {
            if (!everything && someOutside && firstItem < Double.POSITIVE_INFINITY
                    && era.start().toEpochDay() < firstItem) {
                continue;
            }
            min = Math.min(min, era.start().toEpochDay());
            max = Math.max(max, era.endDayExclusive(content.today()));
        }
        if (!(max > min)) {
            showAllYears();
            return;
        }
        double u0 = unit(min);
        double u1 = unit(max);
        double pad = Math.max(0.5, (u1 - u0) * 0.03);
        // Text runs right of its mark, so the last item needs room for its label beyond its bar.
        double labelShare = Math.min(0.3, 9 * content.em() / width());
        double span = (u1 - u0 + 2 * pad) / (1 - labelShare);
        setWindowUnits(u0 - pad, u0 - pad + span, false);
    }

    /** From January of the first item's year to the end of today's year. */
    void showAllYears() {
        double[] domain = domain();
        content.setWindow(domain[0], domain[1]);
    }

    /** The item's days with a little room on both sides: an edition's programme at a glance. */
    void showItemDays(TimelineItem<?> item) {
        double length = item.endDayExclusive() - item.startDay();
        double pad = Math.max(0.5, length * 0.25);
        setWindowUnits(unit(item.startDay() - pad), unit(item.endDayExclusive() + pad), false);
    }

    /** Zooms by {@code factor} (above 1 shows less) keeping the date under {@code anchorX} in place. */
    void zoom(double factor, double anchorX) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            return;
        }
        ensureWindow();
        double fraction = clamp((anchorX - left) / width(), 0, 1);
        double u0 = unit(content.visibleStart());
        double u1 = unit(content.visibleEnd());
        double anchor = u0 + (u1 - u0) * fraction;
        double span = clampSpan((u1 - u0) / factor);
        double start = anchor - span * fraction;
        setWindowUnits(start, start + span, true);
    }

    /** Moves the content by {@code dx} pixels, as dragging does: positive shows earlier dates. */
    void panByPixels(double dx) {
        ensureWindow();
        double u0 = unit(content.visibleStart());
        double u1 = unit(content.visibleEnd());
        double du = -dx * (u1 - u0) / width();
        setWindowUnits(u0 + du, u1 + du, true);
    }

    /** Pans the least needed to bring the item fully into view (centres it if it is wider than the window). */
    void scrollIntoView(TimelineItem<?> item) {
        ensureWindow();
        double u0 = unit(content.visibleStart());
        double u1 = unit(content.visibleEnd());
        double span = u1 - u0;
        double margin = span * 0.08;
        double a = unit(item.startDay());
        double b = unit(item.endDayExclusive());
        double shift;
        if (b - a > span - 2 * margin) {
            shift = (a + b) / 2 - (u0 + u1) / 2;
        } else if (a < u0 + margin) {
            shift = a - (u0 + margin);
        } else if (b > u1 - margin) {
            shift = b - (u1 - margin);
        } else {
            return;
        }
        setWindowUnits(u0 + shift, u1 + shift, false);
    }

    /** Sets the window from axis units, keeping it a sensible size and, if asked, near the data. */
    private void setWindowUnits(double u0, double u1, boolean keepNearDomain) {
        double span = clampSpan(u1 - u0);
        double centre = (u0 + u1) / 2;
        double start = Math.abs((u1 - u0) - span) <= 1e-9 * span ? u0 : centre - span / 2;
        if (keepNearDomain) {
            // The window's centre stays over the domain, so the user cannot pan or zoom into empty centuries.
            double[] domain = domain();
            double lo = unit(domain[0]) - span / 2;
            double hi = unit(domain[1]) - span / 2;
            start = clamp(start, lo, hi);
        }
        content.setWindow(dayOfUnit(start), dayOfUnit(start + span));
    }

    private double clampSpan(double span) {
        double[] domain = domain();
        double max = Math.max(3 * (unit(domain[1]) - unit(domain[0])), 2 * MIN_WINDOW_UNITS);
        return clamp(span, MIN_WINDOW_UNITS, max);
    }

    private double unit(double day) {
        CompressedAxis axis = activeCompressedAxis();
        return axis == null ? day : axis.toUnit(day);
    }

    private double dayOfUnit(double unit) {
        CompressedAxis axis = activeCompressedAxis();
        return axis == null ? unit : axis.toDay(unit);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    // ---------------------------------------------------------------------------------------- selection

    /** The lane stepping starts in when nothing is selected: the first shown lane. */
    TimelineLane homeLane() {
        for (TimelineLane lane : content.lanes()) {
            if (content.isLaneShown(lane)) {
                return lane;
            }
        }
        return content.lanes().isEmpty() ? null : content.lanes().get(0);
    }

    /**
     * The displayed item after ({@code direction} +1) or before (-1) the selection in its lane; with nothing
     * selected, the first (last) one on screen in the home lane, else its first (last) one. Null if none.
     */
    TimelineItem<?> step(TimelineItem<?> selected, int direction) {
        TimelineLane lane = selected == null ? homeLane() : selected.lane();
        if (lane == null) {
            return null;
        }
        TimelineIndex.Lane marks = content.index().lane(lane);
        if (selected == null) {
            ensureWindow();
            // Nothing selected yet: start from what is on screen, which is where the user is looking.
            int from = direction > 0 ? marks.firstStartingFrom(content.visibleStart())
                    : marks.firstStartingFrom(content.visibleEnd()) - 1;
            TimelineItem<?> found = firstDisplayed(lane, from, direction);
            return found != null ? found : firstDisplayed(lane, direction > 0 ? 0 : marks.size() - 1, direction);
        }
        int at = marks.indexOf(selected);
        int from;
        if (at >= 0) {
            from = at + direction;
        } else {
            int i = marks.firstStartingFrom(selected.startDay());
            from = direction > 0 ? i : i - 1;
        }
        return firstDisplayed(lane, from, direction);
    }

    /** The first (direction +1) or last (-1) displayed item of the home lane. */
    TimelineItem<?> end(int direction) {
        TimelineLane lane = homeLane();
        if (lane == null) {
            return null;
        }
        return firstDisplayed(lane, direction > 0 ? 0 : content.index().lane(lane).size() - 1, direction);
    }

    /** The first displayed item from index {@code from} on in the given direction, or null. */
    TimelineItem<?> firstDisplayed(TimelineLane lane, int from, int direction) {
        TimelineIndex.Lane marks = content.index().lane(lane);
        for (int i = from; i >= 0 && i < marks.size(); i += direction) {
            if (content.isDisplayed(marks.get(i))) {
                return marks.get(i);
            }
        }
        return null;
    }

    /**
     * The displayed item nearest in time to the selection in the next shown lane below ({@code direction} +1) or
     * above (-1) that has one; null if none. With nothing selected, as {@link #step} forwards.
     */
    TimelineItem<?> neighbour(TimelineItem<?> selected, int direction) {
        if (selected == null) {
            return step(null, +1);
        }
        double day = (selected.startDay() + selected.endDayExclusive()) / 2;
        List<TimelineLane> lanes = content.lanes();
        int d = Integer.signum(direction);
        for (int l = lanes.indexOf(selected.lane()) + d; l >= 0 && l < lanes.size() && d != 0; l += d) {
            TimelineItem<?> nearest = nearestDisplayed(lanes.get(l), day);
            if (nearest != null) {
                return nearest;
            }
        }
        return null;
    }

    private TimelineItem<?> nearestDisplayed(TimelineLane lane, double day) {
        if (!content.isLaneShown(lane)) {
            return null;
        }
        TimelineIndex.Lane marks = content.index().lane(lane);
        TimelineItem<?> best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < marks.size(); i++) {
            TimelineItem<?> item = marks.get(i);
            double distance = Math.abs((item.startDay() + item.endDayExclusive()) / 2 - day);
            if (distance < bestDistance && content.isDisplayed(item)) {
                best = item;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** The displayed items of a lane in date order. */
    List<TimelineItem<?>> displayed(TimelineLane lane) {
        TimelineIndex.Lane marks = content.index().lane(lane);
        List<TimelineItem<?>> result = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            if (content.isDisplayed(marks.get(i))) {
                result.add(marks.get(i));
            }
        }
        return result;
    }
}
