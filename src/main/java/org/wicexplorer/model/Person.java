package org.wicexplorer.model;

import java.util.List;

/** A person who appears at one or more editions. {@code aliases} are other spellings, for search. */
public record Person(String id, Text name, List<String> aliases) {

    public Person {
        aliases = ModelLists.copy(aliases);
    }
}
