package org.wicexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** The window's maths without a toolkit: a plain {@link TimelineViewport.Content} stands in for the control. */
class TimelineViewportTest {

    /** The control's answers as plain fields. */
    private static final class Fields implements TimelineViewport.Content {
        List<TimelineItem<?>> items = new ArrayList<>(TimelineSamples.all());
        List<TimelineLane> lanes = TimelineSamples.lanes();
        Set<TimelineLane> hidden = new HashSet<>();
        Set<TimelineLane> outsideFit = new HashSet<>();
        Predicate<TimelineItem<?>> filter;
        boolean hideFiltered;
        List<TimelineEra> eras = List.of();
        boolean compressed;
        TimelineLane compressAround = TimelineSamples.EDITION;
        double start = Double.NaN;
        double end = Double.NaN;
        private TimelineIndex index;

        @Override
        public TimelineIndex index() {
            if (index == null) {
                index = new TimelineIndex(items);
            }
            return index;
        }

        @Override
        public List<TimelineLane> lanes() {
            return lanes;
        }

        @Override
        public boolean isLaneShown(TimelineLane lane) {
            return !hidden.contains(lane);
        }

        @Override
        public boolean isOutsideFit(TimelineLane lane) {
            return outsideFit.contains(lane);
        }

        @Override
        public boolean isDisplayed(TimelineItem<?> item) {
            return !hidden.contains(item.lane()) && (!hideFiltered || passesFilter(item));
        }

        @Override
        public boolean passesFilter(TimelineItem<?> item) {
            return filter == null || filter.test(item);
        }

        @Override
        public boolean filterHides() {
            return hideFiltered && filter != null;
        }

        @Override
        public List<TimelineEra> eras() {
            return eras;
        }

        @Override
        public LocalDate today() {
            return TimelineSamples.TODAY;
        }

        @Override
        public boolean compressed() {
            return compressed;
        }

        @Override
        public TimelineLane compressAround() {
            return compressAround;
        }

        @Override
        public double em() {
            return 10;
        }

        @Override
        public double visibleStart() {
            return start;
        }

        @Override
        public double visibleEnd() {
            return end;
        }

        @Override
        public void setWindow(double startDay, double endDay) {
            start = startDay;
            end = endDay;
        }
    }

    private final Fields content = new Fields();
    private final TimelineViewport viewport = new TimelineViewport(content);

    {
        viewport.setArea(100, 1000);
    }

