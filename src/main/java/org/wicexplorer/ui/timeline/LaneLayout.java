package org.wicexplorer.ui.timeline;

/**
 * How one {@link TimelineLane.Kind kind} of lane lays out its marks: the lane's height and rows, the label
 * candidates handed to {@link LabelLayout}, and what a placed label shows. {@link TimelineSkin} does the rest
 * (which items are in view, density, binding the pooled marks) the same for every kind.
 */
abstract class LaneLayout {

    /** Bars in one row with texts staggered under them: editions in this app. */
    static final LaneLayout BARS_WITH_TEXT = new BarsWithText();
    /** Glyphs in as many rows as fit, each with a short label or its title. */
    static final LaneLayout POINTS = new Points();

    static LaneLayout of(TimelineLane.Kind kind) {
        return kind == TimelineLane.Kind.BARS_WITH_TEXT ? BARS_WITH_TEXT : POINTS;
    }

    /**
     * A lane switches to density bars when its glyphs laid end to end would cover it more than this many times:
     * beyond that they overlap so much that neither eye nor mouse can tell them apart.
     */
    static final double MAX_GLYPH_COVER = 1.5;

    /** Whether a lane with {@code inView} items must be drawn as density bars instead of marks. */
    static boolean tooDense(int inView, int cap, double glyphWidth, double width) {
        return inView > cap || inView * glyphWidth > MAX_GLYPH_COVER * width;
    }

    /**
     * Where an item's bar goes, in time-area pixels: a glyph centred on its days when it is one day or too
     * narrow to read as a bar, else the bar over its days, at least {@code minBar} wide.
     */
    static Bar bar(double x0, double x1, boolean singleDay, double glyphWidth, double minBar) {
        if (singleDay || x1 - x0 < glyphWidth) {
            double width = Math.max(x1 - x0, glyphWidth);
            return new Bar((x0 + x1) / 2 - width / 2, width, true);
        }
        return new Bar(x0, Math.max(x1 - x0, minBar), false);
    }

    /** A mark's bar: its left edge and width, and whether it is drawn as a glyph. */
    record Bar(double left, double width, boolean point) {
        /** Where its text starts: a long bar reaching in from the left keeps its text in view, like a sticky header. */
        double textX() {
            return left < 0 && left + width > 0 ? 0 : left;
        }
    }

    /** What a placed label shows. */
    record Texts(String name, boolean detail, boolean title) {
        static final Texts NONE = new Texts(null, false, false);
    }

    /** The lane's height when it has the room it would like. */
    abstract double preferredHeight(MarkMetrics m, double pad);

    /** How many rows of labels fit in a lane of this height. */
    abstract int rows(double height, MarkMetrics m, double pad);

    /** The label's levels, widest first, for {@link LabelLayout#place}. */
    abstract LabelLayout.Candidate candidate(TimelineItem<?> item, double x, int priority, MarkMetrics m, double em,
                                             TextMeasurer measurer);

    /** What the label shows at the level it was placed at. */
    abstract Texts texts(TimelineItem<?> item, LabelLayout.Placement placement);

    /** How far the texts sit below the first row of text (a staggered row). */
    abstract double textDrop(LabelLayout.Placement placement, MarkMetrics m);

    /** The mark's top, from the lane's top plus padding. */
    abstract double markTop(LabelLayout.Placement placement, MarkMetrics m);

    abstract double markHeight(LabelLayout.Placement placement, MarkMetrics m);

    /** The label alone, or the year when there is none. */
    static String shortName(TimelineItem<?> item) {
        return item.label().isEmpty() ? Integer.toString(item.start().getYear()) : item.label();
    }

    /** "1st · 2014": the label with the year, unless the label already says it. */
    static String nameWithYear(TimelineItem<?> item) {
        String year = Integer.toString(item.start().getYear());
        if (item.label().isEmpty()) {
            return year;
        }
        return item.label().contains(year) ? item.label() : item.label() + " · " + year;
    }

    private static final class BarsWithText extends LaneLayout {
        /** Rows of text the lane staggers its labels over at its preferred height. */
        private static final int TEXT_ROWS = 2;

