package org.wicexplorer.search;

import org.wicexplorer.model.Text;

/**
 * One result. {@code id} is the fact's id, or for a passage the seed document's id; {@code title} names
 * the fact or the document; {@code score} is Lucene's relevance score, comparable within one search.
 */
public record SearchHit(HitKind kind, String id, float score, Text title, Snippet snippet, HitTarget target) {
}