    private static double day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }

    @Test
    void fitShowsEveryItemWithRoomForTheLastLabel() {
        viewport.fit(false);
        assertTrue(content.start < day(2014, 11, 18), "the first item, the Amnesty statement, is in view");
        assertTrue(content.end > day(2026, 11, 4), "the last edition is in view");
        // 9 em of a 1000 px area is kept for the last label: 9 % of the window lies after the last item.
        double lastEnd = day(2026, 11, 4);
        assertTrue(content.end - lastEnd > 0.08 * (content.end - content.start));
    }

    @Test
    void fitLeavesOutLanesOutsideTheFitUnlessAskedForEverything() {
        TimelineItem<?> ancient = TimelineItem.of("old", TimelineSamples.IMPORTED, LocalDate.of(1900, 1, 1), null,
                "1900", "");
        content.items.add(ancient);
        content.outsideFit.add(TimelineSamples.IMPORTED);
        viewport.fit(false);
        assertTrue(content.start > day(2014, 1, 1));
        viewport.fit(true);
        assertTrue(content.start < day(1900, 1, 1));
    }

    @Test
    void withNothingToShowTheWindowIsTodaysYear() {
        content.items = List.of();
        viewport.fit(false);
        assertEquals(day(2026, 1, 1), content.start, 1e-9);
        assertEquals(day(2027, 1, 1), content.end, 1e-9);
    }

    @Test
    void zoomKeepsTheDayUnderTheAnchor() {
        content.setWindow(day(2018, 1, 1), day(2019, 1, 1));
        double anchorX = 100 + 250;
        double before = viewport.dayAt(anchorX);
        viewport.zoom(2, anchorX);
        assertEquals(365 / 2.0, content.end - content.start, 1e-6);
        assertEquals(before, viewport.dayAt(anchorX), 1e-6);
    }

    @Test
    void zoomStopsAtAboutOneDay() {
        content.setWindow(day(2018, 1, 1), day(2018, 1, 3));
        viewport.zoom(1000, 600);
        assertEquals(TimelineViewport.MIN_WINDOW_UNITS, content.end - content.start, 1e-9);
    }

    @Test
    void panningByPixelsMovesByTheirShareOfTheWindow() {
        content.setWindow(day(2018, 1, 1), day(2018, 1, 1) + 1000);
        viewport.panByPixels(-200);
        assertEquals(day(2018, 1, 1) + 200, content.start, 1e-9);
        assertEquals(1000, content.end - content.start, 1e-9);
    }

    @Test
    void panningCannotLeaveTheData() {
        content.setWindow(day(2018, 1, 1), day(2019, 1, 1));
        viewport.panByPixels(1e9);
        double centre = (content.start + content.end) / 2;
        assertEquals(day(2014, 1, 1), centre, 1e-6, "the centre stops at the domain's first day");
    }

    @Test
    void scrollIntoViewMovesTheLeastNeeded() {
        content.setWindow(day(2018, 1, 1), day(2019, 1, 1));
        TimelineItem<?> inside = TimelineSamples.edition("e2018");
        viewport.scrollIntoView(inside);
        assertEquals(day(2018, 1, 1), content.start, 1e-9, "already in view: nothing moves");
        TimelineItem<?> later = TimelineSamples.edition("e2019");
        viewport.scrollIntoView(later);
        assertEquals(365, content.end - content.start, 1e-9);
        assertTrue(content.end >= later.endDayExclusive() && content.start < day(2019, 1, 1));
    }

    @Test
    void steppingWalksTheSelectedLaneSkippingWhatIsNotDisplayed() {
        content.setWindow(day(2014, 1, 1), day(2027, 1, 1));
        assertEquals(TimelineSamples.edition("e2014"), viewport.step(null, +1), "nothing selected: the first shown lane");
        assertEquals(TimelineSamples.edition("e2017"), viewport.step(TimelineSamples.edition("e2016"), +1));
        content.hideFiltered = true;
        content.filter = item -> !item.id().equals("e2017");
        assertEquals(TimelineSamples.edition("e2018"), viewport.step(TimelineSamples.edition("e2016"), +1));
        assertEquals(TimelineSamples.edition("e2026"), viewport.end(-1));
        assertNull(viewport.step(TimelineSamples.edition("e2026"), +1));
    }

    @Test
    void theHomeLaneIsTheFirstShownOne() {
        content.hidden.add(TimelineSamples.EDITION);
        content.setWindow(day(2014, 1, 1), day(2027, 1, 1));
        assertEquals(TimelineSamples.DOCUMENT, viewport.homeLane());
        assertEquals(TimelineSamples.DOCUMENT, viewport.step(null, +1).lane());
    }

    @Test
    void neighbourLaneGivesTheNearestItemInTime() {
        TimelineItem<?> second = TimelineSamples.edition("e2015");
        TimelineItem<?> below = viewport.neighbour(second, +1);
        assertEquals(TimelineSamples.DOCUMENT, below.lane());
        assertEquals("d-initiative", below.id(), "the Wuzhen Initiative, two days after the 2nd edition opened");
        content.hidden.add(TimelineSamples.DOCUMENT);
        assertEquals(TimelineSamples.CONTROVERSY, viewport.neighbour(second, +1).lane(), "hidden lanes are skipped");
        assertNull(viewport.neighbour(second, -1), "nothing above the top lane");
    }

    @Test
    void theCompressedAxisKeepsTheChosenLanesDaysReadable() {
        content.setWindow(day(2014, 1, 1), day(2027, 1, 1));
        double linear = viewport.scale().pixelsPerDay(day(2018, 11, 8));
        content.compressed = true;
        viewport.invalidate();
        double compressed = viewport.scale().pixelsPerDay(day(2018, 11, 8));
        assertTrue(compressed > 5 * linear, "an edition day is wider: " + linear + " → " + compressed);
        content.compressAround = null;
        viewport.invalidate();
        assertNull(viewport.activeCompressedAxis(), "nothing to compress around: the axis stays linear");
    }
}
