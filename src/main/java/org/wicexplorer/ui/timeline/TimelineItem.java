package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One thing drawn on the timeline. The control knows nothing of the app's model, so everything it shows is
 * prepared here by the caller, already localised.
 *
 * @param id             stable identifier, unique within its lane; it orders items that start and end alike
 * @param lane           the band the item is drawn in
 * @param start          first day
 * @param end            last day (inclusive); null for a single day or an unknown end
 * @param label          short name, e.g. "1st" or "2021 Summit"
 * @param title          short theme or headline
 * @param detail         the dates as text, e.g. "19–21 Nov" (marks in a bars-with-text lane add the year themselves)
 * @param accessibleText what a screen reader says for the mark; built from the texts above when blank
 * @param disputed       whether facts about the item are contested; shown with a badge, never by colour alone
 * @param topics         free tags the caller may filter on
 * @param userObject     the caller's own record behind the item (as CalendarFX's {@code Entry.userObject}), so
 *                       a selection leads straight back to it; may be null
 * @param <T>            the type of the caller's records
 */
public record TimelineItem<T>(String id, TimelineLane lane, LocalDate start, LocalDate end, String label,
                              String title, String detail, String accessibleText, boolean disputed,
                              Set<String> topics, T userObject) {

    public TimelineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("item " + id + " ends (" + end + ") before it starts (" + start + ")");
        }
        label = label == null ? "" : label;
        title = title == null ? "" : title;
        detail = detail == null ? "" : detail;
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        if (accessibleText == null || accessibleText.isBlank()) {
            accessibleText = Stream.of(label, title, detail).filter(s -> !s.isBlank())
                    .collect(Collectors.joining(", "));
        }
    }

    /** An item with no record of the caller's behind it. */
    public TimelineItem(String id, TimelineLane lane, LocalDate start, LocalDate end, String label, String title,
                        String detail, String accessibleText, boolean disputed, Set<String> topics) {
        this(id, lane, start, end, label, title, detail, accessibleText, disputed, topics, null);
    }

    /** A plain item without detail, accessible text or topics; handy for tests and samples. */
    public static TimelineItem<Void> of(String id, TimelineLane lane, LocalDate start, LocalDate end, String label,
                                        String title) {
        return new TimelineItem<>(id, lane, start, end, label, title, null, null, false, Set.of(), null);
    }

    /** The last day the item covers: its end when known, otherwise its start. */
    public LocalDate lastDay() {
        return end == null ? start : end;
    }

    /** Whether the item is drawn as a point (one day, or an end that is not known). */
    public boolean isSingleDay() {
        return end == null || end.equals(start);
    }

    /** Epoch day of the start; the item covers [startDay, endDayExclusive). */
    public double startDay() {
        return start.toEpochDay();
    }

    public double endDayExclusive() {
        return lastDay().toEpochDay() + 1;
    }
}
