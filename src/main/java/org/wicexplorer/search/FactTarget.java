package org.wicexplorer.search;

import java.util.List;

/**
 * A fact of the dataset: an edition, person, controversy, conflict, document or milestone by id, with
 * the editions it belongs to (a person's are the editions they appeared at).
 */
public record FactTarget(HitKind kind, String id, List<String> editions) implements HitTarget {

    public FactTarget {
        editions = List.copyOf(editions);
    }
}
