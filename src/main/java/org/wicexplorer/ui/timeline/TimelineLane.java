package org.wicexplorer.ui.timeline;

import java.util.Objects;

/**
 * One horizontal band of a {@link TimelineView}: data the app declares, as CalendarFX's calendars are. The
 * control knows no lane by name; what differs between lanes is their {@link Kind} and their style class.
 *
 * <p>Two lanes are the same lane when their ids are equal, so an app may rename a lane (a language switch)
 * and items made with the old value still belong to it.
 *
 * @param id         stable identifier, unique among the view's lanes
 * @param name       header text, already localised
 * @param styleClass carried by the lane's header and marks, so CSS colours and shapes a lane in one place
 * @param kind       how the lane lays out its marks
 */
public record TimelineLane(String id, String name, String styleClass, Kind kind) {

    /** How a lane lays out its marks. */
    public enum Kind {
        /**
         * One row of bars, whose texts stagger over two rows: the name with its year, then dates, then a title,
         * as room allows. An item with no known end fades out ({@code :open-end}).
         */
        BARS_WITH_TEXT,
        /** Glyphs (or short bars) in as many rows as fit, each with a short label or its title. */
        POINTS
    }

    public TimelineLane {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        name = name == null ? id : name;
        styleClass = styleClass == null || styleClass.isBlank() ? "lane-" + id : styleClass;
    }

    /** A lane of bars with staggered texts, style class {@code lane-ID}. */
    public static TimelineLane bars(String id, String name) {
        return new TimelineLane(id, name, null, Kind.BARS_WITH_TEXT);
    }

    /** A lane of points, style class {@code lane-ID}. */
    public static TimelineLane points(String id, String name) {
        return new TimelineLane(id, name, null, Kind.POINTS);
    }

    /** The same lane with another header text. */
    public TimelineLane withName(String newName) {
        return new TimelineLane(id, newName, styleClass, kind);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimelineLane other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
