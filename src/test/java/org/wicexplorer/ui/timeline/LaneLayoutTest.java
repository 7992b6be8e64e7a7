package org.wicexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** What each lane kind decides on its own, without a toolkit: bar geometry, density, the texts a label shows. */
class LaneLayoutTest {

    /** Fonts are not needed for the sizes: bar 10, gap 3, name 14, detail 12, title 12 px. */
    private static final MarkMetrics M = new MarkMetrics(null, null, null, 1, 1, 1, 12, 10, 12, 3, 14, 12, 12);

    private static final TimelineItem<?> FIRST = TimelineItem.of("e2014", TimelineSamples.EDITION,
            LocalDate.of(2014, 11, 19), LocalDate.of(2014, 11, 21), "1st", "An Interconnected World");

    @Test
    void aShortItemIsACentredGlyphALongOneABar() {
        LaneLayout.Bar glyph = LaneLayout.bar(100, 104, false, 12, 3);
        assertTrue(glyph.point());
        assertEquals(96, glyph.left(), 1e-9);
        assertEquals(12, glyph.width(), 1e-9);
        LaneLayout.Bar bar = LaneLayout.bar(100, 160, false, 12, 3);
        assertFalse(bar.point());
        assertEquals(100, bar.left(), 1e-9);
        assertEquals(60, bar.width(), 1e-9);
        assertTrue(LaneLayout.bar(100, 160, true, 12, 3).point(), "a single day is always a glyph");
    }

    @Test
    void aBarReachingInFromTheLeftKeepsItsTextInView() {
        assertEquals(0, LaneLayout.bar(-50, 200, false, 12, 3).textX(), 1e-9);
        assertEquals(-80, LaneLayout.bar(-80, -50, false, 12, 3).textX(), 1e-9, "wholly off screen: no change");
    }

    @Test
    void aLaneGoesDenseOverTheCapOrWhenGlyphsPileUp() {
        assertFalse(LaneLayout.tooDense(100, 300, 12, 1000));
        assertTrue(LaneLayout.tooDense(301, 300, 1, 1000), "over the cap");
        assertTrue(LaneLayout.tooDense(126, 300, 12, 1000), "126 glyphs of 12 px cover 1000 px more than 1.5 times");
    }

    @Test
    void barsWithTextShowLessAsTheirLevelDrops() {
        LaneLayout bars = LaneLayout.BARS_WITH_TEXT;
        LaneLayout.Texts full = bars.texts(FIRST, new LabelLayout.Placement(0, 0, 200));
        assertEquals("1st · 2014", full.name());
        assertTrue(full.detail() && full.title());
        LaneLayout.Texts nameOnly = bars.texts(FIRST, new LabelLayout.Placement(3, 1, 20));
        assertEquals("1st", nameOnly.name());
        assertFalse(nameOnly.detail() || nameOnly.title());
        assertNull(bars.texts(FIRST, new LabelLayout.Placement(LabelLayout.DROPPED, 0, 0)).name(), "not placed: no text");
        assertEquals(1, bars.rows(2 * 3 + 10 + 3 + 38 + 10, M, 3), "one text block fits under the bars");
        assertEquals(2 * 38, bars.textDrop(new LabelLayout.Placement(0, 2, 100), M), 1e-9);
    }

    @Test
    void pointsStackInRowsAndShowTheirTitleWhenThereIsRoom() {
        LaneLayout points = LaneLayout.POINTS;
        TimelineItem<?> keynote = TimelineItem.of("k", TimelineSamples.MILESTONE, LocalDate.of(2015, 12, 16), null,
                "Keynote", "Four principles");
        assertEquals("Four principles", points.texts(keynote, new LabelLayout.Placement(0, 0, 90)).name());
        assertEquals("Keynote", points.texts(keynote, new LabelLayout.Placement(1, 0, 50)).name());
        assertEquals(3, points.rows(2 * 3 + 3 * 27, M, 3), "a row is glyph, gap and a line of text: 27 px");
        assertEquals(2 * 27, points.markTop(new LabelLayout.Placement(0, 2, 50), M), 1e-9);
    }
}
