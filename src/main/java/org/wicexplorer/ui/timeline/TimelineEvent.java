package org.wicexplorer.ui.timeline;

import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.event.EventType;

/** Fired by a {@link TimelineView} when the user opens an item (Enter or double-click). */
public class TimelineEvent extends Event {

    public static final EventType<TimelineEvent> ANY = new EventType<>(Event.ANY, "TIMELINE");

    /** The user asked to open the item, typically to show its details. */
    public static final EventType<TimelineEvent> ITEM_ACTIVATED = new EventType<>(ANY, "TIMELINE_ITEM_ACTIVATED");

    private final transient TimelineItem<?> item;

    public TimelineEvent(Object source, EventTarget target, EventType<TimelineEvent> eventType, TimelineItem<?> item) {
        super(source, target, eventType);
        this.item = item;
    }

    public TimelineItem<?> getItem() {
        return item;
    }

    @Override
    public TimelineEvent copyFor(Object newSource, EventTarget newTarget) {
        return (TimelineEvent) super.copyFor(newSource, newTarget);
    }

    @SuppressWarnings("unchecked")
    @Override
    public EventType<TimelineEvent> getEventType() {
        return (EventType<TimelineEvent>) super.getEventType();
    }
}
