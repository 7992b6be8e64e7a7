package org.wicexplorer.ui.search;

import org.wicexplorer.search.HitKind;
import org.wicexplorer.search.SearchHit;

/** A line of the results list: the heading of a group of hits of one kind, or a hit. */
sealed interface ResultRow {

    record Group(HitKind kind, int count) implements ResultRow {
    }

    record Hit(SearchHit hit) implements ResultRow {
    }
}
