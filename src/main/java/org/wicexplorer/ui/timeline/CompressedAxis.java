package org.wicexplorer.ui.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A piecewise-linear warp of the day line into "axis units" that keeps chosen spans (the editions) at one unit
 * per day and squeezes every long stretch between them into a short gap. WIC data is bursty, two to four days a
 * year, so on a linear axis each edition is a sliver; here the editions sit side by side, readable.
 *
 * <p>Dates inside a gap keep their order and are spread evenly across it, so an item in a gap (say a milestone
 * in July) still lands in the right place relative to its neighbours. Outside the domain the warp runs at one
 * unit per day, like the editions, so the margins of a fitted view read at the same scale as the editions; it
 * stays strictly increasing and invertible everywhere.
 */
public final class CompressedAxis {

    private final double[] days;
    private final double[] units;
    private final List<DayRange> gaps;

    private CompressedAxis(double[] days, double[] units, List<DayRange> gaps) {
        this.days = days;
        this.units = units;
        this.gaps = List.copyOf(gaps);
    }

    /**
     * @param spans       the stretches to keep readable (need not be sorted; overlapping ones merge)
     * @param padDays     days kept on both sides of each span, so a mark does not touch its gap
     * @param gapUnits    how many units a gap is squeezed to; stretches shorter than this stay linear
     * @param domainStart first day the axis is meant to show (the stretch before the first span is a gap)
     * @param domainEnd   last day the axis is meant to show
     */
    public static CompressedAxis build(List<DayRange> spans, double padDays, double gapUnits,
                                       double domainStart, double domainEnd) {
        if (!(gapUnits > 0) || padDays < 0) {
            throw new IllegalArgumentException("gapUnits must be positive and padDays not negative");
        }
        List<DayRange> kept = merge(spans, padDays, gapUnits);
        if (kept.isEmpty()) {
            // Nothing to keep readable, so nothing to compress around: plain days.
            double end = domainEnd > domainStart ? domainEnd : domainStart + 1;
            return new CompressedAxis(new double[] {domainStart, end}, new double[] {0, end - domainStart}, List.of());
        }
        double d0 = Math.min(domainStart, kept.get(0).start());
        double d1 = Math.max(domainEnd, kept.get(kept.size() - 1).end());
        if (!(d1 > d0)) {
            d1 = d0 + 1;
        }
        List<double[]> knots = new ArrayList<>();
        List<DayRange> gaps = new ArrayList<>();
        double unit = 0;
        double cursor = d0;
        knots.add(new double[] {d0, 0});
        for (DayRange span : kept) {
            unit = addStretch(knots, gaps, cursor, span.start(), unit, gapUnits);
            unit += span.length();
            knots.add(new double[] {span.end(), unit});
            cursor = span.end();
        }
        addStretch(knots, gaps, cursor, d1, unit, gapUnits);
        double[] ds = new double[knots.size()];
        double[] us = new double[knots.size()];
        for (int i = 0; i < ds.length; i++) {
            ds[i] = knots.get(i)[0];
            us[i] = knots.get(i)[1];
        }
        return new CompressedAxis(ds, us, gaps);
    }

    /** A stretch between kept spans: linear when short, squeezed to {@code gapUnits} when long. */
    private static double addStretch(List<double[]> knots, List<DayRange> gaps, double from, double to,
                                     double unit, double gapUnits) {
        double length = to - from;
        if (length <= 0) {
            return unit;
        }
        if (length > gapUnits) {
            gaps.add(new DayRange(from, to));
            unit += gapUnits;
        } else {
            unit += length;
        }
        knots.add(new double[] {to, unit});
        return unit;
    }

    private static List<DayRange> merge(List<DayRange> spans, double padDays, double gapUnits) {
        List<DayRange> padded = new ArrayList<>();
        for (DayRange s : spans) {
            if (s.end() + padDays > s.start() - padDays) {
                padded.add(new DayRange(s.start() - padDays, s.end() + padDays));
            }
        }
        padded.sort(Comparator.comparingDouble(DayRange::start));
        List<DayRange> merged = new ArrayList<>();
        for (DayRange s : padded) {
            if (!merged.isEmpty()) {
                DayRange last = merged.get(merged.size() - 1);
                // A gap no longer than its squeezed width would not get narrower, so it stays part of the span.
                if (s.start() - last.end() <= gapUnits) {
                    merged.set(merged.size() - 1, new DayRange(last.start(), Math.max(last.end(), s.end())));
                    continue;
                }
            }
            merged.add(s);
        }
        return merged;
    }

    /** Position of a day on the warped axis. */
    public double toUnit(double day) {
        int n = days.length;
        if (day <= days[0]) {
            return units[0] + (day - days[0]);
        }
        if (day >= days[n - 1]) {
            return units[n - 1] + (day - days[n - 1]);
        }
        int i = segment(days, day);
        return units[i] + (day - days[i]) * slope(i);
    }

    /** The day at a position of the warped axis; the exact inverse of {@link #toUnit}. */
    public double toDay(double unit) {
        int n = units.length;
        if (unit <= units[0]) {
            return days[0] + (unit - units[0]);
        }
        if (unit >= units[n - 1]) {
            return days[n - 1] + (unit - units[n - 1]);
        }
        int i = segment(units, unit);
        return days[i] + (unit - units[i]) / slope(i);
    }

    /** The squeezed stretches, in day order. */
    public List<DayRange> gaps() {
        return gaps;
    }

    /** Whether the day lies in a squeezed stretch, {@code [gap start, gap end)}. */
    public boolean isInGap(double day) {
        return gapAt(day) != null;
    }

    /** The day itself, or the end of the gap it lies in. */
    public double keptFrom(double day) {
        DayRange g = gapAt(day);
        return g != null ? g.end() : day;
    }

    /** The gap with the greatest start at or before {@code day}, if {@code day} is before its end. */
    private DayRange gapAt(double day) {
        int lo = 0;
        int hi = gaps.size() - 1;
        DayRange found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (gaps.get(mid).start() <= day) {
                found = gaps.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && day < found.end() ? found : null;
    }

    private double slope(int segment) {
        return (units[segment + 1] - units[segment]) / (days[segment + 1] - days[segment]);
    }

    /** Index i with {@code knots[i] <= v < knots[i + 1]}, for v strictly inside the knot range. */
    private static int segment(double[] knots, double v) {
        int lo = 0;
        int hi = knots.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (knots[mid] <= v) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
