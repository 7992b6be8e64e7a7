package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the time unit of the axis labels (years, then months, then days as one zooms in) and places them so
 * that no two labels overlap. Labels are measured with a caller-supplied function, so the maths runs without a
 * UI toolkit and the skin passes its real font metrics.
 *
 * <p>Besides the tick labels there is a context row: with day ticks it names the month ("Nov 2014"), with month
 * ticks the year. A context label sticks to the left edge while its period is partly scrolled out.
 *
 * <p>On a compressed scale, ticks inside a gap and labels that would reach into a gap are dropped: the gap
 * carries its own label (its length), and day labels squeezed into a gap would be noise.
 */
public final class AxisTicks {

    /** Label unit; the step says how many units lie between two ticks. */
    public enum Unit { DAY, MONTH, YEAR }

    /** A tick spacing, e.g. every 2 days, every quarter, every 5 years. */
    public record Step(Unit unit, int count) {
    }

    /**
     * @param date   the day the tick marks (its start)
     * @param x      the tick's position
     * @param labelX left edge of its label
     * @param width  measured label width
     */
    public record Tick(LocalDate date, double x, String label, double labelX, double width) {
        public double labelEnd() {
            return labelX + width;
        }
    }

    public record Result(Step step, List<Tick> ticks, List<Tick> context) {
    }

    /** All spacings, finest first. Day steps stay aligned to months (1, 8, 15, 22) so months read cleanly. */
    public static final List<Step> STEPS = List.of(
            new Step(Unit.DAY, 1), new Step(Unit.DAY, 2), new Step(Unit.DAY, 7),
            new Step(Unit.MONTH, 1), new Step(Unit.MONTH, 3), new Step(Unit.MONTH, 6),
            new Step(Unit.YEAR, 1), new Step(Unit.YEAR, 2), new Step(Unit.YEAR, 5), new Step(Unit.YEAR, 10),
            new Step(Unit.YEAR, 20), new Step(Unit.YEAR, 50), new Step(Unit.YEAR, 100), new Step(Unit.YEAR, 1000),
            // Deep time from imported timelines (issue 18): an axis over millions of years needs few ticks too.
            new Step(Unit.YEAR, 10_000), new Step(Unit.YEAR, 100_000), new Step(Unit.YEAR, 1_000_000),
            new Step(Unit.YEAR, 10_000_000), new Step(Unit.YEAR, 100_000_000));

    private final AxisScale scale;
    private final ToDoubleFunction<String> measure;
    private final double minGap;
    private final double pad;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter yearFormat;
    private final DateTimeFormatter monthYearFormat;
    private final double[][] gapXs;

    private AxisTicks(AxisScale scale, ToDoubleFunction<String> measure, double minGap, Locale locale) {
        this.scale = scale;
        this.measure = measure;
        this.minGap = minGap;
        this.pad = Math.max(2, minGap / 3);
        this.dayFormat = DateTimeFormatter.ofPattern("d", locale);
        this.monthFormat = DateTimeFormatter.ofPattern("LLL", locale);
        this.yearFormat = years(locale, false);
        this.monthYearFormat = years(locale, true);
        List<DayRange> gaps = scale.gaps();
        this.gapXs = new double[gaps.size()][];
        for (int i = 0; i < gaps.size(); i++) {
            gapXs[i] = new double[] {scale.toX(gaps.get(i).start()), scale.toX(gaps.get(i).end())};
        }
    }

    /**
     * Picks the finest step whose labels fit and lays out its ticks and context labels.
     *
     * @param measure label width in pixels for a text
     * @param minGap  the least free space between two labels, in pixels
     */
    public static Result choose(AxisScale scale, ToDoubleFunction<String> measure, double minGap, Locale locale) {
        return new AxisTicks(scale, measure, minGap, locale).choose();
    }

    /** The ticks one step would give, or null when their labels would overlap. */
    public static List<Tick> ticksFor(AxisScale scale, Step step, ToDoubleFunction<String> measure, double minGap,
                                      Locale locale) {
        return new AxisTicks(scale, measure, minGap, locale).ticks(step);
    }

