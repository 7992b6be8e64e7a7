package org.wicexplorer.ui.present;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.OptionalInt;

/** The step number typed so far before Enter, as in slide software: 1, 2, Enter goes to step 12. */
final class JumpEntry {
    /** Tours are short; more digits than this are a slip of the finger. */
    private static final int MAX_DIGITS = 3;
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");

    ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    boolean isPending() {
        return !typed.get().isEmpty();
    }

    void append(int digit) {
        if (typed.get().length() < MAX_DIGITS) {
            typed.set(typed.get() + digit);
        }
    }

    void backspace() {
        String now = typed.get();
        typed.set(now.isEmpty() ? now : now.substring(0, now.length() - 1));
    }

    void clear() {
        typed.set("");
    }

    /** The number typed (1-based, as the audience sees steps), and a fresh start. */
    OptionalInt take() {
        String now = typed.get();
        clear();
        return now.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(now));
    }
}
