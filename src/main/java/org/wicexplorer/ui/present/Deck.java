package org.wicexplorer.ui.present;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** Where a presentation is: the step shown (0-based) out of how many, and whether the screen is blanked. */
final class Deck {
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final BooleanProperty blanked = new SimpleBooleanProperty(this, "blanked");
    private final int size;

    Deck(int size, int start) {
        this.size = size;
        index.set(size == 0 ? 0 : Math.max(0, Math.min(start, size - 1)));
    }

    int size() {
        return size;
    }

    int index() {
        return index.get();
    }

    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    BooleanProperty blankedProperty() {
        return blanked;
    }

    boolean isBlanked() {
        return blanked.get();
    }

    boolean hasNext() {
        return index.get() + 1 < size;
    }

    /** Moves to a step; false when there is no such step (the deck stays where it is). */
    boolean goTo(int step) {
        if (step < 0 || step >= size || step == index.get()) {
            return false;
        }
        index.set(step);
        return true;
    }

    boolean next() {
        return goTo(index.get() + 1);
    }

    boolean previous() {
        return goTo(index.get() - 1);
    }

    boolean first() {
        return goTo(0);
    }

    boolean last() {
        return goTo(size - 1);
    }
}
