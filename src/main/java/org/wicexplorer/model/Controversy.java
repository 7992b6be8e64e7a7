package org.wicexplorer.model;

import java.util.List;

/** A dispute around an edition, told through the perspectives of the parties to it. */
public record Controversy(String id, String edition, Text title, Fact summary, List<String> topics,
                          List<Perspective> perspectives) {

    public Controversy {
        topics = ModelLists.copy(topics);
        perspectives = ModelLists.copy(perspectives);
    }
}
