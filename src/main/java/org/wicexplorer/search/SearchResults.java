package org.wicexplorer.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hits of one search, best first. {@code totalHits} is how many passages and facts matched, counted
 * exactly up to 1,000 and a lower bound beyond (Lucene stops counting to skip what cannot rank).
 * {@code alsoSearched} lists the other names the query's aliases added (e.g. 乌镇 for "Wuzhen"), so a
 * reader can say so.
 */
public record SearchResults(String query, List<String> alsoSearched, long totalHits, List<SearchHit> hits) {

    public SearchResults {
        alsoSearched = List.copyOf(alsoSearched);
        hits = List.copyOf(hits);
    }

    static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), 0, List.of());
    }

    /** The hits grouped by kind, in {@link HitKind} order, each group best first; empty groups left out. */
    public Map<HitKind, List<SearchHit>> byKind() {
        Map<HitKind, List<SearchHit>> groups = new EnumMap<>(HitKind.class);
        for (SearchHit hit : hits) {
            groups.computeIfAbsent(hit.kind(), k -> new ArrayList<>()).add(hit);
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(groups);
    }
}