        @Override
        double preferredHeight(MarkMetrics m, double pad) {
            return 2 * pad + m.barsWithTextHeight(TEXT_ROWS);
        }

        @Override
        int rows(double height, MarkMetrics m, double pad) {
            // One row of bars, so they read as a sequence; only their texts stagger.
            double text = height - 2 * pad - m.barHeight() - m.gapBelowBar();
            return Math.max(1, Math.min(TEXT_ROWS, (int) (text / m.textBlockHeight())));
        }

        /** Levels: name and year, dates, title; name and year, dates; name and year; name alone. */
        @Override
        LabelLayout.Candidate candidate(TimelineItem<?> item, double x, int priority, MarkMetrics m, double em,
                                        TextMeasurer measurer) {
            double badge = item.disputed() ? m.badgeWidth() : 0;
            double name = measurer.width(nameWithYear(item), m.nameFont()) + m.nameInsets() + badge;
            double shortName = measurer.width(shortName(item), m.nameFont()) + m.nameInsets() + badge;
            double detail = item.detail().isEmpty() ? 0
                    : measurer.width(item.detail(), m.detailFont()) + m.detailInsets();
            double title = item.title().isEmpty() ? 0 : measurer.width(item.title(), m.titleFont()) + m.titleInsets();
            double withDates = Math.max(name, detail);
            double withTheme = Math.max(withDates, Math.min(title, 7 * em));
            return new LabelLayout.Candidate(x, new double[] {withTheme, withDates, name, shortName},
                    Math.max(withDates, title), priority);
        }

        @Override
        Texts texts(TimelineItem<?> item, LabelLayout.Placement p) {
            if (!p.placed()) {
                return Texts.NONE;
            }
            return new Texts(p.level() == 3 ? shortName(item) : nameWithYear(item), p.level() <= 1, p.level() == 0);
        }

        @Override
        double textDrop(LabelLayout.Placement p, MarkMetrics m) {
            return p.row() * m.textBlockHeight();
        }

        @Override
        double markTop(LabelLayout.Placement p, MarkMetrics m) {
            return 0;
        }

        @Override
        double markHeight(LabelLayout.Placement p, MarkMetrics m) {
            return m.barsWithTextHeight(p.row() + 1);
        }
    }

    private static final class Points extends LaneLayout {
        /** Rows of marks the lane gets at its preferred height. */
        private static final int ROWS = 2;

        @Override
        double preferredHeight(MarkMetrics m, double pad) {
            return 2 * pad + ROWS * m.rowHeight();
        }

        @Override
        int rows(double height, MarkMetrics m, double pad) {
            return Math.max(1, (int) ((height - 2 * pad) / m.rowHeight()));
        }

        /** Levels: the title (ellipsised to the room there is); the short label. */
        @Override
        LabelLayout.Candidate candidate(TimelineItem<?> item, double x, int priority, MarkMetrics m, double em,
                                        TextMeasurer measurer) {
            double badge = item.disputed() ? m.badgeWidth() : 0;
            double label = measurer.width(shortName(item), m.nameFont()) + m.nameInsets() + badge;
            if (item.title().isEmpty()) {
                return LabelLayout.Candidate.of(x, priority, label, label);
            }
            double title = measurer.width(item.title(), m.nameFont()) + m.nameInsets() + badge;
            return new LabelLayout.Candidate(x, new double[] {Math.min(title, 8 * em), label}, title, priority);
        }

        @Override
        Texts texts(TimelineItem<?> item, LabelLayout.Placement p) {
            if (!p.placed()) {
                return Texts.NONE;
            }
            return new Texts(p.level() == 0 && !item.title().isEmpty() ? item.title() : shortName(item), false, false);
        }

        @Override
        double textDrop(LabelLayout.Placement p, MarkMetrics m) {
            return 0;
        }

        @Override
        double markTop(LabelLayout.Placement p, MarkMetrics m) {
            return p.row() * m.rowHeight();
        }

        @Override
        double markHeight(LabelLayout.Placement p, MarkMetrics m) {
            return m.rowHeight();
        }
    }
}
