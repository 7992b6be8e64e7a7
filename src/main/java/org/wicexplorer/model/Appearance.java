package org.wicexplorer.model;

import java.util.List;

/** A person at an edition: the role, the office they held at the time, and what they did. */
public record Appearance(String person, String edition, Role role, Text position, Text note,
                         List<String> sources) {

    public Appearance {
        sources = ModelLists.copy(sources);
    }
}
