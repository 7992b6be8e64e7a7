package org.wicexplorer.userdata;

import java.time.Instant;

/**
 * A user's remark on a passage of a source document. The passage is located as citations locate
 * theirs: the source and the quoted words, plus the character range in the reader's clean text
 * ({@code start} inclusive, {@code end} exclusive) when it was taken from a selection.
 */
public record Annotation(String id, String source, Integer start, Integer end, String quote, String text,
                         Instant updated) {
}