    private Result choose() {
        Step chosen = null;
        List<Tick> chosenTicks = List.of();
        // From coarse to fine: finer steps only get denser, so the first overlap ends the search early, which also
        // bounds the work to about one screenful of candidate ticks.
        for (int i = STEPS.size() - 1; i >= 0; i--) {
            List<Tick> ticks = ticks(STEPS.get(i));
            if (ticks == null) {
                break;
            }
            chosen = STEPS.get(i);
            chosenTicks = ticks;
        }
        if (chosen == null) {
            chosen = STEPS.get(STEPS.size() - 1);
            chosenTicks = thin(allTicks(chosen));
        }
        return new Result(chosen, chosenTicks, context(chosen));
    }

    private List<Tick> ticks(Step step) {
        List<Tick> result = new ArrayList<>();
        double lastEnd = Double.NEGATIVE_INFINITY;
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(scale.startDay()));
        long lastDay = (long) Math.ceil(scale.endDay());
        for (LocalDate d = align(first, step); d.toEpochDay() <= lastDay; d = next(d, step)) {
            Tick t = tick(d, step);
            if (t == null) {
                continue;
            }
            if (t.labelX() < lastEnd + minGap) {
                return null;
            }
            result.add(t);
            lastEnd = t.labelEnd();
        }
        return result;
    }

    private List<Tick> allTicks(Step step) {
        List<Tick> result = new ArrayList<>();
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(scale.startDay()));
        long lastDay = (long) Math.ceil(scale.endDay());
        for (LocalDate d = align(first, step); d.toEpochDay() <= lastDay; d = next(d, step)) {
            Tick t = tick(d, step);
            if (t != null) {
                result.add(t);
            }
        }
        return result;
    }

    private List<Tick> thin(List<Tick> ticks) {
        List<Tick> result = new ArrayList<>();
        double lastEnd = Double.NEGATIVE_INFINITY;
        for (Tick t : ticks) {
            if (t.labelX() >= lastEnd + minGap) {
                result.add(t);
                lastEnd = t.labelEnd();
            }
        }
        return result;
    }

    /** "2014", "3000 BCE" (公元前3000): a year as historians write it, not ISO's −2999 (issue 18). */
    private static DateTimeFormatter years(Locale locale, boolean month) {
        boolean zh = "zh".equals(locale.getLanguage());
        java.time.format.DateTimeFormatterBuilder b = new java.time.format.DateTimeFormatterBuilder();
        if (month) {
            b.appendPattern("LLL ");
        }
        if (zh) {
            b.appendText(java.time.temporal.ChronoField.ERA, java.util.Map.of(0L, "公元前", 1L, ""));
        }
        b.appendValue(java.time.temporal.ChronoField.YEAR_OF_ERA);
        if (!zh) {
            b.appendText(java.time.temporal.ChronoField.ERA, java.util.Map.of(0L, " BCE", 1L, ""));
        }
        return b.toFormatter(locale);
    }

    private Tick tick(LocalDate d, Step step) {
        double day = d.toEpochDay();
        if (scale.isInGap(day)) {
            return null;
        }
        String label = switch (step.unit()) {
            case DAY -> dayFormat.format(d);
            case MONTH -> monthFormat.format(d);
            case YEAR -> yearFormat.format(d);
        };
        double width = measure.applyAsDouble(label);
        double x = scale.toX(day);
        double labelX = x + pad;
        if (step.unit() == Unit.DAY && step.count() == 1) {
            // Wide day cells read better with the number centred under the day.
            double cell = scale.toX(day + 1) - x;
            if (cell >= width + 2 * pad) {
                labelX = x + (cell - width) / 2;
            }
        }
        for (double[] g : gapXs) {
            if (labelX + width > g[0] && labelX < g[1]) {
                return null;
            }
        }
        return new Tick(d, x, label, labelX, width);
    }

    private List<Tick> context(Step step) {
        if (step.unit() == Unit.YEAR) {
            return List.of();
        }
        boolean months = step.unit() == Unit.DAY;
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(scale.startDay()));
        LocalDate period = months ? first.withDayOfMonth(1) : first.withDayOfYear(1);
        List<Tick> placed = new ArrayList<>();
        while (period.toEpochDay() < scale.endDay()) {
            LocalDate nextPeriod = months ? period.plusMonths(1) : period.plusYears(1);
            double from = Math.max(period.toEpochDay(), scale.startDay());
            double kept = scale.keptFrom(from);
            if (kept < nextPeriod.toEpochDay() && kept < scale.endDay()) {
                String label = months ? monthYearFormat.format(period) : yearFormat.format(period);
                double width = measure.applyAsDouble(label);
                double x = scale.toX(kept);
                placed.add(new Tick(period, x, label, Math.max(x, 0) + pad, width));
            }
            period = nextPeriod;
        }
        // Right to left: a label that would run into the next one slides left (off screen if need be, like a
        // sticky header being pushed out); if even its own period start is too far right, it is dropped.
        List<Tick> result = new ArrayList<>();
        Tick right = null;
        for (int i = placed.size() - 1; i >= 0; i--) {
            Tick t = placed.get(i);
            if (right != null && t.labelEnd() + minGap > right.labelX()) {
                double slid = right.labelX() - minGap - t.width();
                if (slid < t.x() + pad && t.x() >= 0) {
                    continue;
                }
                t = new Tick(t.date(), t.x(), t.label(), slid, t.width());
            }
            result.add(0, t);
            right = t;
        }
        return result;
    }

    private static LocalDate align(LocalDate d, Step step) {
        return switch (step.unit()) {
            case DAY -> {
                LocalDate n = d;
                while (!isDayTick(n, step.count())) {
                    n = n.plusDays(1);
                }
                yield n;
            }
            case MONTH -> {
                LocalDate m = d.withDayOfMonth(1);
                if (m.isBefore(d)) {
                    m = m.plusMonths(1);
                }
                int offset = Math.floorMod(m.getMonthValue() - 1, step.count());
                yield offset == 0 ? m : m.plusMonths(step.count() - offset);
            }
            case YEAR -> {
                LocalDate y = d.withDayOfYear(1);
                if (y.isBefore(d)) {
                    y = y.plusYears(1);
                }
                // Round years as historians count them: 3000 BCE is ISO −2999 (there is no year 0), 2000 CE is 2000.
                if (y.getYear() <= 0) {
                    int bce = Math.floorMod(y.getYear() - 1, step.count());
                    LocalDate round = bce == 0 ? y : y.plusYears(step.count() - bce);
                    if (round.getYear() <= 0) {
                        yield round;
                    }
                    y = LocalDate.of(1, 1, 1);
                }
                int offset = Math.floorMod(y.getYear(), step.count());
                yield offset == 0 ? y : y.plusYears(step.count() - offset);
            }
        };
    }

    private static LocalDate next(LocalDate d, Step step) {
        return switch (step.unit()) {
            case DAY -> {
                LocalDate n = d.plusDays(1);
                while (!isDayTick(n, step.count())) {
                    n = n.plusDays(1);
                }
                yield n;
            }
            case MONTH -> d.plusMonths(step.count());
            case YEAR -> d.getYear() > 0 ? d.plusYears(step.count()) : align(d.plusYears(1), step);
        };
    }

    /** Day ticks follow the month: odd days with room before the next month, or 1, 8, 15 and 22. */
    private static boolean isDayTick(LocalDate d, int count) {
        int dom = d.getDayOfMonth();
        return switch (count) {
            case 1 -> true;
            case 2 -> dom % 2 == 1 && dom + 2 <= d.lengthOfMonth() + 1;
            default -> dom == 1 || dom == 8 || dom == 15 || dom == 22;
        };
    }
}
