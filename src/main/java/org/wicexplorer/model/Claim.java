package org.wicexplorer.model;

import java.util.List;

/** One side of a source conflict: a value and the sources that give it. */
public record Claim(String id, Text value, List<String> sources) {

    public Claim {
        sources = ModelLists.copy(sources);
    }
}
