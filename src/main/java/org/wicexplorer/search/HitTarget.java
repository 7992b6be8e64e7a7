package org.wicexplorer.search;

/** Where a hit leads: a passage of a seed document, or a fact of the dataset. */
public sealed interface HitTarget permits PassageTarget, FactTarget {
}
