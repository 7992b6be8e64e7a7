package org.wicexplorer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies that keep null elements, so the validator can report them instead of crashing. */
final class ModelLists {
    private ModelLists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
