package org.wicexplorer.model;

import java.util.List;

/** One side's account of a controversy: who said it, what they claimed, and where. */
public record Perspective(Party party, Text who, Text claim, List<String> sources) {

    public Perspective {
        sources = ModelLists.copy(sources);
    }
}
