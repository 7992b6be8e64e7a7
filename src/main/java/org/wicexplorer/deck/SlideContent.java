package org.wicexplorer.deck;

import org.wicexplorer.tour.StepKind;

import java.util.List;

/**
 * What one tour step's slide says, in one language, before it is laid out: the head (the year, a small
 * kicker line, the title with its source mark, the dates), the body paragraphs in order, the sources
 * line, the year strip (every edition's year and which one this step is at, -1 for none) and the
 * teacher's notes for the speaker notes. Presentation mode shows the same parts.
 */
public record SlideContent(int number, StepKind kind, String year, String kicker, String title, String titleMark,
                           String dates, List<SlideBlock> blocks, List<String> sources, List<String> stripYears,
                           int stripCurrent, String notes) {

    public SlideContent {
        year = year == null ? "" : year;
        kicker = kicker == null ? "" : kicker;
        title = title == null ? "" : title;
        titleMark = titleMark == null ? "" : titleMark;
        dates = dates == null ? "" : dates;
        blocks = List.copyOf(blocks);
        sources = List.copyOf(sources);
        stripYears = List.copyOf(stripYears);
        notes = notes == null ? "" : notes;
    }

    /** The sources line as one string, e.g. "Sources: [1] Bloomberg (2014-11-20)  [2] …"; empty when none. */
    public String sourcesLine(String head) {
        return sources.isEmpty() ? "" : head + " " + String.join("   ", sources);
    }
}
