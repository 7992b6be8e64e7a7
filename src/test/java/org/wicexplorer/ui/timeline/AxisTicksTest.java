package org.wicexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class AxisTicksTest {

    /** A monospaced stand-in for font metrics: 7 px per character. */
    private static final ToDoubleFunction<String> MEASURE = s -> 7.0 * s.length();
    private static final double GAP = 8;
    private static final double WIDTH = 1200;
    private static final double START = LocalDate.of(2014, 1, 1).toEpochDay();

    private static AxisTicks.Result ticks(double days) {
        return AxisTicks.choose(new TimeScale(START, START + days, WIDTH), MEASURE, GAP, Locale.ENGLISH);
    }

    @Test
    void theUnitGoesFromYearsToMonthsToDaysAsOneZoomsIn() {
        assertEquals(AxisTicks.Unit.YEAR, ticks(365 * 60).step().unit());
        assertEquals(AxisTicks.Unit.MONTH, ticks(365 * 4).step().unit());
        assertEquals(AxisTicks.Unit.DAY, ticks(60).step().unit());
        assertEquals(new AxisTicks.Step(AxisTicks.Unit.DAY, 1), ticks(10).step());
    }

    @Test
    void labelsNeverOverlapAtAnyZoom() {
        for (double days = 1.5; days < 365 * 200; days *= 1.17) {
            AxisTicks.Result result = ticks(days);
            assertNoOverlap(result.ticks(), "ticks at " + days + " days");
            assertNoOverlap(result.context(), "context at " + days + " days");
            assertFalse(result.ticks().isEmpty(), "no tick at " + days + " days");
        }
    }

    @Test
    void theChosenStepIsTheFinestThatFits() {
        // At 4 years over 1200 px, quarters fit ("Jan" is 21 px, a quarter about 75 px) but months (25 px) do not.
        AxisTicks.Result result = ticks(365 * 4);
        assertEquals(new AxisTicks.Step(AxisTicks.Unit.MONTH, 3), result.step());
        assertEquals(null, AxisTicks.ticksFor(new TimeScale(START, START + 365 * 4, WIDTH),
                new AxisTicks.Step(AxisTicks.Unit.MONTH, 1), MEASURE, GAP, Locale.ENGLISH));
    }

    @Test
    void theContextRowNamesTheMonthOrTheYear() {
        AxisTicks.Result days = ticks(20);
        assertEquals("Jan 2014", days.context().get(0).label());
        AxisTicks.Result months = ticks(365 * 3);
        assertEquals(List.of("2014", "2015", "2016"),
                months.context().stream().map(AxisTicks.Tick::label).collect(Collectors.toList()));
        assertTrue(ticks(365 * 60).context().isEmpty());
    }

    @Test
    void aContextLabelSticksToTheLeftEdgeWhileItsPeriodIsPartlyVisible() {
        double midMonth = LocalDate.of(2014, 3, 15).toEpochDay();
        AxisTicks.Result result = AxisTicks.choose(new TimeScale(midMonth, midMonth + 40, WIDTH), MEASURE, GAP,
                Locale.ENGLISH);
        AxisTicks.Tick march = result.context().get(0);
        assertEquals("Mar 2014", march.label());
        assertTrue(march.labelX() >= 0 && march.labelX() < 10, "at the left edge: " + march.labelX());
    }

    @Test
    void onACompressedAxisNoLabelSitsInOrReachesIntoAGap() {
        List<DayRange> spans = TimelineSamples.editions().stream()
                .map(e -> new DayRange(e.startDay(), e.endDayExclusive())).collect(Collectors.toList());
        double end = LocalDate.of(2027, 1, 1).toEpochDay();
        CompressedAxis axis = CompressedAxis.build(spans, 1, 5, START, end);
        for (double width : new double[] {800, 1200, 3000, 9000}) {
            CompressedTimeScale scale = new CompressedTimeScale(axis, START, end, width);
            AxisTicks.Result result = AxisTicks.choose(scale, MEASURE, GAP, Locale.ENGLISH);
            assertNoOverlap(result.ticks(), "compressed ticks at " + width);
            assertNoOverlap(result.context(), "compressed context at " + width);
            assertFalse(result.ticks().isEmpty(), "editions get day ticks at " + width + " px");
            for (AxisTicks.Tick t : result.ticks()) {
                assertFalse(scale.isInGap(t.date().toEpochDay()), t + " is in a gap");
                for (DayRange gap : scale.gaps()) {
                    double g0 = scale.toX(gap.start());
                    double g1 = scale.toX(gap.end());
                    assertTrue(t.labelEnd() <= g0 || t.labelX() >= g1, t + " reaches into " + gap);
                }
            }
            // Given room, each edition's month is named even though every 1 January lies in a gap.
            List<String> context = result.context().stream().map(AxisTicks.Tick::label).collect(Collectors.toList());
            if (width >= 1200) {
                assertEquals(editions(), context.size(), context.toString());
                assertTrue(context.contains("Nov 2014") && context.contains("Sep 2021"), context.toString());
            }
        }
    }

    private static int editions() {
        return TimelineSamples.editions().size();
    }

    private static void assertNoOverlap(List<AxisTicks.Tick> ticks, String what) {
        for (int i = 1; i < ticks.size(); i++) {
            AxisTicks.Tick a = ticks.get(i - 1);
            AxisTicks.Tick b = ticks.get(i);
            assertTrue(a.labelEnd() + GAP <= b.labelX() + 1e-9, what + ": " + a + " overlaps " + b);
        }
    }
}
