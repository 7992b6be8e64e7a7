package org.wicexplorer.model;

import java.util.List;

/** Terms that name the same thing across languages and scripts, e.g. Wuzhen, 乌镇, 烏鎮. */
public record AliasGroup(List<String> terms) {

    public AliasGroup {
        terms = ModelLists.copy(terms);
    }
}
