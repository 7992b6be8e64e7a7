package org.wicexplorer.text;

/** A heading, paragraph, list item or reference entry: a range of the clean text. */
public record Block(BlockKind kind, TextRange range) {

    public int start() {
        return range.start();
    }

    public int end() {
        return range.end();
    }
}
