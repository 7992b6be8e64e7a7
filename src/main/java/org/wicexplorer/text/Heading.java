package org.wicexplorer.text;

/**
 * A table-of-contents entry: {@code level} 1 is the document's outermost heading level, {@code offset}
 * is where the heading starts in the clean text.
 */
public record Heading(int level, String title, int offset) {
}
